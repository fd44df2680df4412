import { parseRetryAfter } from '../retry/index.js';
import { headerValue, numberProp, prop, stringProp } from './headers.js';
import type { Reading } from './types.js';

/**
 * Whether the value is an MSAL.js or MSAL Node error (AuthError and its subclasses: BrowserAuthError,
 * InteractionRequiredAuthError, ServerError, ClientAuthError, NetworkError, ...), or one serialised to
 * JSON. MSAL ships several copies of its classes (msal-browser and msal-node each bundle msal-common), so
 * this reads the shape — a string `errorCode` beside `errorMessage` or `subError` — and not `instanceof`.
 */
export function isMsalError(value: unknown): boolean {
  return (
    typeof stringProp(value, 'errorCode') === 'string' &&
    (prop(value, 'errorMessage') !== undefined || prop(value, 'subError') !== undefined)
  );
}

/**
 * Reads an MSAL error. Codes, most specific first: the AADSTS number (`errorNo`, or an `AADSTS…` inside
 * `errorMessage`), then `errorCode` — an MSAL code (user_cancelled) or the server's OAuth `error`
 * (access_denied, invalid_grant) — then `subError` (consent_required, bad_token).
 */
export function readMsal(error: unknown, now?: number): Reading {
  const errorCode = stringProp(error, 'errorCode') ?? '';
  const subError = stringProp(error, 'subError') ?? '';
  const refs: Reading['refs'] = [];
  const errorNo = prop(error, 'errorNo');
  if ((typeof errorNo === 'string' && /^\d{1,9}$/.test(errorNo)) || (typeof errorNo === 'number' && Number.isInteger(errorNo))) {
    refs.push({ provider: 'entra', code: `AADSTS${errorNo}` });
  }
  // A throttled request MSAL answers from its cache carries the server's error_codes, joined, as errorCode.
  if (/^\d{4,9}(?: \d{4,9})*$/.test(errorCode)) {
    for (const n of errorCode.split(' ')) refs.push({ provider: 'entra', code: `AADSTS${n}` });
  } else if (errorCode) {
    refs.push({ provider: 'msal', code: errorCode }, { provider: 'oauth', code: errorCode });
  }
  if (subError) refs.push({ provider: 'msal', code: subError }, { provider: 'oauth', code: subError });

  const status = numberProp(error, 'status') ?? numberProp(error, 'httpStatus');
  const retryAfter = headerValue(prop(error, 'responseHeaders'), 'retry-after');
  const reading: Reading = { kind: 'msal', refs, texts: [stringProp(error, 'errorMessage') ?? ''] };
  if (status !== undefined) reading.status = status;
  const afterMs = parseRetryAfter(retryAfter, now);
  if (afterMs !== undefined) reading.afterMs = afterMs;
  const context: NonNullable<Reading['context']> = {};
  for (const key of ['correlationId', 'traceId', 'timestamp'] as const) {
    const value = stringProp(error, key);
    if (value) context[key] = value;
  }
  if (Object.keys(context).length) reading.context = context;
  return reading;
}
