// The corrections API and its safety rules, against the real built server and each store it can use.
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteFile } from '../site/src/lib/corrections/open.js';
import { freshStoreEnv, type StoreEnv, storeKinds } from '../site/src/lib/corrections/test-stores.js';
import { type RunningServer, startServer } from './server.js';

const TOKEN = 'api-test-admin-token-0123456789';
const REPORT = { target: 'http/429', problem: 'The page does not mention Retry-After.', suggestion: 'Say to honour Retry-After.' };

describe.each(storeKinds())('the corrections API on %s', (kind) => {
  let store: StoreEnv;
  let server: RunningServer;
  const api = (path = '/api/v1/corrections') => `${server.url}${path}`;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(api(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const asAdmin = (path: string, init: RequestInit = {}) =>
    fetch(api(path), { ...init, headers: { authorization: `Bearer ${TOKEN}`, ...init.headers } });

  beforeAll(async () => {
    store = await freshStoreEnv(kind);
    server = await startServer({ ...store.env, ERRATA_ADMIN_TOKEN: TOKEN, ERRATA_RATE_LIMIT: '1000' });
  });
  afterAll(async () => {
    await server?.stop();
    await store?.cleanup();
  });

  it('takes a JSON report: 201 with its id and where to find it', async () => {
    const response = await post({ ...REPORT, source: 'https://www.rfc-editor.org/rfc/rfc6585', contact: 'ana@example.com' });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ id: expect.stringMatching(/^[0-9a-f]{16}$/), status: 'new', target: 'http/429', createdAt: expect.any(String) });
    expect(response.headers.get('location')).toBe(`/api/v1/corrections/${body.id}`);
    expect(await store.ids()).toContain(body.id);
    const stored = await (await asAdmin(`/api/v1/corrections/${body.id}`)).json();
    expect(stored).toMatchObject({ ...REPORT, contact: 'ana@example.com', status: 'new' });
  });

  it('takes a form: 201 JSON for an API client, 303 to the thanks page for a browser', async () => {
    const form = new URLSearchParams({ ...REPORT, website: '' }).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const plain = await fetch(api(), { method: 'POST', headers, body: form });
    expect(plain.status).toBe(201);
    const browser = await fetch(api(), { method: 'POST', headers: { ...headers, accept: 'text/html' }, body: form, redirect: 'manual' });
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toMatch(/^\/corrections\/\?sent=[0-9a-f]{16}&target=http%2F429$/);
  });

  it.each([
    ['no target', { ...REPORT, target: undefined }, 400, 'target'],
    ['an unknown target', { ...REPORT, target: 'http/999' }, 400, 'target'],
    ['a short problem', { ...REPORT, problem: 'wrong' }, 400, 'problem'],
    ['no suggestion', { ...REPORT, suggestion: undefined }, 400, 'suggestion'],
    ['a javascript: source', { ...REPORT, source: 'javascript:alert(1)' }, 400, 'source'],
    ['a filled honeypot', { ...REPORT, website: 'http://spam.example' }, 400, 'website'],
    ['an unknown field', { ...REPORT, url: 'x' }, 400, 'url'],
    ['a huge body', { ...REPORT, problem: 'x'.repeat(20_000) }, 413, undefined],
  ])('refuses %s with a JSON error naming the field', async (_, body, status, field) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    const answer = await response.json();
    expect(answer.error).toEqual(expect.any(String));
    expect(answer.field).toBe(field);
  });

  it('refuses other content types and methods', async () => {
    const text = await fetch(api(), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect([text.status, (await text.json()).field]).toEqual([415, 'content-type']);
    const put = await fetch(api(), { method: 'PUT' });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, POST']);
  });

  it('refuses posts from other sites (Origin, Sec-Fetch-Site) but not from non-browser clients', async () => {
    const evil = await post(REPORT, { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({ field: 'origin', error: expect.stringContaining('https://evil.example') });
    expect((await post(REPORT, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post(REPORT, { origin: server.url })).status).toBe(201);
    const adminForm = await fetch(api('/admin/corrections/'), {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: `action=sign-in&token=${TOKEN}`,
    });
    expect(adminForm.status).toBe(403);
  });

  it('lists, shows and resolves reports only with the admin token', async () => {
    expect((await fetch(api())).status).toBe(401);
    const wrong = await fetch(api(), { headers: { authorization: 'Bearer not-the-token-at-all' } });
    expect([wrong.status, wrong.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="errata-moderation"']);
    const { id } = await (await post(REPORT)).json();
    const list = await (await asAdmin('/api/v1/corrections?status=new')).json();
    expect(list.corrections.map((r: { id: string }) => r.id)).toContain(id);
    expect(list.counts.new).toBeGreaterThan(0);
    expect((await asAdmin('/api/v1/corrections?status=done')).status).toBe(400);

    const patch = (body: unknown) =>
      asAdmin(`/api/v1/corrections/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect(await (await patch({ status: 'rejected' })).json()).toMatchObject({ field: 'reason' });
    const resolved = await patch({ status: 'rejected', reason: 'the page says so in Fixes' });
    expect(await resolved.json()).toMatchObject({ id, status: 'rejected', reason: 'the page says so in Fixes' });
    const again = await patch({ status: 'accepted' });
    expect([again.status, (await again.json()).error]).toEqual([409, `report ${id} is already rejected`]);
    expect((await asAdmin('/api/v1/corrections/ffffffffffffffff')).status).toBe(404);
    const unauthorised = await fetch(api(`/api/v1/corrections/${id}`), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: '{"status":"accepted"}',
    });
    expect(unauthorised.status).toBe(401);
  });

  it('puts the security headers on every response: static files, pages, API answers, errors', async () => {
    const asset = readdirSync(new URL('../site/dist/client/_astro/', import.meta.url)).find((f) => f.endsWith('.js'));
    for (const path of [
      '/',
      '/errors/http/429/',
      `/_astro/${asset}`,
      '/api/v1/index.json',
      '/api/v1/corrections',
      '/no/such/page/',
      '/search/?q=429',
    ]) {
      const response = await fetch(api(path));
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toMatch(/https?:\/\//);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });
});

describe('the corrections API without an admin token', () => {
  let store: StoreEnv;
  let server: RunningServer;
  beforeAll(async () => {
    store = await freshStoreEnv('sqlite');
    server = await startServer({ ...store.env, ERRATA_ADMIN_TOKEN: '', ERRATA_RATE_LIMIT: '3' });
  });
  afterAll(async () => {
    await server?.stop();
    await store?.cleanup();
  });

  it('created its database when it started, before any report', async () => {
    expect(existsSync(sqliteFile(store.env))).toBe(true);
    expect(await (await fetch(`${server.url}/api/v1/health`)).json()).toEqual({ ok: true });
  });

  it('still takes reports, and says moderation is off', async () => {
    const answer = await fetch(`${server.url}/api/v1/corrections`, { headers: { authorization: 'Bearer anything-at-all-here' } });
    expect(answer.status).toBe(503);
    expect((await answer.json()).error).toContain('ERRATA_ADMIN_TOKEN is not set');
    const page = await fetch(`${server.url}/admin/corrections/`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('Moderation is off');
  });

  it('limits each client to ERRATA_RATE_LIMIT reports, with Retry-After', async () => {
    const send = () =>
      fetch(`${server.url}/api/v1/corrections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(REPORT),
      });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await send()).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const limited = await send();
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error).toContain('too many reports');
  });
});

describe('the corrections API when its database cannot be reached', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none', ERRATA_ADMIN_TOKEN: TOKEN }, { storeMustOpen: false });
  });
  afterAll(() => server?.stop());

  it('says so at start, and answers 503 instead of failing inside', async () => {
    expect(server.output()).toContain('the corrections store is not ready');
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(503);
    const post = await fetch(`${server.url}/api/v1/corrections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(REPORT),
    });
    expect([post.status, (await post.json()).error]).toEqual([503, 'reports cannot be stored or read right now; try again later']);
    const form = await fetch(`${server.url}/api/v1/corrections`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams(REPORT).toString(),
    });
    expect(form.status).toBe(503);
    expect(await form.text()).toContain('reports cannot be stored or read right now');
    expect((await fetch(`${server.url}/errors/http/429/`)).status).toBe(200);
  });

  it.skipIf(!existsSync('/proc/self'))('fails, and does not hang, on a data folder that cannot be made', async () => {
    const bad = await startServer({ ERRATA_DATA_DIR: '/proc/errata-cannot-live-here', DATABASE_URL: '' }, { storeMustOpen: false });
    try {
      expect(bad.output()).toContain('cannot open the corrections database /proc/errata-cannot-live-here/corrections.sqlite');
      expect((await fetch(`${bad.url}/api/v1/health`)).status).toBe(503);
    } finally {
      await bad.stop();
    }
  });
});

describe('guessing the admin token', () => {
  let store: StoreEnv;
  let server: RunningServer;
  beforeAll(async () => {
    store = await freshStoreEnv('sqlite');
    server = await startServer({ ...store.env, ERRATA_ADMIN_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.stop();
    await store?.cleanup();
  });

  it('is stopped after ten wrong tokens: then even the right one is refused for a while', async () => {
    const list = (token: string) => fetch(`${server.url}/api/v1/corrections`, { headers: { authorization: `Bearer ${token}` } });
    expect((await list(TOKEN)).status).toBe(200);
    const wrong = [];
    for (let i = 0; i < 11; i++) wrong.push((await list(`wrong-guess-number-${i}`)).status);
    expect(wrong).toEqual([...Array(10).fill(401), 429]);
    const right = await list(TOKEN);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    const page = await fetch(`${server.url}/admin/corrections/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `action=sign-in&token=${TOKEN}`,
      redirect: 'manual',
    });
    expect(page.status).toBe(429);
  });
});
