import { describe, expect, it } from 'vitest';
import { JsonLinesReader } from './jsonl.js';

function read(pieces: string[]) {
  const rows: [unknown, number][] = [];
  const bad: [number, string][] = [];
  const reader = new JsonLinesReader({ row: (v, line) => rows.push([v, line]), malformed: (line, reason) => bad.push([line, reason]) });
  for (const p of pieces) reader.write(p);
  reader.end();
  return { rows, bad };
}

describe('JsonLinesReader', () => {
  it('reads one value per line, skipping blank lines and CRLF, numbering lines from 1', () => {
    const { rows, bad } = read(['{"a":1}\r\n\r\n  \n{"a"', ':2}\n{"a":3}']);
    expect(rows).toEqual([
      [{ a: 1 }, 1],
      [{ a: 2 }, 4],
      [{ a: 3 }, 5],
    ]);
    expect(bad).toEqual([]);
  });

  it('reports a line that is not JSON with its number and reads on', () => {
    const { rows, bad } = read(['{"a":1}\n{oops\n{"a":2}\n']);
    expect(rows.map(([, line]) => line)).toEqual([1, 3]);
    expect(bad[0]?.[0]).toBe(2);
    expect(bad[0]?.[1]).toMatch(/^not valid JSON/);
  });
});
