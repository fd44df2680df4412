import { isAxiosError, readAxios } from './axios.js';
import { isGrpcError, readGrpc } from './grpc.js';
import { prop, stringProp } from './headers.js';
import { httpStatusOf, readHttp } from './http.js';
import { isMsalError, readMsal } from './msal.js';
import { isOAuthError, readOAuth, readOAuthUrl } from './oauth.js';
import { readSystem } from './system.js';
import type { Reading } from './types.js';

/** Caught strings are read up to this length: an error message longer than this is a log, not an error. */
export const MAX_TEXT = 65_536;

/**
 * Recognises the shape of a caught value and reads it. Order matters where shapes overlap: axios errors
 * carry `code` and `status`, MSAL's ServerError carries `status`, gRPC errors carry `code`.
 */
export function readInput(input: unknown, now?: number): Reading {
  if (typeof input === 'number') return readNumber(input);
  if (typeof input === 'string') return readOAuthUrl(input) ?? { kind: 'text', refs: [], freeText: input.slice(0, MAX_TEXT) };
  if (typeof URL !== 'undefined' && input instanceof URL) return readOAuthUrl(input) ?? unknownReading();
  if (!input || typeof input !== 'object') return unknownReading();
  if (isAxiosError(input)) return readAxios(input, now) ?? textOf(input);
  if (isMsalError(input)) return readMsal(input, now);
  if (isGrpcError(input)) return readGrpc(input);
  const status = httpStatusOf(input);
  if (status !== undefined) return readHttp(input, status, now);
  if (isOAuthError(input)) return readOAuth(input);
  return readSystem(input) ?? textOf(input);
}

/** 100–599 is an HTTP status, 0–16 a gRPC code, anything else an AADSTS number. */
function readNumber(n: number): Reading {
  if (!Number.isInteger(n) || n < 0) return unknownReading();
  if (n >= 100 && n <= 599) return { kind: 'number', refs: [{ provider: 'http', code: String(n) }] };
  if (n <= 16) return { kind: 'number', refs: [{ provider: 'grpc', code: String(n) }] };
  return { kind: 'number', refs: [{ provider: 'entra', code: `AADSTS${n}` }] };
}

/** Any other Error: decode its message (and its cause's) for codes of every family. */
function textOf(error: unknown): Reading {
  const parts = [stringProp(error, 'message'), stringProp(prop(error, 'cause'), 'message')].filter(Boolean);
  return parts.length ? { kind: 'text', refs: [], freeText: parts.join('\n').slice(0, MAX_TEXT) } : unknownReading();
}

function unknownReading(): Reading {
  return { kind: 'unknown', refs: [] };
}
