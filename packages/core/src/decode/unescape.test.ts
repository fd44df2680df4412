import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainView } from './unescape.js';

describe('plainView', () => {
  it('undoes percent-encoding, plus signs and JSON escapes', () => {
    expect(plainView('AADSTS65004%3a+User+declined').text).toBe('AADSTS65004: User declined');
    expect(plainView('{\\"error_codes\\":[50076]}\\r\\nnext').text).toBe('{"error_codes":[50076]}\r\nnext');
    expect(plainView('\\u0041ADSTS').text).toBe('AADSTS');
  });

  it('leaves what is not an escape alone', () => {
    expect(plainView('100% sure, 50%zz, C:\\path\\x').text).toBe('100% sure, 50%zz, C:\\path\\x');
    expect(plainView('caf%C3%A9').text).toBe('caf%C3%A9');
  });

  it('maps every view offset back to the same character in the original', () => {
    const original = 'a%3Ab+c\\"d\\u0065f';
    const view = plainView(original);
    expect(view.text).toBe('a:b c"def');
    const at = (ch: string) => view.toOriginal(view.text.indexOf(ch));
    expect(original.slice(at(':'), at(':') + 3)).toBe('%3A');
    expect(original[at('b')]).toBe('b');
    expect(original.slice(at('e'), at('e') + 6)).toBe('\\u0065');
    expect(view.toOriginal(view.text.length)).toBe(original.length);
  });

  it('maps offsets monotonically and within bounds for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '%', '2', '0', '+', '\\', 'n', 'u', '"', 'f', '3', 'A') }), (original) => {
        const view = plainView(original);
        let last = -1;
        for (let i = 0; i <= view.text.length; i++) {
          const o = view.toOriginal(i);
          expect(o).toBeGreaterThan(last);
          expect(o).toBeLessThanOrEqual(original.length);
          last = o;
        }
      }),
    );
  });
});
