import type { CatalogData } from '../schema/index.js';

/** A document whose claims have not been checked for longer than allowed. */
export interface StaleDocument {
  id: string;
  /** The content file, relative to the content root. */
  file: string;
  reviewed: string;
  /** Whole days from `reviewed` to today. */
  days: number;
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/**
 * Entries, compare guides and playbooks last reviewed more than `maxDays` days before `today` (YYYY-MM-DD),
 * oldest first: what `errata check --stale DAYS` lists. Dates that are not real days are the reviewed-date
 * rule's business and are left out here.
 */
export function staleDocuments(data: CatalogData, today: string, maxDays: number): StaleDocument[] {
  const now = dayNumber(today);
  return [...data.entries, ...data.compares, ...data.playbooks]
    .map((doc) => ({ id: doc.id, file: doc.path, reviewed: doc.reviewed, days: Math.round(now - dayNumber(doc.reviewed)) }))
    .filter((doc) => Number.isFinite(doc.days) && doc.days > maxDays)
    .sort((a, b) => a.reviewed.localeCompare(b.reviewed) || a.id.localeCompare(b.id));
}
