const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Widths a series may count in; each divides the next, so any series re-buckets exactly into a wider one. */
const SERIES_WIDTHS = [HOUR, DAY, 7 * DAY, 28 * DAY, 364 * DAY];
/** Widths a report may show; each is a multiple of every series width below it. */
const REPORT_WIDTHS = [HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 7 * DAY, 28 * DAY, 364 * DAY];
/** A series holding more buckets than this counts in a wider width, so memory stays bounded. */
const MAX_BUCKETS = 4096;
/** Report timelines aim at no more buckets than this: enough for a chart, few enough to read. */
const TARGET_BUCKETS = 120;

/** Counts per time bucket, hourly until the range grows too long for that. */
export class TimeSeries {
  private counts = new Map<number, number>();
  private widthIndex = 0;

  get width(): number {
    return SERIES_WIDTHS[this.widthIndex] as number;
  }

  add(time: number): void {
    const key = Math.floor(time / this.width);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    while (this.counts.size > MAX_BUCKETS && this.widthIndex < SERIES_WIDTHS.length - 1) this.widen();
  }

  /**
   * Adds another series' counts. The result is the series one pass over both inputs would build: a pass
   * ends at the narrowest width whose buckets fit in MAX_BUCKETS, and neither part is narrower than that.
   */
  merge(other: TimeSeries): void {
    while (this.widthIndex < other.widthIndex) this.widen();
    for (const [key, n] of other.counts) {
      const k = Math.floor((key * other.width) / this.width);
      this.counts.set(k, (this.counts.get(k) ?? 0) + n);
    }
    while (this.counts.size > MAX_BUCKETS && this.widthIndex < SERIES_WIDTHS.length - 1) this.widen();
  }

  private widen(): void {
    const from = this.width;
    this.widthIndex++;
    const next = new Map<number, number>();
    for (const [key, n] of this.counts) {
      const k = Math.floor((key * from) / this.width);
      next.set(k, (next.get(k) ?? 0) + n);
    }
    this.counts = next;
  }

  /** Counts before a time (to the resolution of the buckets: a bucket counts when it ends by then). */
  countBefore(time: number): number {
    let n = 0;
    for (const [key, count] of this.counts) if ((key + 1) * this.width <= time) n += count;
    return n;
  }

  /** The bucket with the most, as [start, count]. */
  peak(): [number, number] {
    let best: [number, number] = [0, 0];
    for (const [key, n] of this.counts) if (n > best[1]) best = [key * this.width, n];
    return best;
  }

  /** Dense counts on a timeline whose width is a multiple of this series' width. */
  toArray(timeline: Timeline): number[] {
    const out = new Array<number>(timeline.buckets).fill(0);
    for (const [key, n] of this.counts) {
      const i = Math.floor((key * this.width - timeline.start) / timeline.bucketMs);
      if (i >= 0 && i < out.length) out[i] = (out[i] as number) + n;
    }
    return out;
  }
}

export interface Timeline {
  start: number;
  bucketMs: number;
  buckets: number;
}

/** A timeline from `from` to `to` with about TARGET_BUCKETS buckets, no finer than the widest series. */
export function timelineFor(from: number, to: number, widestSeries: number): Timeline {
  if (!Number.isFinite(from) || !Number.isFinite(to)) return { start: 0, bucketMs: HOUR, buckets: 0 };
  const bucketMs = REPORT_WIDTHS.find((w) => w >= widestSeries && (to - from) / w <= TARGET_BUCKETS) ?? (REPORT_WIDTHS.at(-1) as number);
  const start = Math.floor(from / bucketMs) * bucketMs;
  return { start, bucketMs, buckets: Math.floor((to - start) / bucketMs) + 1 };
}
