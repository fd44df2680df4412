import type { CatalogData, CompareGuide, Document, Entry, Playbook, Provider } from '../schema/index.js';
import { type Candidate, LookupIndex } from './lookup.js';
import { keyOf } from './normalize.js';

/** A code that has the shape of a family's codes but no entry here. */
export interface UnknownCode {
  provider: string;
  code: string;
  /** The family's official lookup for this code, when it has one. */
  lookupUrl?: string;
}

/** The knowledge base in memory: documents by id, lookups, and the links between them. */
export class Catalog {
  readonly providers: readonly Provider[];
  readonly entries: readonly Entry[];
  readonly compares: readonly CompareGuide[];
  readonly playbooks: readonly Playbook[];
  private readonly byId = new Map<string, Document>();
  private lookupIndex?: LookupIndex;

  constructor(readonly data: CatalogData) {
    this.providers = data.providers;
    this.entries = data.entries;
    this.compares = data.compares;
    this.playbooks = data.playbooks;
    for (const doc of this.documents()) this.byId.set(doc.id.toLowerCase(), doc);
  }

  /** Every entry, compare guide and playbook. */
  documents(): Document[] {
    return [...this.entries, ...this.compares, ...this.playbooks];
  }

  /** A document by its canonical id, case-insensitively. */
  get(id: string): Document | undefined {
    return this.byId.get(id.trim().toLowerCase());
  }

  entry(id: string): Entry | undefined {
    const doc = this.get(id);
    return doc?.kind === 'error' ? doc : undefined;
  }

  provider(id: string): Provider | undefined {
    return this.providers.find((p) => p.id === id);
  }

  /** Every entry a typed query may name, best first (see LookupIndex). */
  lookup(query: string): Candidate[] {
    this.lookupIndex ??= new LookupIndex(this.providers, this.entries);
    return this.lookupIndex.lookup(query);
  }

  /**
   * Resolves a query to one document when it is unambiguous: an id of any kind, or a lookup whose best
   * candidate stands alone. Returns the candidates otherwise.
   */
  resolve(query: string): { document: Document } | { candidates: Candidate[] } {
    const direct = this.get(query);
    if (direct) return { document: direct };
    const candidates = this.lookup(query);
    const [first, second] = candidates;
    if (first && (!second || first.score > second.score)) {
      const document = this.get(first.id);
      if (document) return { document };
    }
    return { candidates };
  }

  /**
   * Recognises a well-formed code of a family with a code prefix (AADSTS) that has no entry here,
   * so a caller can say "unknown" and point at the official lookup instead of guessing.
   */
  recognise(query: string): UnknownCode | undefined {
    const raw = query.trim();
    for (const p of this.providers) {
      if (!p.numericPrefix || !keyOf(raw).startsWith(keyOf(p.numericPrefix))) continue;
      const code = p.numericPrefix + raw.slice(p.numericPrefix.length);
      if (!new RegExp(p.codePattern).test(code) || this.entry(`${p.id}/${code}`)) continue;
      return { provider: p.id, code, lookupUrl: lookupUrlFor(p, code) };
    }
    return undefined;
  }

  /** Compare guides and playbooks that name the id. */
  guidesFor(id: string): { compares: CompareGuide[]; playbooks: Playbook[] } {
    return {
      compares: this.compares.filter((c) => c.compares.includes(id)),
      playbooks: this.playbooks.filter((p) => p.covers.includes(id)),
    };
  }

  /** Entries linked to the id in either direction, its own list first. */
  related(id: string): Entry[] {
    const own = this.entry(id)?.related ?? [];
    const back = this.entries.filter((e) => e.related.includes(id)).map((e) => e.id);
    return [...new Set([...own, ...back])].flatMap((r) => this.entry(r) ?? []);
  }

  /** Entries of the same family whose codes sit next to this one's, for "neighbouring codes". */
  neighbours(id: string, count = 4): Entry[] {
    const entry = this.entry(id);
    if (!entry) return [];
    const family = this.entries
      .filter((e) => e.provider === entry.provider)
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
    const at = family.indexOf(entry);
    const half = Math.floor(count / 2);
    return family.slice(Math.max(0, at - half), at + half + 1).filter((e) => e !== entry);
  }
}

/** Fills a provider's lookup URL template for a code. */
export function lookupUrlFor(p: Pick<Provider, 'lookupUrl' | 'numericPrefix'>, code: string): string | undefined {
  if (!p.lookupUrl) return undefined;
  const number = p.numericPrefix ? code.slice(p.numericPrefix.length) : code;
  return p.lookupUrl.replaceAll('{code}', encodeURIComponent(code)).replaceAll('{number}', encodeURIComponent(number));
}
