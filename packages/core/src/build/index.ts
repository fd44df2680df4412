import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runRules } from '../check/index.js';
import type { Fault } from '../content/fault.js';
import { loadContent } from '../loader/index.js';
import type { CatalogData } from '../schema/index.js';

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

/**
 * Compiles `content/` into one JSON dataset. Refuses to write when any check fails (unless `allowFaults`,
 * for previews while writing: files that do not parse are left out), and writes through a temporary
 * file so a reader never sees half a catalog.
 */
export function buildCatalog(contentDir: string, outFile: string, options: { allowFaults?: boolean } = {}): CheckReport {
  const report = checkContent(contentDir);
  if (report.faults.length && !options.allowFaults) return report;
  mkdirSync(dirname(outFile), { recursive: true });
  const tmp = `${outFile}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(report.data)}\n`);
  renameSync(tmp, outFile);
  return report;
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
