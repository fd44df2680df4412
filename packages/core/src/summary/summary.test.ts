import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summary } from '../../test/classifier.js';
import { GOOD } from '../../test/fixture.js';
import { buildCatalog } from '../build/index.js';
import { Catalog } from '../catalog/index.js';
import { Decoder } from '../decode/index.js';
import { loadContent } from '../loader/index.js';
import { CatalogData, SummaryData } from '../schema/index.js';
import { compactSummary, lazyEntries, readSummary, SummaryFormatError, summarize } from './index.js';

const REAL = new URL('../../../../content/', import.meta.url).pathname;

describe('summary data', () => {
  it('holds every entry with exactly the schema’s fields', () => {
    const parsed = SummaryData.parse(summary);
    expect(parsed.entries.length).toBeGreaterThan(100);
    expect(Object.keys(parsed.entries[0] ?? {}).sort()).toEqual(
      ['actor', 'aliases', 'category', 'code', 'facts', 'id', 'provider', 'retry', 'summary', 'title'].sort(),
    );
  });

  it('decodes exactly as the full catalog does', () => {
    const text =
      'GET /cb?error=access_denied&error_description=AADSTS65004%3a+declined HTTP/1.1 400; rpc error: code = Unavailable; grpc-status: 4; BrowserAuthError: user_cancelled; AADSTS99999991';
    const full = new Decoder(new Catalog(loadContent(REAL).data)).decode(text);
    expect(new Decoder(summary).decode(text)).toEqual(full);
    expect(full.length).toBeGreaterThan(5);
  });

  it('is written by the build beside the catalog', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'errata-build-')), 'catalog.json');
    const report = buildCatalog(GOOD, out);
    expect(report.faults).toEqual([]);
    const file = JSON.parse(readFileSync(join(out, '..', 'summary.json'), 'utf8'));
    expect(file.format).toBe(2);
    expect(Object.values(file.entries).flat().every(Array.isArray)).toBe(true);
    const written = SummaryData.parse(readSummary(file));
    expect(written).toEqual(summarize(report.data));
  });

  it('comes back whole from the compact file form, and much smaller in it', () => {
    const file = JSON.parse(JSON.stringify(compactSummary(summary)));
    expect(JSON.stringify(file).length).toBeLessThan(JSON.stringify(summary).length * 0.8);
    expect(readSummary(file)).toEqual(summary);
    // Full summary data (format 1, with ids) reads as it is.
    expect(readSummary(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
  });

  it('refuses a file it would misread, saying to rebuild', () => {
    const rows = compactSummary(summary);
    const oldCompact = { format: 1, providers: rows.providers, entries: summary.entries.map(({ id: _id, ...rest }) => rest) };
    for (const bad of [oldCompact, { ...rows, format: 3 }, { ...rows, entries: [] }, [], null]) {
      expect(() => readSummary(bad)).toThrow(SummaryFormatError);
    }
    expect(() => readSummary(oldCompact)).toThrow(/rebuild it with `errata build`/);
  });
});

describe('lazyEntries', () => {
  const data = CatalogData.parse(JSON.parse(JSON.stringify(loadContent(GOOD).data)));

  it('loads the catalog once, on the first lookup', async () => {
    let loads = 0;
    const full = lazyEntries(async () => {
      loads++;
      return { default: data };
    });
    expect(loads).toBe(0);
    const id = data.entries[0]?.id ?? '';
    expect((await full.entry(id.toUpperCase()))?.id).toBe(id);
    expect(await full.entry('nope/none')).toBeUndefined();
    expect(loads).toBe(1);
  });

  it('tries again after a failed load, and refuses a catalog of another format', async () => {
    let calls = 0;
    const full = lazyEntries(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return data;
    });
    await expect(full.entry('x/y')).rejects.toThrow('offline');
    await expect(full.entry('x/y')).resolves.toBeUndefined();
    const stale = lazyEntries(async () => ({ ...data, format: 2 }) as unknown as CatalogData);
    await expect(stale.entry('x/y')).rejects.toThrow('the loaded catalog is not format 1');
  });
});
