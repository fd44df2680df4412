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
});
