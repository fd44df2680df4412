import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, isIdempotent, nextDelay, parseHttpDate, parseRetryAfter } from './index.js';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('reads the three HTTP-date forms as the same instant, in UTC', () => {
    const at = Date.UTC(1994, 10, 6, 8, 49, 37);
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(at);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', NOW)).toBe(at);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994', NOW)).toBe(at);
  });

  it('turns a future date into the wait from now, and a past one into 0', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(0);
  });

  it('reads an RFC 850 two-digit year as the most recent past year when it would be over 50 years ahead', () => {
    expect(new Date(parseHttpDate('Monday, 01-Jan-80 00:00:00 GMT', NOW) ?? 0).getUTCFullYear()).toBe(1980);
    expect(new Date(parseHttpDate('Friday, 01-Jan-60 00:00:00 GMT', NOW) ?? 0).getUTCFullYear()).toBe(2060);
  });

  it.each([
    ['empty', ''],
    ['negative', '-5'],
    ['fractional', '1.5'],
    ['words', 'soon'],
    ['ISO 8601, not an HTTP-date', '2026-11-28T12:00:30Z'],
    ['lower-case GMT', 'Sat, 28 Nov 2026 12:00:30 gmt'],
    ['a day that does not exist', 'Mon, 31 Feb 2026 12:00:00 GMT'],
    ['hour 24', 'Sat, 28 Nov 2026 24:00:00 GMT'],
  ])('refuses %s', (_, value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });

  it('refuses null and undefined', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it('never throws and never returns a negative or non-finite wait', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (value) => {
        const ms = parseRetryAfter(value, NOW);
        if (ms !== undefined) expect(Number.isFinite(ms) && ms >= 0).toBe(true);
      }),
    );
  });
});

describe('backoffDelay', () => {
  it('draws from [0, min(cap, base × 2^(attempt−1)))', () => {
    const top = () => 0.999999;
    expect(backoffDelay(1, { random: top })).toBe(499);
    expect(backoffDelay(3, { random: top })).toBe(1999);
    expect(backoffDelay(20, { random: top })).toBe(29_999);
    expect(backoffDelay(5, { random: () => 0 })).toBe(0);
    expect(backoffDelay(2, { baseMs: 100, capMs: 150, random: top })).toBe(149);
  });

  it('stays within the cap for any attempt, however large or odd', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), fc.double({ min: 0, max: 0.9999, noNaN: true }), (attempt, r) => {
        const ms = backoffDelay(attempt, { random: () => r });
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThan(30_000);
      }),
    );
  });
});

describe('isIdempotent', () => {
  it('follows RFC 9110 §9.2.2 in either case', () => {
    expect(['GET', 'head', 'Options', 'TRACE', 'put', 'DELETE'].every(isIdempotent)).toBe(true);
    expect(['POST', 'patch', 'CONNECT', '', undefined].some(isIdempotent)).toBe(false);
  });
});

describe('nextDelay', () => {
  const advice = { retryable: true, onlyIfIdempotent: false, maxAttempts: 3 };

  it('waits as long as the server asked, up to maxWaitMs, and stops when attempts run out', () => {
    expect(nextDelay({ ...advice, afterMs: 2000 }, 1)).toBe(2000);
    expect(nextDelay({ ...advice, afterMs: 120_000 }, 1)).toBeUndefined();
    expect(nextDelay({ ...advice, afterMs: 120_000 }, 1, { maxWaitMs: 300_000 })).toBe(120_000);
    expect(nextDelay(advice, 2, { random: () => 0.5 })).toBe(500);
    expect(nextDelay(advice, 3)).toBeUndefined();
    expect(nextDelay({ ...advice, retryable: false }, 1)).toBeUndefined();
  });
});
