import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Catalog } from '../packages/core/src/catalog/index.js';
import { loadContent } from '../packages/core/src/loader/index.js';
import { ROOT } from './cli.js';

/**
 * Database-wide invariants against the upstream fact tables in facts/ (copied from the shared data
 * folder; facts/SOURCES.md says where each came from). Every code in a table has an entry, and the
 * entry's facts agree with the table.
 */
const catalog = new Catalog(loadContent(`${ROOT}content`).data);
const table = (name: string) => {
  const [header, ...rows] = readFileSync(`${ROOT}facts/${name}`, 'utf8').trimEnd().split('\n');
  const keys = (header ?? '').split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [keys[i], v])) as Record<string, string>);
};
const missing = (ids: string[]) => ids.filter((id) => !catalog.entry(id));

describe('coverage of the fact tables', () => {
  it('has an entry for every AADSTS code in Microsoft’s table, with its number and symbolic name', () => {
    const rows = table('aadsts-codes.tsv');
    expect(rows.length).toBe(345);
    expect(missing(rows.map((r) => `entra/${r.code}`))).toEqual([]);
    for (const r of rows) {
      const e = catalog.entry(`entra/${r.code}`);
      expect(e?.facts.number, r.code).toBe(Number(r.number));
      expect(e?.facts.inOfficialTable, r.code).not.toBe(false);
      if (r.symbolic_name) expect(e?.facts.symbolicName, r.code).toBe(r.symbolic_name);
      expect(
        e?.sources.map((s) => s.url),
        r.code,
      ).toContain(r.official_url);
    }
  });

  it('has an entry for every HTTP status, with the registry’s reason phrase and status', () => {
    const rows = table('http-status.tsv');
    expect(missing(rows.map((r) => `http/${r.code}`))).toEqual([]);
    for (const r of rows) {
      const e = catalog.entry(`http/${r.code}`);
      expect(e?.facts.number, r.code).toBe(Number(r.code));
      expect(e?.facts.registered, r.code).toBe(r.registered);
      if (r.reason_phrase) expect(e?.facts.reasonPhrase, r.code).toBe(r.reason_phrase);
      if (r.registered === 'no')
        expect(`${e?.title} ${e?.summary}`.toLowerCase(), r.code).toMatch(/unofficial|not registered|non-standard|unregistered/);
    }
  });

  it('has all 17 gRPC codes, with their numbers and google.rpc.Code HTTP mappings', () => {
    const rows = table('grpc-status.tsv');
    expect(rows.length).toBe(17);
    for (const r of rows) {
      const e = catalog.entry(`grpc/${r.name}`);
      expect(e?.facts.number, r.name).toBe(Number(r.number));
      expect(e?.facts.httpMapping, r.name).toBe(Number(r.http_mapping));
    }
  });

  it('has every OAuth error, with every endpoint the table lists', () => {
    const rows = table('oauth-errors.tsv');
    const names = [...new Set(rows.map((r) => r.error ?? ''))];
    expect(missing(names.map((n) => `oauth/${n}`))).toEqual([]);
    for (const r of rows) {
      const endpoints = catalog.entry(`oauth/${r.error}`)?.facts.endpoints?.map((e) => e.endpoint) ?? [];
      expect(endpoints, `${r.error} at ${r.endpoint}`).toContain(r.endpoint);
    }
  });

  it('has every MSAL.js code, with its class, and legacy codes marked as such', () => {
    const rows = table('msal-js-errors.tsv');
    expect(missing([...new Set(rows.map((r) => `msal/${r.code}`))])).toEqual([]);
    for (const r of rows) {
      const e = catalog.entry(`msal/${r.code}`);
      expect(e?.facts.errorClass ?? '', r.code).toContain(r.error_class);
      // A code current in any package is current; legacy only when every row says so.
      const allLegacy = rows.filter((x) => x.code === r.code).every((x) => x.status === 'legacy');
      expect(e?.facts.status, r.code).toBe(allLegacy ? 'legacy' : 'current');
      if (allLegacy) expect(e?.facts.removedIn, r.code).toBeTruthy();
    }
  });
});

describe('the fact tables', () => {
  const shared = `${ROOT}../shared/data/`;
  it.runIf(existsSync(shared))('match the upstream copies they were taken from (no drift)', () => {
    for (const file of readdirSync(`${ROOT}facts`).filter((f) => f.endsWith('.tsv'))) {
      expect(readFileSync(`${ROOT}facts/${file}`, 'utf8'), file).toBe(readFileSync(shared + file, 'utf8'));
    }
  });
});
