import type { Entry, Provider } from '../schema/index.js';
import { FILLER_WORDS, keyOf, wordsOf } from './normalize.js';

/** One entry a typed query may mean, with the family named so a person can choose. */
export interface Candidate {
  id: string;
  provider: string;
  code: string;
  title: string;
  /** 0..1; 1 for an exact code, id or alias. */
  score: number;
  /** What matched: `id`, `code`, `alias`, `number`, `reason-phrase`. */
  matchedBy: MatchKind;
}

export type MatchKind = 'id' | 'code' | 'alias' | 'number' | 'reason-phrase';

const WEIGHT: Record<MatchKind, number> = { id: 1, code: 1, alias: 0.95, 'reason-phrase': 0.9, number: 0.85 };

/** Families a person most likely means when a bare value fits several, most likely first. */
const FAMILY_ORDER = ['entra', 'oauth', 'msal', 'http', 'grpc'];

interface Key {
  entry: Entry;
  kind: MatchKind;
}

/** An index from every spelling a person may type to the entries it names. */
export class LookupIndex {
  private readonly keys = new Map<string, Key[]>();
  private readonly scopes: { provider: Provider; words: string[] }[];

  constructor(
    private readonly providers: readonly Provider[],
    entries: readonly Entry[],
  ) {
    for (const entry of entries) this.addEntry(entry);
    this.scopes = providers.map((p) => ({
      provider: p,
      words: [p.id, ...p.keywords].map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length),
    }));
  }

  private addEntry(entry: Entry): void {
    const provider = this.providers.find((p) => p.id === entry.provider);
    this.add(entry.id, entry, 'id');
    this.add(entry.code, entry, 'code');
    for (const alias of entry.aliases) this.add(alias, entry, 'alias');
    if (entry.facts.symbolicName) this.add(entry.facts.symbolicName, entry, 'alias');
    if (entry.facts.reasonPhrase) this.add(entry.facts.reasonPhrase, entry, 'reason-phrase');
    if (entry.facts.number !== undefined) this.add(String(entry.facts.number), entry, 'number');
    const prefix = provider?.numericPrefix;
    if (prefix && entry.code.toUpperCase().startsWith(prefix.toUpperCase())) {
      this.add(entry.code.slice(prefix.length), entry, 'number');
    }
  }

  private add(text: string, entry: Entry, kind: MatchKind): void {
    const key = keyOf(text);
    if (!key) return;
    const list = this.keys.get(key) ?? [];
    if (!list.some((k) => k.entry === entry)) list.push({ entry, kind });
    this.keys.set(key, list);
  }

  /**
   * Every entry the query may name, best first. A family word in front ("http 429", "grpc 4")
   * narrows the search to that family; a bare value that fits several families returns them all.
   */
  lookup(query: string): Candidate[] {
    const { scope, rest } = this.scopeOf(query.trim());
    const whole = this.hits(keyOf(rest), scope, 1);
    if (whole.length) return rank(whole);
    const words = wordsOf(rest).filter((w) => !FILLER_WORDS.has(w.toLowerCase()));
    const restWords = new Set(words.map((w) => w.toLowerCase()));
    const found: Candidate[] = [];
    for (const word of words) {
      if (!looksLikeCode(word)) continue;
      for (const c of this.hits(keyOf(word), scope, 0.9)) {
        // "429 Too Many Requests": the words after the code confirm which entry is meant.
        const titleWords = wordsOf(c.title.toLowerCase());
        const agree = titleWords.filter((t) => restWords.has(t)).length;
        found.push({ ...c, score: Math.min(1, c.score + 0.05 * agree) });
      }
    }
    return rank(found);
  }

  private hits(key: string, scope: string | undefined, factor: number): Candidate[] {
    if (!key) return [];
    return (this.keys.get(key) ?? [])
      .filter((k) => !scope || k.entry.provider === scope)
      .map(({ entry, kind }) => ({
        id: entry.id,
        provider: entry.provider,
        code: entry.code,
        title: entry.title,
        score: round(WEIGHT[kind] * factor),
        matchedBy: kind,
      }));
  }

  /** Recognises a leading family word ("http", "grpc", "azure ad") and returns the rest of the query. */
  private scopeOf(query: string): { scope?: string; rest: string } {
    const lower = query.toLowerCase();
    for (const { provider, words } of this.scopes) {
      for (const word of words) {
        if (lower.startsWith(word) && /^[\s:/#=-]/.test(query.slice(word.length)) && query.length > word.length) {
          return { scope: provider.id, rest: query.slice(word.length).replace(/^[\s:/#=-]+/, '') };
        }
      }
    }
    return { rest: query };
  }
}

/** A word worth looking up on its own: has a digit, an underscore, or capitals inside it. */
function looksLikeCode(word: string): boolean {
  return /\d/.test(word) || word.includes('_') || /[a-z][A-Z]/.test(word) || /^[A-Z]{3,}$/.test(word);
}

function rank(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const seen = best.get(c.id);
    if (!seen || c.score > seen.score) best.set(c.id, c);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || familyRank(a.provider) - familyRank(b.provider));
}

function familyRank(provider: string): number {
  const i = FAMILY_ORDER.indexOf(provider);
  return i === -1 ? FAMILY_ORDER.length : i;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
