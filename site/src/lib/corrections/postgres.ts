import type { Correction, CorrectionInput, CorrectionResolution, CorrectionStatus } from 'errata/schema';
import pg from 'pg';
import { type CorrectionStore, DEFAULT_LIST_LIMIT, fromRow, type ListOptions, newRow, type ResolveResult, type Row } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS corrections (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  target TEXT NOT NULL,
  problem TEXT NOT NULL,
  suggestion TEXT NOT NULL,
  source TEXT,
  contact TEXT,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'rejected')),
  reason TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  resolved_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS corrections_by_status ON corrections (status, seq);`;

/** Any number: an arbitrary key that serialises schema creation between servers starting at once. */
const SCHEMA_LOCK = 0x65727261;

/** Reports in PostgreSQL (DATABASE_URL). The table is created on first use; a commit is durable once acknowledged. */
export class PostgresStore implements CorrectionStore {
  readonly kind = 'postgres';
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
    // An idle client that loses its connection emits 'error'; without a listener that would end the process.
    pool.on('error', (error) => console.error(`errata: corrections database connection lost: ${error.message}`));
    try {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
        await client.query(SCHEMA);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw new Error(`cannot open the corrections database at DATABASE_URL: ${(error as Error).message}`);
    }
    return new PostgresStore(pool);
  }

  async add(input: CorrectionInput): Promise<Correction> {
    const { rows } = await this.pool.query<Row>(
      'INSERT INTO corrections (id, target, problem, suggestion, source, contact, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *',
      newRow(input),
    );
    return fromRow(rows[0] as Row);
  }

  async get(id: string): Promise<Correction | undefined> {
    const { rows } = await this.pool.query<Row>('SELECT * FROM corrections WHERE id = $1', [id]);
    return rows[0] && fromRow(rows[0]);
  }

  async list({ status, limit = DEFAULT_LIST_LIMIT }: ListOptions = {}): Promise<Correction[]> {
    const { rows } = status
      ? await this.pool.query<Row>('SELECT * FROM corrections WHERE status = $1 ORDER BY seq DESC LIMIT $2', [status, limit])
      : await this.pool.query<Row>('SELECT * FROM corrections ORDER BY seq DESC LIMIT $1', [limit]);
    return rows.map(fromRow);
  }

  async counts(): Promise<Record<CorrectionStatus, number>> {
    const counts = { new: 0, accepted: 0, rejected: 0 };
    const { rows } = await this.pool.query<{ status: CorrectionStatus; n: string }>(
      'SELECT status, count(*) AS n FROM corrections GROUP BY status',
    );
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  }

  async resolve(id: string, { status, reason }: CorrectionResolution): Promise<ResolveResult> {
    const { rows } = await this.pool.query<Row>(
      "UPDATE corrections SET status = $1, reason = $2, resolved_at = $3 WHERE id = $4 AND status = 'new' RETURNING *",
      [status, reason ?? null, new Date().toISOString(), id],
    );
    if (rows[0]) return { resolved: fromRow(rows[0]) };
    const current = await this.get(id);
    return current ? { conflict: current } : { missing: true };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
