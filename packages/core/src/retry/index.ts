export { DEFAULT_MAX_WAIT_MS, type DelayOptions, nextDelay, type RetryAdvice } from './advice.js';
export { type BackoffOptions, backoffDelay, DEFAULT_BASE_MS, DEFAULT_CAP_MS } from './backoff.js';
export { IDEMPOTENT_METHODS, isIdempotent } from './idempotent.js';
export { parseHttpDate, parseRetryAfter } from './retry-after.js';
