import { resolve } from 'node:path';
import type { CorrectionStore } from './store.js';

/** The SQLite file under ERRATA_DATA_DIR (default ./data, from the server's working directory). */
export const sqliteFile = (env: NodeJS.ProcessEnv = process.env) => resolve(env.ERRATA_DATA_DIR || 'data', 'corrections.sqlite');

/** PostgreSQL when DATABASE_URL is set, otherwise SQLite; each driver is loaded only when chosen. */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<CorrectionStore> {
  if (env.DATABASE_URL) return (await import('./postgres.js')).PostgresStore.open(env.DATABASE_URL);
  return (await import('./sqlite.js')).SqliteStore.open(sqliteFile(env));
}

/** Where reports go, for the server log: never the password. */
export function describeStore(env: NodeJS.ProcessEnv = process.env): string {
  if (!env.DATABASE_URL) return `SQLite at ${sqliteFile(env)}`;
  try {
    const url = new URL(env.DATABASE_URL);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

let shared: Promise<CorrectionStore> | undefined;

/** The server's one store, opened on first use (server.mjs asks at start); a failed open is retried on the next request. */
export function corrections(): Promise<CorrectionStore> {
  shared ??= openStore().then(
    (store) => {
      console.log(`errata: correction reports go to ${describeStore()}`);
      return store;
    },
    (error) => {
      shared = undefined;
      throw error;
    },
  );
  return shared;
}

/** The store, or undefined when it cannot be opened (logged; the caller answers 503). */
export async function correctionsOrNothing(): Promise<CorrectionStore | undefined> {
  try {
    return await corrections();
  } catch (error) {
    console.error(`errata: ${(error as Error).message}`);
    return undefined;
  }
}

export const STORE_DOWN = 'reports cannot be stored or read right now; try again later';
