/** How retries are spaced when the server does not say: exponential growth, capped, with full jitter. */
export interface BackoffOptions {
  /** The ceiling of the first retry's delay, in ms; default 500. */
  baseMs?: number;
  /** No delay exceeds this, in ms; default 30,000. */
  capMs?: number;
  /** A source of numbers in [0, 1); default Math.random. Pass a fixed one in tests. */
  random?: () => number;
}

export const DEFAULT_BASE_MS = 500;
export const DEFAULT_CAP_MS = 30_000;

/**
 * The delay before retry number `attempt` (1 for the first retry), with "full jitter": a uniform draw in
 * [0, min(cap, base × 2^(attempt−1))). Full jitter spreads clients that failed together, so they do not
 * return together; of the usual schemes it does the least total work for contended resources
 * (Marc Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015).
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? DEFAULT_BASE_MS;
  const cap = options.capMs ?? DEFAULT_CAP_MS;
  const random = options.random ?? Math.random;
  const n = Math.max(1, Math.floor(Number.isFinite(attempt) ? attempt : 1));
  // 2 ** 1023 is finite but 2 ** 1024 is not: stop growing long before the cap is passed.
  const ceiling = Math.min(cap, base * 2 ** Math.min(n - 1, 52));
  return Math.floor(random() * ceiling);
}
