// A flood of correction reports on loopback must not stop the site: pages keep being served, every
// acknowledged report is stored. Bounded: a few seconds per store, 127.0.0.1 only.
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStoreEnv, type StoreEnv, storeKinds } from '../site/src/lib/corrections/test-stores.js';
import { type RunningServer, startServer } from './server.js';

const SECONDS = 4;
const CONNECTIONS = 32;
const REPORT = JSON.stringify({ target: 'http/429', problem: 'Load test: the page is fine, this is a flood.', suggestion: 'Nothing.' });

describe.each(storeKinds())('under a flood of reports (%s)', (kind) => {
  let store: StoreEnv;
  let server: RunningServer;
  beforeAll(async () => {
    store = await freshStoreEnv(kind);
    // The rate limit is off so that every post reaches the database: the worst case for the pages.
    server = await startServer({ ...store.env, ERRATA_RATE_LIMIT: '0' });
  });
  afterAll(async () => {
    await server?.stop();
    await store?.cleanup();
  });

  it('keeps serving pages, and stores every report it acknowledges', async () => {
    const [posts, pages] = await Promise.all([
      autocannon({
        url: `${server.url}/api/v1/corrections`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: REPORT,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 10,
      }),
      autocannon({
        url: server.url,
        // Static pages, a page rendered on demand, and the static JSON API.
        requests: [
          { path: '/errors/entra/AADSTS65004/' },
          { path: '/' },
          { path: '/corrections/?target=http/429' },
          { path: '/api/v1/errors/http/429.json' },
        ],
        connections: 4,
        duration: SECONDS,
        timeout: 5,
      }),
    ]);
    const summary = (r: typeof posts) =>
      `${r.requests.total} requests, ${Math.round(r.requests.average)}/s, latency p50 ${r.latency.p50} ms p99 ${r.latency.p99} ms max ${r.latency.max} ms, ` +
      `${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`;
    console.log(`[${kind}] posts: ${summary(posts)}\n[${kind}] pages: ${summary(pages)}`);

    // Pages: every request answered, none failed or timed out (5 s), and they kept coming all along. (How many
    // depends on the machine and on what else runs; the numbers are printed above, the floor is deliberately low.)
    expect({ errors: pages.errors, timeouts: pages.timeouts, non2xx: pages.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(pages['2xx']).toBeGreaterThan(5 * SECONDS);
    // Posts: the flood really reached the store; each 201 is a row, plus at most the requests still in flight
    // on each connection when the clock ran out (stored, but their answers not counted).
    expect(posts.errors + posts.non2xx).toBe(0);
    expect(posts['2xx']).toBeGreaterThan(10 * SECONDS);
    const rows = (await store.ids()).length;
    expect(rows).toBeGreaterThanOrEqual(posts['2xx']);
    expect(rows).toBeLessThanOrEqual(posts['2xx'] + CONNECTIONS);
  });
});
