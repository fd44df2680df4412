import { randomBytes } from 'node:crypto';
import type { Correction, CorrectionInput, CorrectionResolution, CorrectionStatus } from 'errata/schema';

/** Where correction reports live. SQLite by default, PostgreSQL when DATABASE_URL is set; both pass the same tests. */
export interface CorrectionStore {
  /** "sqlite" or "postgres", for logs and tests. */
  readonly kind: string;
  /** Stores a report durably before it resolves: once this returns, a crash cannot lose it. */
  add(input: CorrectionInput): Promise<Correction>;
  get(id: string): Promise<Correction | undefined>;
  /** Newest first. */
  list(options?: ListOptions): Promise<Correction[]>;
  /** Counts by status, for the moderation page's filters. */
  counts(): Promise<Record<CorrectionStatus, number>>;
  /** new → accepted or rejected, once: a second decision on the same report is a conflict. */
  resolve(id: string, resolution: CorrectionResolution): Promise<ResolveResult>;
  close(): Promise<void>;
}

export interface ListOptions {
  status?: CorrectionStatus;
  /** At most this many; default 100. */
  limit?: number;
}

export type ResolveResult = { resolved: Correction } | { missing: true } | { conflict: Correction };

export const DEFAULT_LIST_LIMIT = 100;

/** A fresh report id: 64 random bits as 16 hex digits. */
export const newId = () => randomBytes(8).toString('hex');

/** One row as both databases return it (column names in snake_case). */
export interface Row {
  id: string;
  target: string;
  problem: string;
  suggestion: string;
  source: string | null;
  contact: string | null;
  status: string;
  reason: string | null;
  created_at: string | Date;
  resolved_at: string | Date | null;
}

const iso = (value: string | Date) => (typeof value === 'string' ? value : value.toISOString());

/** A row as the API shows it: absent optional fields are left out rather than null. */
export function fromRow(row: Row): Correction {
  return {
    id: row.id,
    target: row.target,
    problem: row.problem,
    suggestion: row.suggestion,
    ...(row.source !== null && { source: row.source }),
    ...(row.contact !== null && { contact: row.contact }),
    status: row.status as CorrectionStatus,
    ...(row.reason !== null && { reason: row.reason }),
    createdAt: iso(row.created_at),
    ...(row.resolved_at !== null && { resolvedAt: iso(row.resolved_at) }),
  };
}

/** The columns of a new report, in insert order. */
export function newRow(input: CorrectionInput): [string, string, string, string, string | null, string | null, string] {
  return [newId(), input.target, input.problem, input.suggestion, input.source ?? null, input.contact ?? null, new Date().toISOString()];
}
