import { own } from './normalize/fields.js';

/** Counts values (browsers, client apps…), keeping at most `limit` distinct ones; the rest add up as "(other)". */
export class Counter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly limit = 100) {}

  add(value: string): void {
    const key = value || '(none)';
    const n = this.counts.get(key);
    if (n !== undefined) this.counts.set(key, n + 1);
    else if (this.counts.size < this.limit) this.counts.set(own(key), 1);
    else this.counts.set('(other)', (this.counts.get('(other)') ?? 0) + 1);
  }

  /** The most frequent first, at most `top` of them. */
  top(top = 5): { value: string; count: number }[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, top)
      .map(([value, count]) => ({ value, count }));
  }
}
