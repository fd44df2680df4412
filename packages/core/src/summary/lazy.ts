import type { CatalogData, Entry } from '../schema/index.js';

/** Anything that yields the full catalog: an `import()` of `errata/data/catalog.json`, or a `fetch(...).then(r => r.json())`. */
export type CatalogLoader = () => Promise<CatalogData | { default: CatalogData }>;

/** Looks up full entries (causes, fixes, sources, sections) by id, loading the catalog on first use. */
export interface FullEntries {
  entry(id: string): Promise<Entry | undefined>;
}

/**
 * Defers the full catalog (about 1 MB) until an entry is first asked for, then keeps it. A failed load
 * is not kept, so a later call tries again.
 *
 * @example
 * const full = lazyEntries(() => import('errata/data/catalog.json', { with: { type: 'json' } }));
 * const entry = await full.entry('entra/AADSTS65004');
 */
export function lazyEntries(load: CatalogLoader): FullEntries {
  let byId: Promise<Map<string, Entry>> | undefined;
  const index = async () => {
    const loaded = await load();
    const data = 'default' in loaded ? loaded.default : loaded;
    if (data?.format !== 1 || !Array.isArray(data.entries))
      throw new Error('the loaded catalog is not format 1; rebuild it with `errata build`');
    return new Map(data.entries.map((e) => [e.id.toLowerCase(), e]));
  };
  return {
    async entry(id) {
      byId ??= index().catch((err) => {
        byId = undefined;
        throw err;
      });
      return (await byId).get(id.trim().toLowerCase());
    },
  };
}
