// Compression by the real built server: what clients ask for, on what may be compressed, and nowhere else.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStoreEnv, type StoreEnv } from '../site/src/lib/corrections/test-stores.js';
import { type RunningServer, startServer } from './server.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose body comes back as sent, not decompressed (fetch would undo the encoding). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the server compresses what clients accept', () => {
  let store: StoreEnv;
  let server: RunningServer;
  beforeAll(async () => {
    store = await freshStoreEnv('sqlite');
    server = await startServer({ ...store.env, ERRATA_ADMIN_TOKEN: 'compression-test-token-0123456789' });
  });
  afterAll(async () => {
    await server?.stop();
    await store?.cleanup();
  });

  it('sends the browser search data with Brotli or gzip, the same bytes once decoded, much smaller', async () => {
    const url = `${server.url}/data/catalog-slim.json`;
    const plain = await get(url);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get(url, { 'accept-encoding': 'br' });
    const gzip = await get(url, { 'accept-encoding': 'gzip' });
    expect([br.headers['content-encoding'], gzip.headers['content-encoding']]).toEqual(['br', 'gzip']);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(br.body.byteLength).toBeLessThan(plain.body.byteLength / 4);
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(br.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('compresses pages and the JSON API', async () => {
    for (const path of ['/errors/http/429/', '/api/v1/index.json']) {
      const r = await get(`${server.url}${path}`, { 'accept-encoding': 'gzip' });
      expect([path, r.status, r.headers['content-encoding']]).toEqual([path, 200, 'gzip']);
      expect(gunzipSync(r.body).byteLength).toBeGreaterThan(r.body.byteLength);
    }
  });

  it('never compresses moderation or the corrections API, whatever the client accepts', async () => {
    const accept = { 'accept-encoding': 'gzip, br' };
    const admin = await get(`${server.url}/admin/corrections/?x=1`, accept);
    const api = await get(
      `${server.url}/api/v1/corrections`,
      { ...accept, 'content-type': 'application/json' },
      'POST',
      '{"nonsense":true}',
    );
    expect(admin.status).toBeLessThan(500);
    expect(api.status).toBe(400);
    for (const r of [admin, api]) expect(r.headers['content-encoding']).toBeUndefined();
  });
});
