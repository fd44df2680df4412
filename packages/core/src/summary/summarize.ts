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
 * the build for the rest. The file is format 2 (rows by provider); full summary data and a catalog's
 * data (format 1) pass through unchanged.
 */
export function readSummary(json: unknown): SummaryData {
  const data = (json && typeof json === 'object' && 'default' in json ? json.default : json) as {
    format?: unknown;
    providers?: unknown;
    entries?: unknown;
  } | null;
  if (!data || typeof data !== 'object') throw new SummaryFormatError(`summary data must be an object, not ${describe(data)}`);
  if (data.format !== 1 && data.format !== 2) {
    throw new SummaryFormatError(
      `summary data has format ${String(data.format)}, this version reads formats 1 and 2; rebuild it with \`errata build\``,
    );
  }
  const entriesOk = data.format === 2 ? isRecordOfArrays(data.entries) : Array.isArray(data.entries);
  if (!Array.isArray(data.providers) || !entriesOk) {
    throw new SummaryFormatError(
      `summary data of format ${data.format} needs "providers" (an array) and "entries" (${data.format === 2 ? 'rows by provider' : 'an array'}); is this data/summary.json?`,
    );
  }
  // Build output from before rows: compact objects without ids, which format 1 no longer means.
  if (data.format === 1 && (data.entries as { id?: unknown }[]).some((e) => typeof e?.id !== 'string')) {
    throw new SummaryFormatError(
      "summary data of format 1 must carry each entry's id (an older compact file?); rebuild it with `errata build`",
    );
  }
  return expandSummary(data as SummaryFile);
}

const isRecordOfArrays = (value: unknown): boolean =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(Array.isArray);

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
