import { keyOf, lookupUrlFor } from '../catalog/index.js';
import type { SummaryEntry, SummaryProvider } from '../schema/index.js';
import { type CompiledMatcher, compileMatchers, type MatcherSet } from './compile.js';
import { type TicketContext, ticketContext } from './context.js';
import { plainView } from './unescape.js';

/** One code found in the text. */
export interface DecodeMatch {
  /** Canonical id, `<provider>/<code>`. */
  id: string;
  provider: string;
  code: string;
  /** Offsets of the code in the original text (UTF-16 units, as `String.prototype.slice` takes them). */
  start: number;
  end: number;
  /** 0..1: how sure the decoder is that this is that code, from the matcher and the words around it. */
  confidence: number;
  /** Whether Errata has an entry for the code. */
  known: boolean;
  title?: string;
  summary?: string;
  /** For unknown codes: the family's official lookup. */
  lookupUrl?: string;
  /** The matcher that found it. */
  matcher: string;
  /** Trace id, correlation id and timestamp found next to an Entra error. */
  context?: TicketContext;
}

export interface DecodeOptions {
  /** Refuse longer input with a DecodeInputError; default 10,000,000 characters. Stream larger input in pieces. */
  maxLength?: number;
  /** Also report codes that are not errors (HTTP 1xx–3xx, gRPC OK); off by default. */
  includeNonErrors?: boolean;
  /** Added to every offset, for callers that decode a long text piece by piece. */
  offset?: number;
}

/** Input the decoder refuses, with the reason. */
export class DecodeInputError extends Error {
  override name = 'DecodeInputError';
}

export const DEFAULT_MAX_LENGTH = 10_000_000;
/** A code read correctly that is not an error (HTTP 1xx-3xx, gRPC OK), left out unless asked for. */
const NOT_AN_ERROR = Symbol('not an error');
/** Characters either side of a code in which context words count. */
const WINDOW = 48;
const BOOST_STEP = 0.05;
const PENALTY_STEP = 0.25;

/**
 * What the decoder reads: a `Catalog`, the compiled catalog's data, or the much smaller summary data
 * (`readSummary` of `data/summary.json`) — each has these fields.
 */
export interface DecoderData {
  providers: readonly SummaryProvider[];
  entries: readonly SummaryEntry[];
}

/** Finds every error code in pasted text. Compile once per catalog; `decode` is then pure and linear in the input. */
export class Decoder {
  private readonly sets: MatcherSet[];
  private readonly keys = new Map<string, Map<string, SummaryEntry>>();
  private readonly numbers = new Map<string, Map<number, SummaryEntry>>();
  private readonly providers: Map<string, SummaryProvider>;
  /** Each family's code shape, compiled once: unknown codes are tested against it on the hot path. */
  private readonly codePatterns: Map<string, RegExp>;

  constructor(catalog: DecoderData) {
    this.sets = compileMatchers(catalog.providers);
    this.providers = new Map(catalog.providers.map((p) => [p.id, p]));
    this.codePatterns = new Map(catalog.providers.map((p) => [p.id, new RegExp(p.codePattern)]));
    for (const e of catalog.entries) {
      const keys = this.keys.get(e.provider) ?? new Map<string, SummaryEntry>();
      for (const spelling of [e.code, ...e.aliases, e.facts.symbolicName ?? '']) {
        const k = keyOf(spelling);
        if (k && !keys.has(k)) keys.set(k, e);
      }
      this.keys.set(e.provider, keys);
      if (e.facts.number !== undefined) {
        const numbers = this.numbers.get(e.provider) ?? new Map<number, SummaryEntry>();
        numbers.set(e.facts.number, e);
        this.numbers.set(e.provider, numbers);
      }
    }
  }

  decode(text: string, options: DecodeOptions = {}): DecodeMatch[] {
    if (typeof text !== 'string') throw new DecodeInputError(`decode takes a string, not ${typeof text}`);
    const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
    if (text.length > max) {
      throw new DecodeInputError(`the text is ${text.length} characters, over the limit of ${max}; decode it in pieces`);
    }
    const view = plainView(text);
    const offset = options.offset ?? 0;
    const found = new Map<string, DecodeMatch>();
    const take = (owner: CompiledMatcher, m: RegExpExecArray, group: number): boolean => {
      const raw = m[group];
      const span = m.indices?.[group];
      if (raw === undefined || !span) return false;
      let taken = false;
      for (const item of owner.matcher.list ? splitList(raw, span[0]) : [{ value: raw, start: span[0] }]) {
        const match = this.toMatch(owner, item.value, item.start, view.text, options);
        if (match === NOT_AN_ERROR) {
          // Read correctly, and deliberately left out (a 200 in an access log): the place is taken.
          taken = true;
          continue;
        }
        if (!match) continue;
        match.start = view.toOriginal(item.start) + offset;
        match.end = view.toOriginal(item.start + item.value.length) + offset;
        keep(found, match);
        taken = true;
      }
      return taken;
    };
    for (const set of this.sets) {
      const { regex, matchers } = set;
      regex.lastIndex = 0;
      for (let m = regex.exec(view.text); m; m = regex.exec(view.text)) {
        const at = m.index;
        let first = 1;
        while (first < m.length && m[first] === undefined) first++;
        if (take(matchers[first - 1] as CompiledMatcher, m, first)) continue;
        // Rejected here (an unknown value, a non-error, too little context): a later matcher may still read
        // this place, and a shorter find may start inside it.
        regex.lastIndex = at + 1;
        for (const other of matchers.slice(first)) {
          other.sticky.lastIndex = at;
          const alt = other.sticky.exec(view.text);
          if (alt && take(other, alt, 1)) {
            regex.lastIndex = at + Math.max(1, alt[0].length);
            break;
          }
        }
      }
    }
    return [...found.values()].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  }

  private toMatch(
    owner: CompiledMatcher,
    raw: string,
    at: number,
    text: string,
    options: DecodeOptions,
  ): DecodeMatch | typeof NOT_AN_ERROR | undefined {
    const { matcher, provider: providerId } = owner;
    const provider = this.providers.get(providerId);
    if (!provider) return undefined;
    let entry: SummaryEntry | undefined;
    let code: string;
    if (matcher.byNumber) {
      entry = this.numbers.get(providerId)?.get(Number(raw));
      if (!entry) return undefined;
      code = entry.code;
    } else {
      code = matcher.canonical.replaceAll('{code}', raw);
      entry = this.keys.get(providerId)?.get(keyOf(code));
      if (entry) code = entry.code;
      else if (matcher.knownOnly || !this.codePatterns.get(providerId)?.test(code)) return undefined;
    }
    if (entry?.retry === 'not-applicable' && !options.includeNonErrors) return NOT_AN_ERROR;
    const confidence = score(owner, text, at, at + raw.length);
    if (confidence < matcher.minConfidence) return undefined;
    const match: DecodeMatch = {
      id: `${providerId}/${code}`,
      provider: providerId,
      code,
      start: at,
      end: at + raw.length,
      confidence,
      known: Boolean(entry),
      matcher: matcher.name,
    };
    if (entry) {
      match.title = entry.title;
      match.summary = entry.summary;
    } else {
      const url = lookupUrlFor(provider, code);
      if (url) match.lookupUrl = url;
    }
    if (provider.numericPrefix) {
      const context = ticketContext(text, at, at + raw.length);
      if (context) match.context = context;
    }
    return match;
  }
}

/** The matcher's confidence, raised by boost words and lowered by penalty words near the code. */
function score(owner: CompiledMatcher, text: string, start: number, end: number): number {
  let confidence = owner.matcher.confidence;
  if (owner.boost.length || owner.penalty.length) {
    const around = text.slice(Math.max(0, start - WINDOW), end + WINDOW);
    const boosts = owner.boost.filter((w) => w.test(around)).length;
    const penalties = owner.penalty.filter((w) => w.test(around)).length;
    confidence += Math.min(2, boosts) * BOOST_STEP - penalties * PENALTY_STEP;
  }
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}

/** Splits `50076, 50079` into its items with their offsets. */
function splitList(raw: string, start: number): { value: string; start: number }[] {
  const items: { value: string; start: number }[] = [];
  for (const m of raw.matchAll(/[^,\s]+/g)) items.push({ value: m[0], start: start + m.index });
  return items;
}

/** One match per code and place; where two families claim the same span, the surer one stays. */
function keep(found: Map<string, DecodeMatch>, match: DecodeMatch): void {
  const key = `${match.start}:${match.end}`;
  const seen = found.get(key);
  if (!seen || match.confidence > seen.confidence) found.set(key, match);
}

/** The fields of a match that tools print (`errata decode --json`, `POST /api/v1/decode`), in order. */
export const PUBLIC_MATCH_FIELDS = [
  'id',
  'provider',
  'code',
  'start',
  'end',
  'confidence',
  'known',
  'title',
  'summary',
  'lookupUrl',
  'context',
] as const;

/** A match as tools print it: the public fields that are set, in a stable order. */
export function publicMatch(m: DecodeMatch): Partial<DecodeMatch> {
  const out: Record<string, unknown> = {};
  for (const key of PUBLIC_MATCH_FIELDS) if (m[key] !== undefined) out[key] = m[key];
  return out as Partial<DecodeMatch>;
}
