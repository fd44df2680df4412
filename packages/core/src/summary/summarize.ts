import type { CatalogData, Entry, Provider, SummaryData, SummaryEntry, SummaryProvider } from '../schema/index.js';
import { expandSummary, type SummaryFile } from './compact.js';

/** Cuts the compiled catalog down to the summary data: every entry's decision facts, no prose. */
export function summarize(data: CatalogData): SummaryData {
  return { format: 1, providers: data.providers.map(summaryProvider), entries: data.entries.map(summaryEntry) };
}

function summaryProvider(p: Provider): SummaryProvider {
  const { id, name, codePattern, numericPrefix, lookupUrl, matchers } = p;
  return { id, name, codePattern, numericPrefix, lookupUrl, matchers };
}

function summaryEntry(e: Entry): SummaryEntry {
  const { id, provider, code, title, summary, aliases, category, actor, retry } = e;
  const facts: SummaryEntry['facts'] = {};
  if (e.facts.number !== undefined) facts.number = e.facts.number;
  if (e.facts.symbolicName !== undefined) facts.symbolicName = e.facts.symbolicName;
  return { id, provider, code, title, summary, aliases, category, actor, retry, facts };
}

/** Summary data handed over as parsed JSON that does not have the shape this version reads. */
export class SummaryFormatError extends Error {
  override name = 'SummaryFormatError';
}

/**
 * Accepts the summary JSON as imported or fetched (`unknown`, since a JSON import's types are widened),
 * checks the format stamp and the outline, so stale or foreign data fails here with a reason rather
 * than later with a wrong answer, and restores what the file leaves out (see `compactSummary`). It trusts
 * the build for the rest. Full summary data and a catalog's data pass through unchanged.
 */
export function readSummary(json: unknown): SummaryData {
  const data = (json && typeof json === 'object' && 'default' in json ? json.default : json) as Partial<SummaryData> | null;
  if (!data || typeof data !== 'object') throw new SummaryFormatError(`summary data must be an object, not ${describe(data)}`);
  if (data.format !== 1) {
    throw new SummaryFormatError(
      `summary data has format ${String(data.format)}, this version reads format 1; rebuild it with \`errata build\``,
    );
  }
  if (!Array.isArray(data.providers) || !Array.isArray(data.entries)) {
    throw new SummaryFormatError('summary data needs the arrays "providers" and "entries"; is this data/summary.json?');
  }
  return expandSummary(data as SummaryFile);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
