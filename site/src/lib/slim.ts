import type { CatalogData } from 'errata/schema';
import { catalog } from './catalog';

/**
 * What the browser needs for search and decode: every entry's facts, title, summary and cause titles —
 * not the sections, which stay on the entry pages.
 */
export function slimCatalog(): CatalogData {
  const data = catalog().data;
  return {
    format: data.format,
    providers: data.providers,
    entries: data.entries.map((e) => ({
      ...e,
      path: '',
      related: [],
      sections: {},
      causes: e.causes.map((c) => ({ ...c, detail: '' })),
      fixes: [],
      sources: [],
    })),
    compares: data.compares.map((c) => ({ ...c, sections: {}, aspects: [], faq: [], sources: [] })),
    playbooks: data.playbooks.map((p) => ({ ...p, sections: {}, steps: [], sources: [] })),
  };
}
