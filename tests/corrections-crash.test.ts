// kill -9 the real server while reports are being written, many times: every report it acknowledged (201)
// must be in the database afterwards, the database must open cleanly, and the restarted server must work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStoreEnv, type StoreEnv, storeKinds } from '../site/src/lib/corrections/test-stores.js';
import { type RunningServer, startServer } from './server.js';

const TOKEN = 'crash-test-admin-token-0123456789';
const WRITERS = 16;
const ROUNDS = { sqlite: 8, postgres: 4 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts reports one after another until the server goes away; returns the ids it acknowledged. */
async function writer(url: string, n: number, acked: Set<string>): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      const response = await fetch(`${url}/api/v1/corrections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ target: 'grpc/DEADLINE_EXCEEDED', problem: `Crash test writer ${n}, report ${i}.`, suggestion: 'None.' }),
      });
      if (response.status !== 201) throw new Error(`unexpected ${response.status}: ${await response.text()}`);
      acked.add((await response.json()).id);
    } catch (error) {
      // The server was killed: the request (or the answer) was cut off. Anything else is a real failure.
      if ((error as Error).message.startsWith('unexpected')) throw error;
      return;
    }
  }
}

describe.each(storeKinds())('kill -9 during writes (%s)', (kind) => {
  let store: StoreEnv;
  let server: RunningServer | undefined;
  const env = () => ({ ...store.env, ERRATA_RATE_LIMIT: '0', ERRATA_ADMIN_TOKEN: TOKEN });
  beforeAll(async () => {
    store = await freshStoreEnv(kind);
  });
  afterAll(async () => {
    await server?.stop();
    await store?.cleanup();
  });

  it('loses no acknowledged report, and the database opens cleanly after every crash', async () => {
    const acked = new Set<string>();
    const perRound: number[] = [];
    for (let round = 0; round < ROUNDS[kind]; round++) {
      server = await startServer(env());
      const before = acked.size;
      const writers = Array.from({ length: WRITERS }, (_, n) => writer((server as RunningServer).url, n, acked));
      // Kill at a random moment once writes are flowing (a slow machine may take a while to answer the first one).
      const flowing = Date.now();
      while (acked.size - before < 5 && Date.now() - flowing < 15_000) await sleep(10);
      await sleep(Math.random() * 400);
      await server.kill9();
      await Promise.all(writers);
      perRound.push(acked.size - before);
      // Straight from the database (for SQLite: after PRAGMA integrity_check, which also replays the WAL).
      const stored = new Set(await store.ids());
      const lost = [...acked].filter((id) => !stored.has(id));
      expect(lost, `round ${round}: acknowledged but missing`).toEqual([]);
    }
    console.log(`[${kind}] ${ROUNDS[kind]} crashes, acknowledged per round: ${perRound.join(', ')} (${acked.size} in all)`);
    expect(perRound.every((n) => n > 0)).toBe(true);

    // The server starts again on the same data and answers with everything.
    server = await startServer(env());
    const list = await (
      await fetch(`${server.url}/api/v1/corrections?status=new&limit=1000`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).json();
    expect(list.counts.new).toBeGreaterThanOrEqual(acked.size);
    const after = await fetch(`${server.url}/api/v1/corrections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ target: 'grpc/DEADLINE_EXCEEDED', problem: 'After the last crash, a new report.', suggestion: 'None.' }),
    });
    expect(after.status).toBe(201);
  });
});
