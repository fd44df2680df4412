/**
 * A token bucket per client: up to `capacity` requests at once, refilled evenly over `windowMs`.
 * In memory, so one limit per server process. A client idle for a whole window is full again and forgotten;
 * at most `maxClients` buckets are kept (least recently used go first), so a flood from many addresses
 * cannot grow it without bound.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
    readonly maxClients = 10_000,
  ) {}

  /** Takes one token for `client`: ok, or how many seconds until the next one. */
  take(client: string): { ok: true } | { ok: false; retryAfter: number } {
    const state = this.check(client);
    if (state.ok && this.capacity > 0) (this.buckets.get(client) as { tokens: number }).tokens -= 1;
    return state;
  }

  /** Whether `client` has a token left, without taking it (to refuse even a right guess once the limit is hit). */
  check(client: string): { ok: true } | { ok: false; retryAfter: number } {
    if (this.capacity <= 0) return { ok: true };
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.capacity, at: now };
    const perMs = this.capacity / this.windowMs;
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    // Re-inserting keeps the Map in least-recently-used order, so idle clients are at the front.
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    for (const [key, idle] of this.buckets) {
      if (this.buckets.size <= this.maxClients && now - idle.at < this.windowMs) break;
      this.buckets.delete(key);
    }
    return bucket.tokens < 1 ? { ok: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) } : { ok: true };
  }

  get clients(): number {
    return this.buckets.size;
  }
}

/**
 * Who is asking, for rate limits: the socket's address, or with `trustProxy` the address the nearest proxy
 * saw (the last X-Forwarded-For hop; earlier ones are whatever the client wrote). IPv6 clients are keyed by
 * their /64, which one machine usually owns whole.
 */
export function clientKey(address: string | undefined, forwardedFor: string | null, trustProxy: boolean): string {
  const hop = trustProxy ? forwardedFor?.split(',').at(-1)?.trim() : undefined;
  const ip = (hop || address || 'unknown').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, '').toLowerCase())
    .join(':')}::/64`;
}
