import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browserFamily, dynamic, parseCode, parseFlag, parseTime, userKey } from './fields.js';

describe('parseTime', () => {
  it.each([
    ['2020-03-13T19:15:41.6195833Z', Date.UTC(2020, 2, 13, 19, 15, 41, 619)],
    ['2021-06-30T16:34:32Z', Date.UTC(2021, 5, 30, 16, 34, 32)],
    ['2021-06-30T16:34:32', Date.UTC(2021, 5, 30, 16, 34, 32)],
    ['2021-06-30T18:34:32+02:00', Date.UTC(2021, 5, 30, 16, 34, 32)],
    ['6/4/2025, 2:12:09.123 PM', Date.UTC(2025, 5, 4, 14, 12, 9, 123)],
    ['6/4/2025, 12:05:00 AM', Date.UTC(2025, 5, 4, 0, 5, 0)],
    ['6/4/2025 14:12:09', Date.UTC(2025, 5, 4, 14, 12, 9)],
  ])('reads %s as UTC', (text, ms) => {
    expect(parseTime(text)).toBe(ms);
  });
  it('gives NaN for what is not a time', () => {
    for (const v of ['yesterday', '', null, undefined, {}]) expect(parseTime(v)).toBeNaN();
  });

  // parseTime reads the usual Graph shape by hand; whatever it reads, it must read as Date.parse does.
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const isoLike = fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 61 }),
      second: fc.integer({ min: 0, max: 61 }),
      fraction: fc.option(fc.stringMatching(/^[0-9]{0,10}$/)),
      zone: fc.constantFrom('Z', 'z', '', '+01:00'),
    })
    .map(
      (t) =>
        `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}` +
        `${t.fraction === null ? '' : `.${t.fraction}`}${t.zone}`,
    );
  it('reads ISO times exactly as Date.parse does, edge dates and fractions included', () => {
    const same = (text: string) => Object.is(parseTime(text), Date.parse(/Z|[+-]\d\d:\d\d$/i.test(text) ? text : `${text}Z`));
    for (const text of [
      '2024-02-29T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '2026-11-11T24:00:00Z',
      '0050-01-01T00:00:00Z',
      '2026-11-11T15:38:04.9999999Z',
    ])
      expect(same(text), text).toBe(true);
    fc.assert(
      fc.property(isoLike, (text) => same(text)),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 32 }).map((tail) => `2026-${tail}`),
        (text) => same(text) || Number.isNaN(parseTime(text)),
      ),
    );
  });
});

describe('field readers', () => {
  it('reads codes as numbers, text and AADSTS names, and nothing else', () => {
    expect([65004, '65004', ' 0 ', 'AADSTS50011'].map(parseCode)).toEqual([65004, 65004, 0, 50011]);
    expect(['', 'x', 1.5, null].map(parseCode)).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('reads flags and user keys', () => {
    expect(['True', 'false', 'Yes', true, 'maybe'].map(parseFlag)).toEqual([true, false, true, true, undefined]);
    expect(userKey('', 'Adele.Fischer@Contoso.com')).toBe('adele.fischer@contoso.com');
    expect(userKey('6d0e1f2a', 'x@y')).toBe('6d0e1f2a');
  });
  it('keeps the browser family, not its version', () => {
    expect(['Edge 126.0.0', 'Chrome Mobile 126.0.0', 'Rich Client 4.61.0.0', 'Mobile Safari', 'IE 11.0', ''].map(browserFamily)).toEqual([
      'Edge',
      'Chrome Mobile',
      'Rich Client',
      'Mobile Safari',
      'IE',
      '',
    ]);
  });
  it('reads dynamic columns as objects or JSON text', () => {
    expect(dynamic('{"browser":"Edge"}')).toEqual({ browser: 'Edge' });
    expect(dynamic({ a: 1 })).toEqual({ a: 1 });
    expect(dynamic('{broken')).toBeUndefined();
  });
});
