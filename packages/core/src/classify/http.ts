import { parseRetryAfter } from '../retry/index.js';
import { headerValue, numberProp, prop, stringProp } from './headers.js';
import { isOAuthError, readOAuth } from './oauth.js';
import type { Fallback, Reading } from './types.js';

/** A fetch `Response`, a Node `IncomingMessage` (statusCode) or any `{ status, headers }` with a real status. */
export function httpStatusOf(value: unknown): number | undefined {
  const status = numberProp(value, 'status') ?? numberProp(value, 'statusCode');
  return status !== undefined && Number.isInteger(status) && status >= 100 && status <= 599 ? status : undefined;
}

/**
 * Reads an HTTP response: the status, `Retry-After` in either form, and — when the caller passes the
 * parsed body as `body` or `data` — an OAuth error inside it (a token endpoint's 400 is really an
 * `invalid_grant`, and the AADSTS code in its description is the most specific fact of all).
 */
export function readHttp(response: unknown, status: number, now?: number): Reading {
  const headers = prop(response, 'headers');
  const body = prop(response, 'body') ?? prop(response, 'data');
  const inner = isOAuthError(body) ? readOAuth(body) : undefined;
  const reading: Reading = {
    kind: 'http',
    refs: [...(inner?.refs ?? []), { provider: 'http', code: String(status) }],
    texts: inner?.texts ?? [],
    status,
    fallback: statusClassFallback(status),
  };
  if (inner?.context) reading.context = inner.context;
  const afterMs = parseRetryAfter(headerValue(headers, 'retry-after'), now);
  if (afterMs !== undefined) reading.afterMs = afterMs;
  const method = stringProp(prop(response, 'request'), 'method') ?? stringProp(response, 'method');
  if (method) reading.method = method;
  return reading;
}

/** RFC 9110 §15: what the class of an unlisted status says on its own. */
export function statusClassFallback(status: number): Fallback {
  if (status >= 500)
    return { title: `HTTP ${status} (a server error)`, category: 'server', actor: 'service-operator', advice: 'idempotent-only' };
  if (status >= 400) return { title: `HTTP ${status} (a client error)`, category: 'request', actor: 'app-developer', advice: 'after-fix' };
  return {
    title: `HTTP ${status} (not an error)`,
    category: status >= 300 ? 'redirection' : 'success',
    actor: 'client-code',
    advice: 'not-applicable',
  };
}
