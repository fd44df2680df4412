import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMATS, type FormatName, graphPages, jsonLines } from '../packages/core/test/signin-formats.js';
import { generateSignIns } from '../packages/core/test/signin-generator.js';
import { errata, errataJson } from './cli.js';

interface Report {
  summary: {
    signIns: number;
    findings: number;
    files: { name: string; format?: string; gzip: boolean }[];
    malformed: { count: number; first: { file: string; line: number; reason: string }[] };
  };
  apps: {
    appId: string;
    appDisplayName: string;
    signIns: number;
    users: number;
    failures: { code: number; count: number; users: number; userFraction: number }[];
    findings: { code: number; verdict: string; evidence: string; link: string }[];
  }[];
}

const dir = mkdtempSync(join(tmpdir(), 'errata-diagnose-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

const log = generateSignIns({ seed: 11 });
const truth = Object.fromEntries(log.apps.map((a) => [a.appId, a.expected.map((e) => `${e.code} ${e.verdict}`).sort()]));
const readings = (r: Report) => Object.fromEntries(r.apps.map((a) => [a.appId, a.findings.map((f) => `${f.code} ${f.verdict}`).sort()]));

describe('errata diagnose --json on every input format', () => {
  it.each(Object.keys(FORMATS) as FormatName[])('gives the planted verdicts for %s', (format) => {
    const path = file(`signins-${format}.log`, FORMATS[format](log.records));
    const { code, data } = errataJson<Report>(['diagnose', path, '--json']);
    expect(code).toBe(0);
    expect(data.summary.signIns).toBe(log.records.length);
    expect(data.summary.malformed.count).toBe(0);
    expect(readings(data)).toEqual(truth);
    for (const app of data.apps) {
      expect(app).toMatchObject({
        appId: expect.any(String),
        appDisplayName: expect.any(String),
        signIns: expect.any(Number),
        users: expect.any(Number),
      });
      for (const f of app.findings) expect(f.link).toBe(`/errors/entra/AADSTS${f.code}`);
    }
  });

  it('merges the pages of a paged Graph export given as several files', () => {
    const pages = graphPages(log.records, 2500).map((page, i) => file(`page-${i + 1}.json`, page));
    expect(pages.length).toBeGreaterThan(2);
    const { code, data } = errataJson<Report>(['diagnose', ...pages, '--json']);
    expect(code).toBe(0);
    expect(data.summary.files).toHaveLength(pages.length);
    expect(data.summary.signIns).toBe(log.records.length);
    expect(readings(data)).toEqual(truth);
  });

  it('reads gzip from a file and from stdin', () => {
    const gz = gzipSync(jsonLines(log.records));
    const fromFile = errataJson<Report>(['diagnose', file('signins.jsonl.gz', gz), '--json']);
    expect(fromFile.data.summary.files[0]).toMatchObject({ format: 'jsonl', gzip: true });
    expect(readings(fromFile.data)).toEqual(truth);
    const fromStdin = errataJson<Report>(['diagnose', '-', '--json'], { input: gz });
    expect(fromStdin.code).toBe(0);
    expect(readings(fromStdin.data)).toEqual(truth);
  });

  it('reads 18 of 20 users declining consent as tenant policy or scope design', () => {
    const rows = Array.from({ length: 20 }, (_, i) =>
      JSON.stringify({
        createdDateTime: '2026-11-01T10:00:00Z',
        userId: `u${i}`,
        appId: 'demo-app',
        appDisplayName: 'Demo',
        status: { errorCode: i < 18 ? 65004 : 0 },
      }),
    );
    const { data } = errataJson<Report>(['diagnose', '-', '--json'], { input: rows.join('\n') });
    expect(data.apps[0]?.failures[0]).toMatchObject({ code: 65004, count: 18, users: 18, userFraction: 0.9 });
    expect(data.apps[0]?.findings.map((f) => f.verdict)).toEqual(['tenant-policy-or-scope-design']);
  });
});

describe('errata diagnose on bad input', () => {
  it('counts malformed rows, names the first few with their lines, and still reports', () => {
    const lines = jsonLines(log.records).split('\n');
    lines.splice(3, 0, '{"createdDateTime": "2026-11-01T10:00:00Z", "status": {"errorCode": 0}', 'not json at all');
    lines.splice(10, 0, '{"createdDateTime": "yesterday", "status": {"errorCode": 65004}}', '[1, 2]');
    const { code, data } = errataJson<Report>(['diagnose', file('broken.jsonl', lines.join('\n')), '--json']);
    expect(code).toBe(0);
    // The array's two elements are each a row that is not a sign-in.
    expect(data.summary.malformed.count).toBe(5);
    expect(data.summary.malformed.first.map((m) => m.line)).toEqual([4, 5, 11, 12, 12]);
    expect(data.summary.malformed.first[2]?.reason).toContain('createdDateTime');
    expect(readings(data)).toEqual(truth);
  });

  it('reports an empty file as an empty report', () => {
    const { code, data } = errataJson<Report>(['diagnose', file('empty.json', ''), '--json']);
    expect(code).toBe(0);
    expect(data.summary).toMatchObject({ signIns: 0, findings: 0 });
    expect(data.apps).toEqual([]);
    expect(errata(['diagnose', file('blank.csv', '\n\n')]).stdout).toContain('empty report');
  });

  it('refuses an unknown format with exit 2, listing the formats it reads and printing nothing on stdout', () => {
    const r = errata(['diagnose', file('notes.txt', 'Dear admin,\nusers cannot sign in.\n'), '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('notes.txt: not a sign-in log format Errata reads');
    expect(r.stderr).toContain('Entra admin center download: CSV');
    const binary = errata(['diagnose', file('random.bin', Buffer.from([0, 1, 2, 3, 255, 0, 9]))]);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain('binary data');
  });

  it('exits 2 for a missing file, a bad flag value, or --kql with a file', () => {
    expect(errata(['diagnose', join(dir, 'nope.json')]).stderr).toContain('no such file');
    expect(errata(['diagnose', join(dir, 'nope.json')]).code).toBe(2);
    const bad = errata(['diagnose', file('x.jsonl', '{}'), '--policy-share', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--policy-share');
    expect(errata(['diagnose', '--min-users', 'three', file('y.jsonl', '{}')]).code).toBe(2);
    expect(errata(['diagnose', '--kql', file('z.jsonl', '{}')]).code).toBe(2);
    expect(errata(['diagnose', '--threads', '0', file('t.jsonl', '{}')]).code).toBe(2);
    expect(errata(['diagnose', '--threads', '65', file('t.jsonl', '{}')]).stderr).toContain('--threads takes at most 64');
  });
});

describe('errata diagnose on a large JSON-lines file', () => {
  // Past 16 MB a JSON-lines file is cut into pieces read on worker threads; the report must not change.
  const big = generateSignIns({ seed: 5, users: 1000 });
  const lines = jsonLines(big.records).split('\n');
  const bad = ['{"createdDateTime": oops', 'not json at all', '{"status":{"errorCode":0}}'];
  for (const [i, row] of bad.entries()) lines.splice(Math.floor(((i + 1) * lines.length) / 4), 0, row);
  const path = file('big.jsonl', lines.join('\n'));

  it('gives the same report on one thread and on several, malformed rows numbered from the file start', () => {
    expect(readFileSync(path).byteLength).toBeGreaterThan(16 << 20);
    const one = errata(['diagnose', path, '--json', '--threads', '1']);
    const three = errata(['diagnose', path, '--json', '--threads', '3']);
    expect([one.code, three.code]).toEqual([0, 0]);
    expect(three.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout) as Report;
    expect(report.summary.signIns).toBe(big.records.length);
    expect(report.summary.malformed.first.map((m) => m.line)).toEqual(bad.map((row) => lines.indexOf(row) + 1));
    expect(readings(report)).toEqual(
      Object.fromEntries(big.apps.map((a) => [a.appId, a.expected.map((e) => `${e.code} ${e.verdict}`).sort()])),
    );
  });
});

describe('errata diagnose output', () => {
  const path = file('signins.jsonl', jsonLines(log.records));

  it('prints a terminal report with the summary first and no colour when piped', () => {
    const r = errata(['diagnose', path]);
    expect(r.code).toBe(0);
    const summary = r.stdout.indexOf('SUMMARY');
    expect(r.stdout.split('\n')[0]).toContain('Sign-in log diagnosis');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(r.stdout.indexOf('FINDINGS'));
    for (const text of [
      'Contoso Expense Insights',
      'tenant policy or scope design',
      'consent ux abandonment',
      'errata show entra/AADSTS65004',
    ])
      expect(r.stdout).toContain(text);
    expect(r.stdout).not.toContain(String.fromCharCode(27));
    expect(r.stderr).toBe('');
  });

  it('exits 1 with --fail-on-findings when there are findings, 0 when there are none', () => {
    expect(errata(['diagnose', path, '--fail-on-findings']).code).toBe(1);
    const calm = log.records.filter((r) => r.appDisplayName === 'Microsoft Teams');
    expect(errata(['diagnose', file('teams.jsonl', jsonLines(calm)), '--fail-on-findings']).code).toBe(0);
  });

  it('takes thresholds as flags and reports the ones it used', () => {
    const { data } = errataJson<Report & { summary: { thresholds: Record<string, number> } }>([
      'diagnose',
      path,
      '--json',
      '--policy-share',
      '0.95',
    ]);
    expect(data.summary.thresholds.policyShare).toBe(0.95);
    const expense = data.apps.find((a) => a.appDisplayName === 'Contoso Expense Insights');
    // 85% of users declining is under a 95% bar: no longer read as policy, but as (much) abandonment.
    expect(expense?.findings.map((f) => f.verdict)).toEqual(['consent-ux-abandonment']);
  });

  it('writes a self-contained HTML report with its charts', () => {
    const html = join(dir, 'report.html');
    const r = errata(['diagnose', path, '--html', html]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`HTML report written to ${html}`);
    const page = readFileSync(html, 'utf8');
    for (const chart of ['timeline', 'apps', 'codes']) expect(page).toContain(`data-chart="${chart}"`);
    expect(page).not.toMatch(/<script|<link|src="http/);
  });

  it('prints the Kusto query, thresholds included', () => {
    const r = errata(['diagnose', '--kql', '--days', '7', '--min-users', '5']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('let lookback = 7d;');
    expect(r.stdout).toContain('let minUsers = 5;');
    expect(r.stdout).toContain('union isfuzzy=true SigninLogs, AADNonInteractiveUserSignInLogs');
  });
});
