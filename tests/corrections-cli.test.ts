// `errata corrections` against the real built server, for each store the machine can run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStoreEnv, type StoreEnv, storeKinds } from '../site/src/lib/corrections/test-stores.js';
import { errata, errataJson } from './cli.js';
import { type RunningServer, startServer } from './server.js';

const TOKEN = 'cli-test-admin-token-0123456789';

describe.each(storeKinds())('errata corrections on %s', (kind) => {
  let store: StoreEnv;
  let server: RunningServer;
  let ids: string[] = [];
  const cli = (args: string[], token = TOKEN) =>
    errata(['corrections', ...args, '--url', server.url], { env: { ERRATA_ADMIN_TOKEN: token } });

  beforeAll(async () => {
    store = await freshStoreEnv(kind);
    server = await startServer({ ...store.env, ERRATA_ADMIN_TOKEN: TOKEN });
    ids = [];
    for (const problem of ['The 429 page misses Retry-After.', '<b>Markup</b> is kept as text, not rendered.']) {
      const response = await fetch(`${server.url}/api/v1/corrections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ target: 'http/429', problem, suggestion: 'Mention it.', contact: 'ana@example.com' }),
      });
      ids.push((await response.json()).id);
    }
  });
  afterAll(async () => {
    await server?.stop();
    await store?.cleanup();
  });

  it('lists new reports, newest first, as text and as JSON', () => {
    const text = cli(['list']);
    expect(text.code).toBe(0);
    expect(text.stdout.indexOf(ids[1] as string)).toBeLessThan(text.stdout.indexOf(ids[0] as string));
    expect(text.stdout).toContain('2 shown · new 2, accepted 0, rejected 0');
    const json = errataJson<{ corrections: { id: string }[]; counts: object }>(['corrections', 'list', '--json', '--url', server.url], {
      env: { ERRATA_ADMIN_TOKEN: TOKEN },
    });
    expect(json.data.corrections.map((r) => r.id)).toEqual([...ids].reverse());
    expect(json.data.counts).toEqual({ new: 2, accepted: 0, rejected: 0 });
  });

  it('shows one report, and exits 1 for an id nobody has', () => {
    const shown = cli(['show', ids[0] as string]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('The 429 page misses Retry-After.');
    expect(shown.stdout).toContain('ana@example.com');
    expect(cli(['show', ids[1] as string]).stdout).toContain('<b>Markup</b> is kept as text, not rendered.');
    const missing = cli(['show', 'ffffffffffffffff']);
    expect([missing.code, missing.stderr.trim()]).toEqual([1, 'errata: no report has the id ffffffffffffffff']);
  });

  it('accepts and rejects, once, and a rejection needs a reason', () => {
    const noReason = cli(['resolve', ids[1] as string, 'reject']);
    expect([noReason.code, noReason.stderr]).toEqual([2, expect.stringContaining('add --reason')]);
    expect(cli(['resolve', ids[0] as string, 'accepted', '--reason', 'added Retry-After']).stdout).toBe(
      `report ${ids[0]} accepted: added Retry-After\n`,
    );
    const again = cli(['resolve', ids[0] as string, 'rejected', '--reason', 'no']);
    expect([again.code, again.stderr]).toEqual([2, `errata: the server refused (409): report ${ids[0]} is already accepted\n`]);
    expect(cli(['resolve', ids[1] as string, 'reject', '--reason', 'already said']).code).toBe(0);
    expect(cli(['list', '--status', 'rejected']).stdout).toContain(ids[1]);
    expect(cli(['list']).stdout).toContain('0 shown · new 0, accepted 1, rejected 1');
  });

  it('says what is wrong: no token, a wrong token, bad usage, no server', () => {
    expect(cli(['list'], '')).toMatchObject({ code: 2, stderr: expect.stringContaining('set ERRATA_ADMIN_TOKEN') });
    expect(cli(['list'], 'a-wrong-token-of-some-length')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('(401): the admin token is wrong'),
    });
    expect(cli(['list', '--status', 'done'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--status is new, accepted') });
    expect(cli(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('expected list, show <id> or resolve') });
    const down = errata(['corrections', 'list', '--url', 'http://127.0.0.1:9'], { env: { ERRATA_ADMIN_TOKEN: TOKEN } });
    expect(down).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot reach the Errata server at http://127.0.0.1:9') });
  });
});
