import { describe, expect, it } from 'vitest';
import { context } from '../../../test/rule-context.js';
import { serviceSide } from './service-side.js';

describe('service-side rule', () => {
  it('reads a burst of service failures as service-side, naming the busiest hour', () => {
    const j = serviceSide.judge(
      context({ code: 90033, users: 30, retried: 28, count: 40, peak: [Date.UTC(2026, 10, 3, 10), 35, 3_600_000] }, { users: 100 }),
    );
    expect(j?.verdict).toBe('service-side');
    expect(j?.evidence).toContain('35 of them (88%) in the hour from 2026-11-03 10:00 UTC');
  });
  it('claims service codes only', () => {
    expect([50000, 90033, 65004].map((c) => serviceSide.claims(c))).toEqual([true, true, false]);
  });
});
