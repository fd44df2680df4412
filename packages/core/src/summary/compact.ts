import type { SummaryData, SummaryEntry, SummaryProvider } from '../schema/index.js';

/**
 * An entry as `data/summary.json` stores it: what can be derived is left out — the id (provider/code),
 * empty aliases and facts, and a number that the code already spells (AADSTS65004, 429). This keeps the
 * file that browser bundles carry about a tenth smaller after gzip; `expandSummary` puts it back.
 */
export type CompactEntry = Omit<SummaryEntry, 'id' | 'aliases' | 'facts'> & Partial<Pick<SummaryEntry, 'aliases' | 'facts'>>;

/** The shape of `data/summary.json`. */
export interface SummaryFile {
  format: 1;
  providers: SummaryProvider[];
  entries: CompactEntry[];
}

/** The number a code spells on its own: AADSTS65004 (the family's numeric prefix, then digits) or 429. */
function spelledNumber(code: string, provider: SummaryProvider | undefined): number | undefined {
  const prefix = provider?.numericPrefix ?? '';
  const digits = code.startsWith(prefix) ? code.slice(prefix.length) : '';
  return /^\d{1,15}$/.test(digits) ? Number(digits) : undefined;
}

export function compactSummary(data: SummaryData): SummaryFile {
  const providers = new Map(data.providers.map((p) => [p.id, p]));
  const entries = data.entries.map(({ id: _id, aliases, facts, ...rest }) => {
    const entry: CompactEntry = rest;
    if (aliases.length) entry.aliases = aliases;
    const kept = { ...facts };
    if (kept.number !== undefined && kept.number === spelledNumber(rest.code, providers.get(rest.provider))) delete kept.number;
    if (Object.keys(kept).length) entry.facts = kept;
    return entry;
  });
  return { format: 1, providers: data.providers, entries };
}

/** Restores what `compactSummary` left out. Entries that still carry an id (full summary or catalog data) pass through. */
export function expandSummary(file: { format: 1; providers: SummaryProvider[]; entries: (CompactEntry | SummaryEntry)[] }): SummaryData {
  const providers = new Map(file.providers.map((p) => [p.id, p]));
  const entries = file.entries.map((e): SummaryEntry => {
    if ('id' in e && typeof e.id === 'string') return e as SummaryEntry;
    const facts = { ...e.facts };
    const number = spelledNumber(e.code, providers.get(e.provider));
    if (facts.number === undefined && number !== undefined) facts.number = number;
    return { ...e, id: `${e.provider}/${e.code}`, aliases: e.aliases ?? [], facts };
  });
  return { format: 1, providers: file.providers, entries };
}
