import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Diagnosis, diagnose, planPieces, readJsonLinesPiece, reviveAggregator } from '../src/diagnose/index.js';
import { entraCsv, jsonLines } from './signin-formats.js';
import { generateSignIns } from './signin-generator.js';

/**
 * Parallel readers (the CLI's worker threads) each read a piece of a JSON-lines file cut at line ends;
 * merged in order, the pieces must give exactly the report one pass over the whole file gives.
 */
const log = generateSignIns({ seed: 3 });
const lines = jsonLines(log.records).split('\n');
// Bad rows, a blank line and a CRLF line spread through the file, so renumbering across pieces shows.
for (const [at, bad] of [
  [5, '{"createdDateTime": oops'],
  [Math.floor(lines.length / 2), ''],
  [Math.floor(lines.length / 2) + 1, 'not json at all'],
  [lines.length - 20, '{"status":{"errorCode":0}}'],
] as const)
  lines.splice(at, 0, bad);
lines[9] = `${lines[9]}\r`;
const text = lines.join('\n');

/** Cuts text into n pieces of about equal length, each ending just after a \n (the last at the end). */
function cut(whole: string, n: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    const end = i === n ? whole.length : whole.indexOf('\n', Math.max(start, Math.floor((whole.length * i) / n))) + 1;
    pieces.push(whole.slice(start, end));
    start = end;
  }
  return pieces;
}

async function inPieces(whole: string, n: number, { cloned = false } = {}) {
  const diagnosis = new Diagnosis({ maxMalformedReported: 3 });
  const pieces = [];
  for (const [i, piece] of cut(whole, n).entries()) {
    const read = await readJsonLinesPiece(new TextEncoder().encode(piece), { first: i === 0, maxMalformedReported: 3 });
    // What a worker's postMessage does to it: the data survives, the classes do not.
    if (cloned) {
      const copy = structuredClone(read);
      copy.aggregator = reviveAggregator(copy.aggregator);
      pieces.push(copy);
    } else pieces.push(read);
  }
  diagnosis.addPieces('signins.jsonl', new TextEncoder().encode(whole).byteLength, pieces);
  return diagnosis.report();
}

describe('a JSON-lines log read in pieces', () => {
  it.each([2, 3, 7])('merges %i pieces into the report of one pass, malformed rows numbered from the file start', async (n) => {
    const whole = await diagnose({ name: 'signins.jsonl', data: new TextEncoder().encode(text) }, { maxMalformedReported: 3 });
    expect(whole.summary.malformed.count).toBe(3);
    const lineOf = (row: string) => lines.indexOf(row) + 1;
    expect(whole.summary.malformed.first.map((m) => m.line)).toEqual([6, lineOf('not json at all'), lineOf('{"status":{"errorCode":0}}')]);
    expect(await inPieces(text, n)).toEqual(whole);
    expect(await inPieces(text, n, { cloned: true })).toEqual(whole);
  });

  it('drops a byte-order mark at the start of the file, and reads one starting a later piece as the text it is', async () => {
    const atStart = `\uFEFF${text}`;
    const whole = await diagnose({ name: 'signins.jsonl', data: new TextEncoder().encode(atStart) }, { maxMalformedReported: 3 });
    expect(whole.summary.malformed.count).toBe(3);
    expect(await inPieces(atStart, 4)).toEqual(whole);

    // A BOM opening a line mid-file is not JSON: one pass counts that line malformed, so must the piece it opens.
    const [first, second] = [JSON.stringify(log.records[0]), JSON.stringify(log.records[1])];
    const midFile = `${first}\n\uFEFF${second}\n`;
    const one = await diagnose({ name: 'signins.jsonl', data: new TextEncoder().encode(midFile) });
    expect([one.summary.signIns, one.summary.malformed.first.map((m) => m.line)]).toEqual([1, [2]]);
    const diagnosis = new Diagnosis();
    const pieces = [`${first}\n`, `\uFEFF${second}\n`].map((piece, i) =>
      readJsonLinesPiece(new TextEncoder().encode(piece), { first: i === 0 }),
    );
    diagnosis.addPieces('signins.jsonl', new TextEncoder().encode(midFile).byteLength, await Promise.all(pieces));
    expect(diagnosis.report()).toEqual(one);
  });
});

describe('planPieces', () => {
  const bytes = new TextEncoder().encode(text);
  const readAt = (data: Uint8Array) => async (offset: number, length: number) => data.subarray(offset, offset + length);
  const plan = (data: Uint8Array, count: number) => planPieces(data.byteLength, count, readAt(data), { minBytes: 0 });

  it.each([2, 3, 8])('cuts JSON lines into %i contiguous pieces, each ending at a line end', async (count) => {
    const ranges = await plan(bytes, count);
    expect(ranges).toHaveLength(count);
    expect(ranges?.[0]?.[0]).toBe(0);
    expect(ranges?.at(-1)?.[1]).toBe(bytes.byteLength);
    for (const [i, [start, end]] of (ranges ?? []).entries()) {
      if (i > 0) expect(start).toBe(ranges?.[i - 1]?.[1]);
      if (i < count - 1) expect(bytes[end - 1]).toBe(0x0a);
    }
  });

  it('never cuts inside a line longer than the block it reads in, making fewer pieces than asked', async () => {
    const lines = ['{"a":0}', JSON.stringify({ pad: 'x'.repeat(200_000) }), '{"a":2}', '{"a":3}'];
    const data = new TextEncoder().encode(`${lines.join('\n')}\n`);
    const ends = lines.map((_, i) => lines.slice(0, i + 1).join('\n').length + 1);
    expect(await plan(data, 4)).toEqual([
      [0, ends[1]],
      [ends[1], ends[2]],
      [ends[2], data.byteLength],
    ]);
  });

  it('reads whole what should not be cut: small, gzip, CSV, Graph pages, or asked for one piece', async () => {
    expect(await planPieces(bytes.byteLength, 4, readAt(bytes))).toBeUndefined();
    expect(await plan(gzipSync(bytes), 4)).toBeUndefined();
    expect(await plan(new TextEncoder().encode(entraCsv(log.records.slice(0, 50))), 4)).toBeUndefined();
    expect(await plan(new TextEncoder().encode(JSON.stringify({ value: log.records.slice(0, 50) }, null, 2)), 4)).toBeUndefined();
    expect(await plan(bytes, 1)).toBeUndefined();
  });
});

describe('Diagnosis.addPart', () => {
  it('adds what another Diagnosis read, through a structured clone, as if read in the same one', async () => {
    const half = Math.floor(log.records.length / 2);
    const first = { name: 'a.jsonl', data: jsonLines(log.records.slice(0, half)) };
    const second = { name: 'b.csv', data: entraCsv(log.records.slice(half)) };
    const together = await diagnose([first, second]);
    const here = new Diagnosis();
    await here.read(first);
    const elsewhere = new Diagnosis();
    await elsewhere.read(second);
    const part = structuredClone(elsewhere.part());
    part.aggregator = reviveAggregator(part.aggregator);
    here.addPart(part);
    expect(here.report()).toEqual(together);
  });
});
