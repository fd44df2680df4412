import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli.js';

/**
 * The published library promises Node 20 (and browsers): its runtime paths use nothing newer. The project
 * itself runs on its pinned Node 24, so this test finds the machine's own older Node and runs the built
 * library there, as an app on Node 20 would.
 */
const SYSTEM_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => existsSync(p));
const version = SYSTEM_NODE ? spawnSync(SYSTEM_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';

const script = `
import { readFileSync } from 'node:fs';
const dist = ${JSON.stringify(`${ROOT}packages/core/dist/`)};
const { Decoder } = await import(dist + 'decode/index.js');
const { Classifier } = await import(dist + 'classify/index.js');
const { readSummary } = await import(dist + 'summary/index.js');
const { parseRetryAfter } = await import(dist + 'retry/index.js');
const { Catalog } = await import(dist + 'catalog/index.js');
const { Search } = await import(dist + 'search/index.js');
const { diagnose } = await import(dist + 'diagnose/index.js');
const summary = readSummary(JSON.parse(readFileSync(${JSON.stringify(`${ROOT}packages/core/data/summary.json`)}, 'utf8')));
const catalog = new Catalog(JSON.parse(readFileSync(${JSON.stringify(`${ROOT}packages/core/data/catalog.json`)}, 'utf8')));
const log = Array.from({ length: 20 }, (_, i) => JSON.stringify({ createdDateTime: '2026-11-01T10:00:00Z', userPrincipalName: 'u' + i + '@contoso.example', userId: 'u' + i, appId: 'a', appDisplayName: 'App', status: { errorCode: i < 18 ? 65004 : 0 }, isInteractive: true })).join('\\n');
const report = await diagnose({ name: 'log.jsonl', data: log });
console.log(JSON.stringify({
  decoded: new Decoder(summary).decode('error=access_denied&error_description=AADSTS65004%3a+x HTTP/1.1 503').map((m) => m.id),
  retry: new Classifier(summary).classify({ status: 429, headers: { 'retry-after': '7' } }).retry.afterMs,
  parsed: parseRetryAfter('120'),
  searched: new Search(catalog).search('DeadlineExceeded', { limit: 1 })[0]?.id,
  verdicts: report.apps.flatMap((a) => a.findings.map((f) => f.verdict)),
}));
`;

describe('the library on the machine’s older Node', () => {
  it.runIf(version.startsWith('v20.') || version.startsWith('v21.'))(
    `runs decode, classify, retry, search and diagnose on ${version}`,
    () => {
      const r = spawnSync(SYSTEM_NODE as string, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual({
        decoded: ['oauth/access_denied', 'entra/AADSTS65004', 'http/503'],
        retry: 7000,
        parsed: 120_000,
        searched: 'grpc/DEADLINE_EXCEEDED',
        verdicts: ['tenant-policy-or-scope-design'],
      });
    },
  );
});
