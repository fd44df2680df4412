import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog, type CatalogData } from 'errata';
import { readSummary } from 'errata/summary';
import { CliError } from './exit.js';

/** Where `errata build` writes the compiled catalog: inside the errata package, so the library ships it. */
export function catalogPath(): string {
  return process.env.ERRATA_CATALOG ?? fileURLToPath(import.meta.resolve('errata/data/catalog.json'));
}

/** Loads the compiled catalog; says how to make it when it is missing or from an older build. */
export function loadCatalog(): Catalog {
  const path = catalogPath();
  if (!existsSync(path)) throw new CliError(`no compiled catalog at ${path}; run \`npm run build\` first`);
  // Our own build output: the format stamp is enough to tell an older build, without re-validating it all.
  const data = JSON.parse(readFileSync(path, 'utf8')) as CatalogData;
  if (data.format !== 1) throw new CliError(`the compiled catalog at ${path} is from another version; run \`npm run build\``);
  return new Catalog(data);
}

/** The summary data `errata build` writes beside the catalog: what decode needs, a fraction of the size. */
export function summaryPath(): string {
  return process.env.ERRATA_SUMMARY ?? fileURLToPath(import.meta.resolve('errata/data/summary.json'));
}

/** Loads the summary data; says how to make it when it is missing. */
export function loadSummary(): ReturnType<typeof readSummary> {
  const path = summaryPath();
  if (!existsSync(path)) throw new CliError(`no summary data at ${path}; run \`npm run build\` first`);
  return readSummary(JSON.parse(readFileSync(path, 'utf8')));
}

/** The content folder: --content, else the nearest content/ with providers/ above the working folder. */
export function contentDir(flag?: string): string {
  if (flag) {
    if (!existsSync(join(flag, 'providers'))) throw new CliError(`${flag} is not a content folder (it has no providers/ folder)`);
    return resolve(flag);
  }
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'content', 'providers'))) return join(dir, 'content');
    if (dirname(dir) === dir) break;
  }
  throw new CliError('no content/ folder here or above; run from the repository or pass --content DIR');
}
