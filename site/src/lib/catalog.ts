import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Catalog, type CatalogData, type Entry, Search } from 'errata';

/** The compiled catalog, read once per build from the errata package (see `npm run build`). */
let cached: Catalog | undefined;

export function catalog(): Catalog {
  if (!cached) {
    const path = process.env.ERRATA_CATALOG ?? createRequire(import.meta.url).resolve('errata/data/catalog.json');
    cached = new Catalog(JSON.parse(readFileSync(path, 'utf8')) as CatalogData);
  }
  return cached;
}

let searchIndex: Search | undefined;

/** One search index per server process: building it takes tens of milliseconds, a query well under one. */
export function search(): Search {
  searchIndex ??= new Search(catalog());
  return searchIndex;
}

export { pathOf } from './paths';

export const say = (word: string) => word.replace(/-/g, ' ');

/** Entries of one family in code order. */
export function familyEntries(provider: string): Entry[] {
  return catalog().entries.filter((e) => e.provider === provider);
}
