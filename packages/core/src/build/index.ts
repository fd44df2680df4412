import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runRules } from '../check/index.js';
import type { Fault } from '../content/fault.js';
import { loadContent } from '../loader/index.js';
import type { CatalogData } from '../schema/index.js';
import { compactSummary, summarize } from '../summary/index.js';

export interface CheckReport {
  data: CatalogData;
  faults: Fault[];
  files: number;
}

/** Loads `content/` and runs every rule: what `errata check` reports. */
export function checkContent(contentDir: string, today = new Date().toISOString().slice(0, 10)): CheckReport {
  const loaded = loadContent(contentDir);
  const faults = [...loaded.faults, ...runRules({ data: loaded.data, today })];
  return { data: sortData(loaded.data), faults, files: loaded.files };
}

export interface BuildOptions {
  /** Write even when checks fail (a preview while writing: files that do not parse are left out). */
  allowFaults?: boolean;
  /** Where the summary data goes; default `summary.json` beside the catalog. */
  summaryFile?: string;
}

/**
 * Compiles `content/` into one JSON dataset, and its summary data (what `classify` and `decode` need,
 * small enough for a browser bundle) beside it. Refuses to write when any check fails (unless
 * `allowFaults`), and writes each file through a temporary one so a reader never sees half of it.
 */
export function buildCatalog(contentDir: string, outFile: string, options: BuildOptions = {}): CheckReport {
  const report = checkContent(contentDir);
  if (report.faults.length && !options.allowFaults) return report;
  writeAtomically(outFile, `${JSON.stringify(report.data)}\n`);
  writeAtomically(
    options.summaryFile ?? join(dirname(outFile), 'summary.json'),
    `${JSON.stringify(compactSummary(summarize(report.data)))}\n`,
  );
  return report;
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'en', { numeric: true });

/** A stable order: providers by id, entries by family then code in numeric order, guides by id. */
function sortData(data: CatalogData): CatalogData {
  return {
    ...data,
    providers: [...data.providers].sort((a, b) => a.id.localeCompare(b.id)),
    entries: [...data.entries].sort((a, b) => a.provider.localeCompare(b.provider) || byCode(a, b)),
    compares: [...data.compares].sort((a, b) => a.id.localeCompare(b.id)),
    playbooks: [...data.playbooks].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
