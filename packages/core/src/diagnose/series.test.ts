import { describe, expect, it } from 'vitest';
import { TimeSeries, timelineFor } from './series.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 1);

describe('TimeSeries', () => {
  it('counts per hour and lays the counts on a timeline', () => {
    const s = new TimeSeries();
    for (const h of [0, 0, 1, 5]) s.add(T0 + h * HOUR + 1000);
    expect(s.toArray({ start: T0, bucketMs: HOUR, buckets: 6 })).toEqual([2, 1, 0, 0, 0, 1]);
    expect(s.toArray({ start: T0, bucketMs: 3 * HOUR, buckets: 2 })).toEqual([3, 1]);
    expect(s.countBefore(T0 + 2 * HOUR)).toBe(3);
    expect(s.peak()).toEqual([T0, 2]);
  });

  it('widens its buckets when the range grows long, keeping every count', () => {
    const s = new TimeSeries();
    for (let h = 0; h < 5000; h++) s.add(T0 + h * HOUR);
    expect(s.width).toBe(24 * HOUR);
    const days = Math.ceil(5000 / 24);
    expect(s.toArray({ start: T0, bucketMs: 24 * HOUR, buckets: days }).reduce((a, b) => a + b, 0)).toBe(5000);
  });
});

describe('TimeSeries.merge', () => {
  const series = (hours: number[]) => {
    const s = new TimeSeries();
    for (const h of hours) s.add(T0 + h * HOUR);
    return s;
  };
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

  it('gives the series one pass over both parts would, widening when together they outgrow their width', () => {
    for (const [a, b] of [
      [range(0, 100), range(50, 200)],
      [range(0, 3000), range(3000, 6000)],
      [range(0, 5000), range(5000, 5010)],
      [range(4000, 4010), range(0, 5000)],
    ] as const) {
      const merged = series(a);
      merged.merge(series(b));
      const whole = series([...a, ...b]);
      expect(merged).toEqual(whole);
    }
    const wide = series(range(0, 3000));
    wide.merge(series(range(3000, 6000)));
    expect(wide.width).toBe(24 * HOUR);
  });
});

describe('timelineFor', () => {
  it('picks the finest width that keeps the chart to about 120 buckets', () => {
    expect(timelineFor(T0, T0 + 10 * HOUR, HOUR)).toEqual({ start: T0, bucketMs: HOUR, buckets: 11 });
    expect(timelineFor(T0, T0 + 14 * 24 * HOUR, HOUR).bucketMs).toBe(3 * HOUR);
    expect(timelineFor(T0, T0 + 14 * 24 * HOUR, 24 * HOUR).bucketMs).toBe(24 * HOUR);
    expect(timelineFor(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, HOUR).buckets).toBe(0);
  });
});
