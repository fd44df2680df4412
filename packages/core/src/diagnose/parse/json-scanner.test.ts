import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonScanner } from './json-scanner.js';

/** Feeds the text in the given pieces and returns what the scanner found. */
function scan(pieces: string[]) {
  const rows: [unknown, number][] = [];
  const bad: [number, string][] = [];
  const scanner = new JsonScanner({ row: (v, line) => rows.push([v, line]), malformed: (line, reason) => bad.push([line, reason]) });
  for (const p of pieces) scanner.write(p);
  scanner.end();
  return { rows, bad };
}
const values = (text: string) => scan([text]).rows.map(([v]) => v);

const a = { id: 'a', status: { errorCode: 0 } };
const b = { id: 'b', status: { errorCode: 65004, failureReason: 'say "no" {x} [y] \\ ok' } };

describe('JsonScanner', () => {
  it.each([
    ['a bare array', JSON.stringify([a, b])],
    ['a pretty array', JSON.stringify([a, b], null, 2)],
    ['a Graph page', JSON.stringify({ '@odata.context': 'x', value: [a, b], '@odata.nextLink': 'https://n?$skiptoken=1' })],
    ['a page with value after other members', JSON.stringify({ '@odata.context': 'x', extra: { value: [1] }, value: [a, b] })],
    ['an array of pages', JSON.stringify([{ value: [a] }, { value: [b] }])],
    ['pages one after another', `${JSON.stringify({ value: [a] }, null, 2)}\n${JSON.stringify({ value: [b] }, null, 2)}`],
    ['arrays of arrays', JSON.stringify([[a], [b]])],
    ['an Event Hub batch', JSON.stringify({ records: [a, b] })],
    ['objects one after another, pretty', `${JSON.stringify(a, null, 2)}\n${JSON.stringify(b, null, 2)}`],
  ])('finds the sign-ins in %s', (_, text) => {
    expect(values(text)).toEqual([a, b]);
  });

  it('numbers each sign-in by the line it starts on', () => {
    expect(scan([JSON.stringify([a, b], null, 2)]).rows.map(([, line]) => line)).toEqual([2, 8]);
  });

  it('finds the same sign-ins however the text is cut into chunks', () => {
    const text = JSON.stringify({ '@odata.context': 'x"\\', value: [a, b, a], '@odata.nextLink': 'n' }, null, 1);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((x, y) => x - y);
        const pieces = [0, ...points].map((from, i) => text.slice(from, points[i] ?? text.length));
        expect(scan(pieces)).toEqual(scan([text]));
      }),
    );
  });

  it('reports an element that is not an object, or does not parse, and reads on', () => {
    const text = '[\n{"id":"a"},\n42,\n"text",\n{"id": nope},\n{"id":"b"}\n]';
    const { rows, bad } = scan([text]);
    expect(rows.map(([v]) => v)).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(bad.map(([line]) => line)).toEqual([3, 4, 5]);
    expect(bad[2]?.[1]).toMatch(/^not valid JSON/);
  });

  it('says when the file stops inside a sign-in or before the JSON closes', () => {
    expect(scan(['[{"id":"a"}, {"id":']).bad).toEqual([[1, 'the file ends inside this sign-in (cut short?)']]);
    expect(scan(['{"value":[{"id":"a"}']).bad).toEqual([[1, 'the file ends before its JSON closes (cut short?)']]);
  });

  it('passes over text outside any JSON value, line by line', () => {
    const { rows, bad } = scan(['garbage here\n{"id":"a"}\n']);
    expect(rows.map(([v]) => v)).toEqual([{ id: 'a' }]);
    expect(bad).toEqual([[1, 'text outside any JSON object or array; skipped to the end of the line']]);
  });
});
