import { type BackoffOptions, backoffDelay } from './backoff.js';

/** Whether, when and how often to repeat a failed call: the `retry` part of a classify decision. */
export interface RetryAdvice {
  /** Repeating the same call, unchanged, can succeed without anyone acting first. */
  retryable: boolean;
  /** How long the server asked the client to wait (Retry-After, gRPC retry pushback), in ms. */
  afterMs?: number;
  /** The call may have had an effect: repeat it only if it is idempotent (see `isIdempotent`). */
  onlyIfIdempotent: boolean;
  /** A ceiling on attempts, the first one included; 1 when the call should not be repeated. */
  maxAttempts: number;
}

export interface DelayOptions extends BackoffOptions {
  /** Give up rather than wait longer than this when the server asks for a long pause; default 60,000 ms. */
  maxWaitMs?: number;
}

export const DEFAULT_MAX_WAIT_MS = 60_000;

/**
 * How long to wait before retry number `attempt` (1 for the first retry), or undefined to stop: the
 * advice says not to retry, the attempts are used up, or the server asks for a longer wait than
 * `maxWaitMs`. The server's own figure wins over backoff; otherwise full-jitter exponential backoff.
 */
export function nextDelay(advice: RetryAdvice, attempt: number, options: DelayOptions = {}): number | undefined {
  if (!advice.retryable || attempt >= advice.maxAttempts) return undefined;
  if (advice.afterMs !== undefined) return advice.afterMs <= (options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS) ? advice.afterMs : undefined;
  return backoffDelay(attempt, options);
}
