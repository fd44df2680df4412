import { describe, expect, it } from 'vitest';
import type { SignInRecord } from '../schema.js';
import { CsvReader } from './csv.js';

/** Reads a CSV whose rows become { time: <line of the row>, …cells } so tests see what arrived where. */
function read(pieces: string[]) {
  const rows: string[][] = [];
  const bad: [number, string][] = [];
  let header: string[] = [];
  const reader = new CsvReader(
    { record: (r) => rows.push([r.appName, r.failureReason]), malformed: (line, reason) => bad.push([line, reason]) },
    (h) => {
      header = h;
      return (cells) => (cells[0] === 'bad' ? `bad row at ${cells[1]}` : ({ appName: cells[0], failureReason: cells[1] } as SignInRecord));
    },
  );
  for (const p of pieces) reader.write(p);
  reader.end();
  return { header: () => header, rows, bad };
}

describe('CsvReader', () => {
  it('trims header names, drops a BOM and " [UTC]", and keeps quoted commas, quotes and line breaks', () => {
    const r = read(['\uFEFF"Application ID ","TimeGenerated [UTC]"\r\n"a, b","say ""hi"""\r\n"c","two\r\nlines"\r\n']);
    expect(r.header()).toEqual(['Application ID', 'TimeGenerated']);
    expect(r.rows).toEqual([
      ['a, b', 'say "hi"'],
      ['c', 'two\r\nlines'],
    ]);
  });

  it('gives the same rows and line numbers however the text is cut', () => {
    const text = 'h1,h2\n"x\ny",1\nbad,3\n"q,r",2\nbad,5\n';
    const whole = read([text]);
    expect(whole.bad).toEqual([
      [4, 'bad row at 3'],
      [6, 'bad row at 5'],
    ]);
    for (let cut = 1; cut < text.length; cut++) {
      const split = read([text.slice(0, cut), text.slice(cut)]);
      expect([split.rows, split.bad]).toEqual([whole.rows, whole.bad]);
    }
  });

  it('reports a row with the wrong number of fields with its line', () => {
    expect(read(['a,b\n1,2\n1,2,3\n\n4,5']).bad).toEqual([[3, '3 fields where the header has 2']]);
  });
});
