import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog, keyOf } from '../src/catalog/index.js';
import { type DecodeMatch, Decoder } from '../src/decode/index.js';
import { loadContent } from '../src/loader/index.js';

/**
 * The decoder's acceptance corpus: each `case.txt` beside a `case.expected.json` listing, in order,
 * every code a careful reader finds in it. Expectations are written by hand from the text, never by
 * running the decoder. Cases under traps/ hold numbers that are not status codes (ports, line numbers,
 * sizes, versions, GUIDs, timestamps): any match there that is not expected fails the suite.
 */
interface Expected {
  matches: { id: string; text?: string }[];
  /** Decode with non-error codes included (HTTP 1xx-3xx, gRPC OK). */
  includeNonErrors?: boolean;
}

const CORPUS = new URL('./decode-corpus/', import.meta.url).pathname;
const ROOT = new URL('../../../content/', import.meta.url).pathname;
const catalog = new Catalog(loadContent(ROOT).data);
const decoder = new Decoder(catalog);

const cases = walk(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => ({
    name: relative(CORPUS, file),
    text: readFileSync(file, 'utf8'),
    expected: JSON.parse(readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8')) as Expected,
  }));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** Pairs expected and reported matches in order of position; what is left over on either side is a miss or a false positive. */
function score(text: string, expected: Expected['matches'], got: DecodeMatch[]) {
  const left = [...got];
  let hits = 0;
  const missed: string[] = [];
  for (const want of expected) {
    const at = left.findIndex((m) => m.id === want.id && (want.text === undefined || text.slice(m.start, m.end) === want.text));
    if (at === -1) missed.push(want.text ? `${want.id} at "${want.text}"` : want.id);
    else {
      hits++;
      left.splice(at, 1);
    }
  }
  return { hits, missed, extra: left.map((m) => `${m.id} at "${text.slice(m.start, m.end)}"`) };
}

describe('decode corpus', () => {
  const results = cases.map((c) => {
    const got = decoder.decode(c.text, { includeNonErrors: c.expected.includeNonErrors });
    return { ...c, got, ...score(c.text, c.expected.matches, got) };
  });

  it('holds at least 150 cases', () => expect(cases.length).toBeGreaterThanOrEqual(150));

  it('reaches precision and recall of 0.97 over the corpus', () => {
    const hits = results.reduce((n, r) => n + r.hits, 0);
    const reported = results.reduce((n, r) => n + r.got.length, 0);
    const expected = results.reduce((n, r) => n + r.expected.matches.length, 0);
    const precision = reported ? hits / reported : 1;
    const recall = expected ? hits / expected : 1;
    console.log(
      `decode corpus: ${cases.length} cases, ${expected} expected codes, ${reported} reported; precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}`,
    );
    const faults = results
      .filter((r) => r.missed.length || r.extra.length)
      .map((r) => `${r.name}: missed [${r.missed.join(', ')}] extra [${r.extra.join(', ')}]`);
    if (faults.length) console.log(faults.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });

  it('reports no number in a trap as a code', () => {
    const falsePositives = results
      .filter((r) => r.name.startsWith('traps/') && r.extra.length)
      .map((r) => `${r.name}: ${r.extra.join(', ')}`);
    expect(falsePositives).toEqual([]);
  });

  it('points every span at the code in the original text', () => {
    for (const r of results) {
      for (const m of r.got) {
        const written = r.text.slice(m.start, m.end);
        const entry = catalog.entry(m.id);
        // The span holds the code as written: any case or separator, an alias (Go's Canceled), or its number.
        const spellings = [m.code, m.code.replace(/^AADSTS/, ''), ...(entry?.aliases ?? []), String(entry?.facts.number ?? '')].map(keyOf);
        expect(spellings, `${r.name}: ${m.id} spans "${written}"`).toContain(keyOf(written));
      }
    }
  });
});
