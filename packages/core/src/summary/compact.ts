import type { SummaryData, SummaryEntry, SummaryProvider } from '../schema/index.js';

/**
 * An entry as `data/summary.json` stores it: a row under its provider, holding only what cannot be
 * derived — code, title, summary, category, actor, retry, then aliases and facts when there are any
 * (trailing empty places are left off). The id is provider/code; a number the code already spells
 * (AADSTS65004, 429) is left out of the facts. Rows rather than objects save the field names on every
 * entry: with the rest, the file that browser bundles carry is about a sixth smaller after gzip.
 * `expandSummary` puts everything back.
 */
export type CompactRow = [
  code: string,
  title: string,
  summary: string,
  category: SummaryEntry['category'],
  actor: SummaryEntry['actor'],
  retry: SummaryEntry['retry'],
  aliases?: string[] | null,
  facts?: SummaryEntry['facts'],
];

/** The shape of `data/summary.json` (file format 2: entries as rows, grouped by provider). */
export interface SummaryFile {
  format: 2;
  providers: SummaryProvider[];
  /** provider id → that provider's entries, in catalog order. */
  entries: Record<string, CompactRow[]>;
}

/** The number a code spells on its own: AADSTS65004 (the family's numeric prefix, then digits) or 429. */
function spelledNumber(code: string, provider: SummaryProvider | undefined): number | undefined {
  const prefix = provider?.numericPrefix ?? '';
  const digits = code.startsWith(prefix) ? code.slice(prefix.length) : '';
  return /^\d{1,15}$/.test(digits) ? Number(digits) : undefined;
}

export function compactSummary(data: SummaryData): SummaryFile {
  const providers = new Map(data.providers.map((p) => [p.id, p]));
  const entries: Record<string, CompactRow[]> = {};
  for (const { provider, code, title, summary, category, actor, retry, aliases, facts } of data.entries) {
    const kept = { ...facts };
    if (kept.number !== undefined && kept.number === spelledNumber(code, providers.get(provider))) delete kept.number;
    const row: CompactRow = [code, title, summary, category, actor, retry];
    if (Object.keys(kept).length) row.push(aliases.length ? aliases : null, kept);
    else if (aliases.length) row.push(aliases);
    entries[provider] ??= [];
    entries[provider].push(row);
  }
  return { format: 2, providers: data.providers, entries };
}

/**
 * Restores what `compactSummary` left out. Summary data that is already whole (format 1: a full summary,
 * or a catalog's data, whose entries carry their ids) passes through with its entries as they are.
 */
export function expandSummary(file: SummaryFile | { format: 1; providers: SummaryProvider[]; entries: SummaryEntry[] }): SummaryData {
  if (file.format === 1) return { format: 1, providers: file.providers, entries: file.entries };
  const providers = new Map(file.providers.map((p) => [p.id, p]));
  const entries: SummaryEntry[] = [];
  for (const [provider, rows] of Object.entries(file.entries)) {
    for (const [code, title, summary, category, actor, retry, aliases, kept] of rows) {
      const facts = { ...kept };
      const number = spelledNumber(code, providers.get(provider));
      if (facts.number === undefined && number !== undefined) facts.number = number;
      entries.push({ id: `${provider}/${code}`, provider, code, title, summary, aliases: aliases ?? [], category, actor, retry, facts });
    }
  }
  return { format: 1, providers: file.providers, entries };
}
