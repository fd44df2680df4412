import { own } from './normalize/fields.js';

/** Counts values (browsers, client apps…), keeping at most `limit` distinct ones; the rest add up as "(other)". */
export class Counter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly limit = 100) {}

  add(value: string, times = 1): void {
    const key = value || '(none)';
    const n = this.counts.get(key);
    if (n !== undefined) this.counts.set(key, n + times);
    else if (this.counts.size < this.limit) this.counts.set(own(key), times);
    else this.counts.set('(other)', (this.counts.get('(other)') ?? 0) + times);
  }

  /**
   * Adds another counter's counts, as if its values had come after this one's. Exact while neither holds
   * "(other)"; past the limit, which values are lumped can differ from reading everything in one pass.
   */
  merge(other: Counter): void {
    for (const [value, n] of other.counts) this.add(value, n);
  }

  /** The most frequent first, at most `top` of them. */
  top(top = 5): { value: string; count: number }[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, top)
      .map(([value, count]) => ({ value, count }));
  }
}
