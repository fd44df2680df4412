import { Catalog } from 'errata/catalog';
import type { CatalogData } from 'errata/schema';

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

export function pathOf(id: string): string {
  if (id.startsWith('compare/')) return `/compare/${id.slice(8)}/`;
  if (id.startsWith('playbook/')) return `/playbooks/${id.slice(9)}/`;
  return `/errors/${id}/`;
}
