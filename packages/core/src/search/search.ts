import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import type { Catalog } from '../catalog/index.js';
import type { Document } from '../schema/index.js';
import { expandTerms, processTerm } from './terms.js';

/** One ranked result. */
export interface SearchResult {
  id: string;
  kind: Document['kind'];
  title: string;
  summary: string;
  /** Higher is better; exact code hits score above every text hit. */
  score: number;
}

export interface SearchOptions {
  /** How many results to return; default 10. */
  limit?: number;
  /** Only entries of this family. */
  provider?: string;
}

interface IndexedDoc {
  id: string;
  codes: string;
  title: string;
  summary: string;
  body: string;
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const FIELDS = ['codes', 'title', 'summary', 'body'] as const;
// Codes are looked up exactly before any text ranking; here a word inside a code ("exceeded") is just a word.
const BOOST = { codes: 2, title: 4, summary: 2, body: 1 };
/** Exact code hits sit above every text hit; MiniSearch scores rarely pass a few dozen. */
const CODE_HIT_SCORE = 1000;

/** Full-text and code search over a catalog; runs the same in Node and the browser. */
export class Search {
  private readonly index: MiniSearch<IndexedDoc>;

  constructor(private readonly catalog: Catalog) {
    this.index = new MiniSearch<IndexedDoc>({
      fields: [...FIELDS],
      storeFields: [],
      processTerm,
      // Queries arrive already processed and expanded (see search()), so they pass through as they are.
      searchOptions: { boost: BOOST, processTerm: (term) => term },
    });
    this.index.addAll(catalog.documents().map(toIndexed));
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 10;
    const keep = (id: string) => !options.provider || id.startsWith(`${options.provider}/`);
    const results = new Map<string, SearchResult>();
    for (const c of this.catalog.lookup(query)) {
      if (keep(c.id)) this.put(results, c.id, CODE_HIT_SCORE * c.score);
    }
    const terms = expandTerms(
      tokenize(query)
        .map((t) => processTerm(t))
        .filter((t): t is string => Boolean(t)),
      query,
    );
    if (terms.length) {
      const hits: MiniResult[] = this.index.search(terms.join(' '), {
        prefix: (term) => term.length > 3,
        fuzzy: (term) => (term.length > 5 ? 0.15 : false),
        filter: (r) => keep(r.id),
      });
      for (const hit of hits) this.put(results, hit.id, hit.score);
    }
    return [...results.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
  }

  private put(results: Map<string, SearchResult>, id: string, score: number): void {
    const doc = this.catalog.get(id);
    if (!doc) return;
    const seen = results.get(id);
    const rounded = Math.round(score * 1000) / 1000;
    if (seen) seen.score = Math.max(seen.score, rounded);
    else results.set(id, { id, kind: doc.kind, title: doc.title, summary: doc.summary, score: rounded });
  }
}

function toIndexed(doc: Document): IndexedDoc {
  if (doc.kind === 'error') {
    return {
      id: doc.id,
      codes: [doc.code, ...doc.aliases, doc.facts.symbolicName ?? ''].join(' '),
      title: doc.title,
      summary: doc.summary,
      body: [doc.sections.meaning ?? '', ...doc.causes.map((c) => `${c.title} ${c.detail}`), ...doc.fixes.map((f) => f.title)].join('\n'),
    };
  }
  const codes = doc.kind === 'compare' ? doc.compares : doc.covers;
  const rule = doc.kind === 'compare' ? doc.ruleOfThumb : doc.decisionRule;
  return { id: doc.id, codes: codes.join(' '), title: doc.title, summary: doc.summary, body: rule };
}
