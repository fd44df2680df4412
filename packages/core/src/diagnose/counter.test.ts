import { describe, expect, it } from 'vitest';
import { Counter } from './counter.js';

describe('Counter', () => {
  it('keeps the most frequent first and lumps values past its limit into (other)', () => {
    const c = new Counter(2);
    for (const v of ['Edge', 'Chrome', 'Edge', '', 'Firefox', 'Safari']) c.add(v);
    expect(c.top()).toEqual([
      { value: '(other)', count: 3 },
      { value: 'Edge', count: 2 },
      { value: 'Chrome', count: 1 },
    ]);
  });

  it('merges another counter as if its values had come after, within the limit', () => {
    const a = new Counter(3);
    const b = new Counter(3);
    for (const v of ['Edge', 'Chrome', 'Edge']) a.add(v);
    for (const v of ['Chrome', 'Firefox', 'Safari', 'Safari']) b.add(v);
    a.merge(b);
    expect(a.top(10)).toEqual([
      { value: '(other)', count: 2 },
      { value: 'Chrome', count: 2 },
      { value: 'Edge', count: 2 },
      { value: 'Firefox', count: 1 },
    ]);
  });
});
