import { describe, expect, it } from 'vitest';
import { safe } from './corrections.js';

describe('reader text in the terminal', () => {
  it('neutralises escape sequences and control characters, keeping newlines, tabs and Unicode', () => {
    expect(safe('red \u001b[31mtext\u001b[0m, bell \u0007, C1 \u009b2J')).toBe('red \uFFFD[31mtext\uFFFD[0m, bell \uFFFD, C1 \uFFFD2J');
    expect(safe('line one\nline two\tünïcödé 🙂')).toBe('line one\nline two\tünïcödé 🙂');
  });
});
