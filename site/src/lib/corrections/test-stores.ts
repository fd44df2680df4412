// Test helper: a fresh, empty store of each kind the machine can run. Not part of the site.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { sqliteFile } from './open.js';

export type StoreKind = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL when DATABASE_URL is set (CI sets it; a CI run without it is an error, not a skip). */
export function storeKinds(): StoreKind[] {
  if (process.env.DATABASE_URL) return ['sqlite', 'postgres'];
  if (process.env.CI) throw new Error('DATABASE_URL is not set: CI must run the correction tests against PostgreSQL too (see .ci/run)');
  console.warn('errata: PostgreSQL correction tests skipped: DATABASE_URL is not set (.ci/postgres start DIR prints one)');
  return ['sqlite'];
}

export interface StoreEnv {
  kind: StoreKind;
  /** Environment for openStore() or a server process: it selects this store and no other. */
  env: Record<string, string>;
  /** Report ids read straight from the database, not through a server or a store. */
  ids(): Promise<string[]>;
  cleanup(): Promise<void>;
}

/** An empty store: a new temporary directory for SQLite, a new schema for PostgreSQL. */
export async function freshStoreEnv(kind: StoreKind): Promise<StoreEnv> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'errata-corrections-'));
    const env = { ERRATA_DATA_DIR: dir, DATABASE_URL: '' };
    return { kind, env, ids: async () => sqliteIds(sqliteFile(env)), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const base = process.env.DATABASE_URL as string;
  const schema = `errata_test_${randomBytes(6).toString('hex')}`;
  await withClient(base, (client) => client.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    kind,
    env: { DATABASE_URL: url.href },
    ids: () => withClient(base, async (client) => (await client.query(`SELECT id FROM ${schema}.corrections`)).rows.map((r) => r.id)),
    cleanup: () => withClient(base, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`)).then(() => {}),
  };
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Ids in a SQLite file, after an integrity check: a database that does not open cleanly throws. */
export function sqliteIds(file: string): string[] {
  const db = new DatabaseSync(file);
  try {
    const check = db.prepare('PRAGMA integrity_check').all();
    if (check.length !== 1 || check[0]?.integrity_check !== 'ok')
      throw new Error(`${file} fails its integrity check: ${JSON.stringify(check)}`);
    return db
      .prepare('SELECT id FROM corrections')
      .all()
      .map((row) => String(row.id));
  } finally {
    db.close();
  }
}
