import { createHmac, timingSafeEqual } from 'node:crypto';

/** Shorter tokens are refused: moderation stays off rather than guessable. */
export const MIN_TOKEN_LENGTH = 16;
export const SESSION_COOKIE = 'errata_admin';
/** A moderator stays signed in for 8 hours. */
export const SESSION_SECONDS = 8 * 3600;

/** Moderation is on with a good ERRATA_ADMIN_TOKEN; otherwise off, and why. */
export function adminToken(env: NodeJS.ProcessEnv = process.env): { token: string } | { off: string } {
  const token = env.ERRATA_ADMIN_TOKEN?.trim();
  if (!token) return { off: 'moderation is off: ERRATA_ADMIN_TOKEN is not set on the server' };
  if (token.length < MIN_TOKEN_LENGTH) {
    return { off: `moderation is off: ERRATA_ADMIN_TOKEN is shorter than ${MIN_TOKEN_LENGTH} characters; use a long random one` };
  }
  return { token };
}

/**
 * Compares a secret in constant time. Both sides go through HMAC first, so they are the same length and
 * neither the length nor any prefix of the real token leaks through timing.
 */
export function sameSecret(given: string, expected: string): boolean {
  const key = 'errata-compare';
  const a = createHmac('sha256', key).update(given).digest();
  const b = createHmac('sha256', key).update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token in `Authorization: Bearer <token>`, if any. */
export function bearerToken(authorization: string | null): string | undefined {
  return /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

const sign = (token: string, expires: number) => createHmac('sha256', token).update(`errata-admin-session:${expires}`).digest('base64url');

/** A session cookie value that proves the token was given, without containing it; it expires on its own. */
export function sessionValue(token: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + SESSION_SECONDS;
  return `${expires}.${sign(token, expires)}`;
}

/** True for an unexpired session made with this token (a new token signs everyone out). */
export function validSession(token: string, value: string | undefined, now = Date.now()): boolean {
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(value ?? '');
  if (!match) return false;
  const expires = Number(match[1]);
  return expires > now / 1000 && sameSecret(match[2] as string, sign(token, expires));
}
