import { describe, expect, it } from 'vitest';
import { clientKey, RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows a burst of `capacity`, then refuses with a wait, then refills evenly', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfter: 20 });
    expect(limiter.take('b').ok).toBe(true);
    now += 19_000;
    expect(limiter.take('a').ok).toBe(false);
    now += 1_000;
    expect(limiter.take('a').ok).toBe(true);
    now += 10 * 60_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('keeps at most maxClients buckets, dropping the least recently used', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0, 3);
    for (const c of ['a', 'b', 'c']) limiter.take(c);
    limiter.take('a');
    limiter.take('d');
    expect(limiter.clients).toBe(3);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('forgets a client idle for a whole window (it would be full again anyway)', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    limiter.take('a');
    now += 30_000;
    limiter.take('b');
    expect(limiter.clients).toBe(2);
    now += 30_000;
    limiter.take('b');
    expect(limiter.clients).toBe(1);
  });

  it('checks without taking', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0);
    expect([limiter.check('a').ok, limiter.check('a').ok, limiter.take('a').ok, limiter.check('a').ok]).toEqual([true, true, true, false]);
  });

  it('is off with a capacity of 0', () => {
    const limiter = new RateLimiter(0, 60_000);
    expect(Array.from({ length: 100 }, () => limiter.take('a').ok).every(Boolean)).toBe(true);
  });
});

describe('clientKey', () => {
  it('uses the socket address unless told to trust a proxy', () => {
    expect(clientKey('10.0.0.1', '203.0.113.9', false)).toBe('10.0.0.1');
    expect(clientKey('10.0.0.1', 'spoofed, 203.0.113.9', true)).toBe('203.0.113.9');
    expect(clientKey('10.0.0.1', null, true)).toBe('10.0.0.1');
  });
  it('unwraps IPv4-mapped addresses and keys IPv6 by /64', () => {
    expect(clientKey('::ffff:127.0.0.1', null, false)).toBe('127.0.0.1');
    expect(clientKey('2001:db8:0:1:aaaa::1', null, false)).toBe('2001:db8:0:1::/64');
    expect(clientKey('2001:DB8:0000:1:ffff:ffff:ffff:ffff', null, false)).toBe('2001:db8:0:1::/64');
    expect(clientKey('::1', null, false)).toBe('0:0:0:0::/64');
    expect(clientKey(undefined, null, false)).toBe('unknown');
  });
});
