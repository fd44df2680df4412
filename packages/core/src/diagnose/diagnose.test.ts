import { describe, expect, it } from 'vitest';
import { GOOD } from '../../test/fixture.js';
import { Catalog } from '../catalog/index.js';
import { loadContent } from '../loader/index.js';
import { diagnose } from './diagnose.js';
import { DiagnoseInputError } from './source.js';

const row = (user: string, code: number, minute = 0) =>
  JSON.stringify({
    createdDateTime: new Date(Date.UTC(2026, 10, 1, 10, minute)).toISOString(),
    userId: user,
    appId: 'demo',
    appDisplayName: 'Demo',
    status: { errorCode: code },
  });
const declined = Array.from({ length: 20 }, (_, i) => row(`u${i}`, i < 18 ? 65004 : 0)).join('\n');

describe('diagnose', () => {
  it('reads 18 of 20 users declining as tenant policy, with the entry title and link from the catalog', async () => {
    const report = await diagnose(declined, { catalog: new Catalog(loadContent(GOOD).data) });
    const [app] = report.apps;
    expect(app).toMatchObject({ appId: 'demo', appDisplayName: 'Demo', signIns: 20, users: 20, failedSignIns: 18 });
    expect(app?.failures[0]).toMatchObject({
      code: 65004,
      count: 18,
      users: 18,
      userFraction: 0.9,
      id: 'entra/AADSTS65004',
      link: '/errors/entra/AADSTS65004',
    });
    expect(app?.findings[0]).toMatchObject({ code: 65004, verdict: 'tenant-policy-or-scope-design', title: expect.any(String) });
    expect(report.summary).toMatchObject({
      signIns: 20,
      users: 20,
      apps: 1,
      findings: 1,
      verdicts: { 'tenant-policy-or-scope-design': 1 },
    });
  });

  it('merges several inputs of different formats into one report', async () => {
    const csv = `"Date (UTC)","User ID","Application ID ","Application","Sign-in error code"\n"2026-11-01T11:00:00Z","u99","demo","Demo","0"\n`;
    const report = await diagnose([
      { name: 'a.jsonl', data: declined },
      { name: 'b.csv', data: csv },
    ]);
    expect(report.summary.files.map((f) => [f.name, f.format, f.records])).toEqual([
      ['a.jsonl', 'jsonl', 20],
      ['b.csv', 'entra-csv', 1],
    ]);
    expect(report.apps[0]?.users).toBe(21);
  });

  it('reads past any amount of leading blank space, keeping line numbers', async () => {
    const report = await diagnose(`${' \n'.repeat(40_000)}${declined}\noops\n`);
    expect(report.summary.signIns).toBe(20);
    expect(report.summary.malformed.first[0]?.line).toBe(40_021);
  });

  it('gives an empty report for empty input', async () => {
    const report = await diagnose([
      { name: 'empty.json', data: '' },
      { name: 'blank.csv', data: '\n \n' },
    ]);
    expect(report.apps).toEqual([]);
    expect(report.summary).toMatchObject({ signIns: 0, findings: 0, files: [{ name: 'empty.json' }, { name: 'blank.csv' }] });
    expect(report.timeline.buckets).toBe(0);
  });

  it('refuses input in no known format, naming the input and listing the formats', async () => {
    await expect(diagnose({ name: 'notes.txt', data: 'hello, world\n' })).rejects.toThrow(
      /^notes.txt: not a sign-in log format Errata reads\. Accepted formats:\n {2}- Microsoft Graph/,
    );
    await expect(diagnose(new Uint8Array([0, 159, 146, 150]))).rejects.toThrow(DiagnoseInputError);
  });

  it('counts every malformed row but describes only the first few', async () => {
    const text = `${declined}\n${'oops\n'.repeat(25)}`;
    const report = await diagnose(text, { maxMalformedReported: 3 });
    expect(report.summary.malformed.count).toBe(25);
    expect(report.summary.malformed.first.map((m) => m.line)).toEqual([21, 22, 23]);
    expect(report.summary.signIns).toBe(20);
  });

  it('reports progress and takes thresholds', async () => {
    const seen: number[] = [];
    const report = await diagnose(declined, { thresholds: { policyShare: 0.95 }, onProgress: (p) => seen.push(p.bytes) });
    expect(seen.at(-1)).toBe(declined.length);
    expect(report.apps[0]?.findings[0]?.verdict).toBe('consent-ux-abandonment');
    await expect(diagnose(declined, { thresholds: { policyShare: 2 } })).rejects.toThrow(RangeError);
  });
});
