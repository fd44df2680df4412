import { DatabaseSync } from 'node:sqlite';
import type { CorrectionInput } from 'errata/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, sqliteFile } from './open.js';
import type { CorrectionStore } from './store.js';
import { freshStoreEnv, type StoreEnv, storeKinds } from './test-stores.js';

const report = (n: number, extra: Partial<CorrectionInput> = {}): CorrectionInput => ({
  target: 'entra/AADSTS65004',
  problem: `Problem number ${n} with the page.`,
  suggestion: `Suggestion ${n}.`,
  ...extra,
});

describe.each(storeKinds())('the %s correction store', (kind) => {
  let setup: StoreEnv;
  let store: CorrectionStore;
  beforeEach(async () => {
    setup = await freshStoreEnv(kind);
    store = await openStore(setup.env);
  });
  afterEach(async () => {
    await store.close();
    await setup.cleanup();
  });

  it('is the store the environment asks for', () => expect(store.kind).toBe(kind));

  it('keeps every field exactly, visitor text included', async () => {
    const hostile = '<img src=x onerror=alert(1)> "quotes" \'single\' & ampersands; ünïcödé 🙂\nsecond line\ttab';
    const added = await store.add(report(1, { problem: hostile, source: 'https://example.com/a?b=1&c=2', contact: 'ana@example.com' }));
    expect(added).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{16}$/),
      target: 'entra/AADSTS65004',
      problem: hostile,
      suggestion: 'Suggestion 1.',
      source: 'https://example.com/a?b=1&c=2',
      contact: 'ana@example.com',
      status: 'new',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(await store.get(added.id)).toEqual(added);
    expect(await store.get('0000000000000000')).toBeUndefined();
  });

  it('lists newest first, by status, up to a limit, and counts', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push((await store.add(report(n))).id);
    expect((await store.list()).map((r) => r.id)).toEqual([...ids].reverse());
    expect((await store.list({ limit: 2 })).map((r) => r.id)).toEqual([ids[4], ids[3]]);
    await store.resolve(ids[1] as string, { status: 'rejected', reason: 'the page already says so' });
    expect((await store.list({ status: 'rejected' })).map((r) => r.id)).toEqual([ids[1]]);
    expect((await store.list({ status: 'new' })).map((r) => r.id)).not.toContain(ids[1]);
    expect(await store.counts()).toEqual({ new: 4, accepted: 0, rejected: 1 });
  });

  it('resolves a report once: new → accepted, then a second decision is a conflict', async () => {
    const { id } = await store.add(report(1));
    const first = await store.resolve(id, { status: 'accepted', reason: 'fixed the cause list' });
    expect(first).toEqual({
      resolved: expect.objectContaining({ id, status: 'accepted', reason: 'fixed the cause list', resolvedAt: expect.any(String) }),
    });
    expect(await store.resolve(id, { status: 'rejected', reason: 'changed my mind' })).toEqual({
      conflict: expect.objectContaining({ status: 'accepted' }),
    });
    expect(await store.resolve('ffffffffffffffff', { status: 'accepted' })).toEqual({ missing: true });
  });

  it('lets exactly one of two simultaneous decisions win', async () => {
    const { id } = await store.add(report(1));
    const results = await Promise.all([store.resolve(id, { status: 'accepted' }), store.resolve(id, { status: 'rejected', reason: 'no' })]);
    expect(results.filter((r) => 'resolved' in r)).toHaveLength(1);
    expect(results.filter((r) => 'conflict' in r)).toHaveLength(1);
  });

  it('keeps every one of many reports written at once, and keeps them after reopening', async () => {
    const added = await Promise.all(Array.from({ length: 60 }, (_, n) => store.add(report(n))));
    expect(new Set(added.map((r) => r.id)).size).toBe(60);
    await store.close();
    store = await openStore(setup.env);
    const listed = await store.list({ limit: 1000 });
    expect(listed.map((r) => r.id).sort()).toEqual(added.map((r) => r.id).sort());
  });

  if (kind === 'sqlite') {
    it('says which file it cannot open, and why', async () => {
      // ERRATA_DATA_DIR names a file, not a folder.
      const notADir = sqliteFile(setup.env);
      await expect(openStore({ ERRATA_DATA_DIR: notADir })).rejects.toThrow(
        `cannot open the corrections database ${notADir}/corrections.sqlite (ERRATA_DATA_DIR): EEXIST`,
      );
    });

    it('creates its file on first use, in WAL mode', () => {
      const db = new DatabaseSync(sqliteFile(setup.env), { readOnly: true });
      expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
      expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 });
      db.close();
    });
  }
});
