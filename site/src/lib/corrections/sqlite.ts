import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Correction, CorrectionInput, CorrectionResolution, CorrectionStatus } from 'errata/schema';
import { type CorrectionStore, DEFAULT_LIST_LIMIT, fromRow, type ListOptions, newRow, type ResolveResult, type Row } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS corrections (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  target TEXT NOT NULL,
  problem TEXT NOT NULL,
  suggestion TEXT NOT NULL,
  source TEXT,
  contact TEXT,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'rejected')),
  reason TEXT,
  created_at TEXT NOT NULL,
  resolved_at TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS corrections_by_status ON corrections (status, seq);
PRAGMA user_version = 1;`;

/**
 * Reports in one SQLite file, created on first use. WAL lets readers and the writer work at once;
 * synchronous=FULL syncs the log on every commit, so an acknowledged report survives a crash or power cut.
 * node:sqlite is synchronous, which is fine here: each statement is a single-row write or a small read.
 */
export class SqliteStore implements CorrectionStore {
  readonly kind = 'sqlite';
  private constructor(private readonly db: DatabaseSync) {}

  static open(file: string): SqliteStore {
    let db: DatabaseSync | undefined;
    try {
      makeDirectory(dirname(file));
      db = new DatabaseSync(file, { timeout: 5000 });
      db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
      db.exec(`BEGIN IMMEDIATE; ${SCHEMA} COMMIT;`);
      return new SqliteStore(db);
    } catch (error) {
      if (db?.isOpen) db.close();
      throw new Error(`cannot open the corrections database ${file} (ERRATA_DATA_DIR): ${(error as Error).message}`);
    }
  }

  async add(input: CorrectionInput): Promise<Correction> {
    const row = this.db
      .prepare(
        'INSERT INTO corrections (id, target, problem, suggestion, source, contact, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *',
      )
      .get(...newRow(input));
    return fromRow(row as unknown as Row);
  }

  async get(id: string): Promise<Correction | undefined> {
    const row = this.db.prepare('SELECT * FROM corrections WHERE id = ?').get(id);
    return row ? fromRow(row as unknown as Row) : undefined;
  }

  async list({ status, limit = DEFAULT_LIST_LIMIT }: ListOptions = {}): Promise<Correction[]> {
    const rows = status
      ? this.db.prepare('SELECT * FROM corrections WHERE status = ? ORDER BY seq DESC LIMIT ?').all(status, limit)
      : this.db.prepare('SELECT * FROM corrections ORDER BY seq DESC LIMIT ?').all(limit);
    return rows.map((row) => fromRow(row as unknown as Row));
  }

  async counts(): Promise<Record<CorrectionStatus, number>> {
    const counts = { new: 0, accepted: 0, rejected: 0 };
    for (const row of this.db.prepare('SELECT status, count(*) AS n FROM corrections GROUP BY status').all()) {
      counts[row.status as CorrectionStatus] = Number(row.n);
    }
    return counts;
  }

  async resolve(id: string, { status, reason }: CorrectionResolution): Promise<ResolveResult> {
    const row = this.db
      .prepare("UPDATE corrections SET status = ?, reason = ?, resolved_at = ? WHERE id = ? AND status = 'new' RETURNING *")
      .get(status, reason ?? null, new Date().toISOString(), id);
    if (row) return { resolved: fromRow(row as unknown as Row) };
    const current = await this.get(id);
    return current ? { conflict: current } : { missing: true };
  }

  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close();
  }
}

/**
 * mkdir -p, by hand: Node's own `mkdirSync(dir, { recursive: true })` loops forever where mkdir answers ENOENT
 * under a parent that exists (a path inside /proc, seen on Node 24.21), and a bad ERRATA_DATA_DIR must fail, not hang.
 */
function makeDirectory(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && statSync(dir).isDirectory()) return;
    if (code !== 'ENOENT' || dirname(dir) === dir) throw error;
    makeDirectory(dirname(dir));
    mkdirSync(dir);
  }
}
