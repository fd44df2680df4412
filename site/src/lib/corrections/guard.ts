import { problem } from '../http.js';
import { adminToken, bearerToken, sameSecret } from './auth.js';
import { authLimiter, clientOf } from './limits.js';

/**
 * The moderation API's gate: undefined when the request carries the admin token, otherwise the answer —
 * 503 while moderation is off, 401 without the right token, 429 after too many wrong ones.
 */
export function refuseUnlessModerator(request: Request, clientAddress: string | undefined): Response | undefined {
  const admin = adminToken();
  if ('off' in admin) return problem(503, admin.off);
  const given = bearerToken(request.headers.get('authorization'));
  const client = clientOf(request, clientAddress);
  // Once a client has guessed wrong too often, even the right token is refused until the limit recovers:
  // otherwise the limit would only slow the answer to wrong guesses, not the guessing.
  const limited = authLimiter.check(client);
  if (!limited.ok) {
    return problem(429, `too many wrong tokens from this address; try again in ${limited.retryAfter} s`, 'authorization', {
      'retry-after': String(limited.retryAfter),
    });
  }
  if (given !== undefined && sameSecret(given, admin.token)) return undefined;
  if (given !== undefined) authLimiter.take(client);
  const challenge = { 'www-authenticate': 'Bearer realm="errata-moderation"' };
  return given === undefined
    ? problem(401, 'send the admin token as "Authorization: Bearer <token>"', 'authorization', challenge)
    : problem(401, 'the admin token is wrong', 'authorization', challenge);
}
