import { Catalog } from 'errata/catalog';
import type { CatalogData } from 'errata/schema';

export { pathOf } from '../lib/paths';

/** The slim catalog (no full sections), fetched once and shared by search and decode. */
let loading: Promise<Catalog> | undefined;

export function browserCatalog(): Promise<Catalog> {
  loading ??= fetch('/data/catalog-slim.json')
    .then((r) => {
      if (!r.ok) throw new Error(`catalog: HTTP ${r.status}`);
      return r.json() as Promise<CatalogData>;
    })
    .then((data) => new Catalog(data));
  return loading;
}
