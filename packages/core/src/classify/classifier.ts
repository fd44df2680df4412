import { keyOf, lookupUrlFor } from '../catalog/index.js';
import { type DecodeMatch, Decoder, type TicketContext } from '../decode/index.js';
import { isIdempotent, type RetryAdvice } from '../retry/index.js';
import type { Retry, SummaryData, SummaryEntry, SummaryProvider } from '../schema/index.js';
import { readSummary } from '../summary/index.js';
import { type AuthAdvice, authAdvice } from './auth.js';
import { developerMessage } from './developer.js';
import { USER_MESSAGES, type UserMessageKey, userMessageKey } from './messages.js';
import { MAX_TEXT, readInput } from './read.js';
import type { ClassifyOptions, Decision, ReadCode, Reading } from './types.js';

export interface ClassifierOptions {
  /**
   * Where Errata's pages are served: `docsUrl` is `${docsBase}/errors/<provider>/<code>`. Default `''`, a
   * path relative to your own site; set your site's origin (`https://errors.example.com`) to get absolute links.
   */
  docsBase?: string;
  /** A ceiling on attempts for retryable errors, the first included; default 3. */
  maxAttempts?: number;
  /** Your own words (a translation, your product's voice) for any of the user messages. */
  messages?: Partial<Record<UserMessageKey, string>>;
}

/** Families a bare value most likely belongs to, most specific first. */
const FAMILY_ORDER = ['entra', 'msal', 'oauth', 'grpc', 'http'];
const RETRYABLE: ReadonlySet<Retry> = new Set(['with-backoff', 'honour-retry-after', 'idempotent-only']);
const DEFAULT_MAX_ATTEMPTS = 3;

function add(index: Map<string, Map<string, SummaryEntry>>, provider: string, key: string, entry: SummaryEntry): void {
  if (!key) return;
  const keys = index.get(provider) ?? new Map<string, SummaryEntry>();
  if (!keys.has(key)) keys.set(key, entry);
  index.set(provider, keys);
}

/**
 * Turns a caught error into a decision: which entry explains it, who must act, whether and when to
 * retry, what to tell the user and what to log. Runs on the summary data alone (`data/summary.json`,
 * or a full catalog), with no I/O; build one per app and reuse it.
 */
export class Classifier {
  private readonly decoder: Decoder;
  private readonly providers = new Map<string, SummaryProvider>();
  /** Per family: folded code → entry, and folded alias or symbolic name → entry (a code wins over an alias). */
  private readonly codeKeys = new Map<string, Map<string, SummaryEntry>>();
  private readonly aliasKeys = new Map<string, Map<string, SummaryEntry>>();
  private readonly numbers = new Map<string, Map<number, SummaryEntry>>();
  private readonly byId = new Map<string, SummaryEntry>();

  /** @param summary the summary data as imported or fetched (checked here), or a full catalog's data. */
  constructor(
    summary: unknown,
    private readonly options: ClassifierOptions = {},
  ) {
    const data: SummaryData = readSummary(summary);
    this.decoder = new Decoder(data);
    for (const p of data.providers) this.providers.set(p.id, p);
    for (const e of data.entries) {
      this.byId.set(e.id.toLowerCase(), e);
      add(this.codeKeys, e.provider, keyOf(e.code), e);
      for (const spelling of [...e.aliases, e.facts.symbolicName ?? '']) add(this.aliasKeys, e.provider, keyOf(spelling), e);
      if (e.facts.number !== undefined) {
        const numbers = this.numbers.get(e.provider) ?? new Map<number, SummaryEntry>();
        numbers.set(e.facts.number, e);
        this.numbers.set(e.provider, numbers);
      }
    }
  }

  /** An entry's summary by id, case-insensitively. */
  entry(id: string): SummaryEntry | undefined {
    return this.byId.get(id.trim().toLowerCase());
  }

  /**
   * Classifies anything an app catches: an MSAL error, an OAuth error (JSON or redirect URL), a fetch
   * `Response` or `{ status, headers, body? }`, an axios error, a gRPC error, a Node system error, any
   * Error, a string or a number. Never throws: what it cannot read gets a cautious decision (no retry).
   */
  classify(input: unknown, options: ClassifyOptions = {}): Decision {
    let reading: Reading;
    try {
      reading = readInput(input, options.now);
    } catch {
      // A hostile or broken object (a getter that throws, a revoked Proxy) is still a caught error.
      reading = { kind: 'unknown', refs: [] };
    }
    return this.decide(reading, options);
  }

  /**
   * One call for an MSAL catch block: classifies the error and says whether to fall back to interactive
   * sign-in, retry interactively, explain and offer to try again, send for an admin, or retry later.
   */
  auth(error: unknown, options: ClassifyOptions = {}): AuthAdvice {
    return authAdvice(this.classify(error, options), error);
  }

  private decide(reading: Reading, options: ClassifyOptions): Decision {
    const { codes, context: found } = this.codesOf(reading);
    const primary = codes.find((c) => c.known) ?? codes[0];
    const entry = primary?.known ? this.entry(primary.id) : undefined;
    // Stand-in facts only where no code was read at all: a code Errata does not know is never guessed at.
    const advice = entry ? entry.retry : primary ? undefined : reading.fallback?.advice;
    const ordered = primary ? [primary, ...codes.filter((c) => c !== primary)] : codes;

    const decision: Decision = {
      known: Boolean(entry),
      codes: ordered,
      kind: reading.kind,
      retry: this.retryOf(advice, reading, options),
      userMessage: '',
      developerMessage: '',
    };
    if (primary) decision.id = primary.id;
    if (entry) {
      decision.title = entry.title;
      decision.summary = entry.summary;
      decision.category = entry.category;
      decision.actor = entry.actor;
      decision.advice = entry.retry;
      decision.docsUrl = `${(this.options.docsBase ?? '').replace(/\/+$/, '')}/errors/${entry.provider}/${encodeURIComponent(entry.code)}`;
    } else if (reading.fallback && !primary) {
      decision.title = reading.fallback.title;
      decision.category = reading.fallback.category;
      decision.actor = reading.fallback.actor;
      decision.advice = reading.fallback.advice;
    } else if (primary?.lookupUrl) {
      decision.docsUrl = primary.lookupUrl;
    }
    if (reading.status !== undefined) decision.status = reading.status;
    if (reading.systemCode) decision.systemCode = reading.systemCode;
    const context = { ...found, ...reading.context };
    if (Object.keys(context).length) decision.context = context;

    const key = userMessageKey(decision.id, decision.actor, decision.category);
    decision.userMessage = this.options.messages?.[key] ?? USER_MESSAGES[key];
    decision.developerMessage = developerMessage(decision, reading);
    return decision;
  }

  /**
   * Every code the reading names, resolved against the summary: Entra codes in its texts, then its own
   * refs, then codes of any family in free text; and the ticket context found beside an Entra code.
   */
  private codesOf(reading: Reading): { codes: ReadCode[]; context: TicketContext } {
    const found = new Map<string, ReadCode>();
    let context: TicketContext = {};
    const add = (c: ReadCode | undefined) => {
      if (c && !found.has(c.id.toLowerCase())) found.set(c.id.toLowerCase(), c);
    };
    const addMatch = (m: DecodeMatch) => {
      add(fromMatch(m));
      if (m.context && !Object.keys(context).length) context = m.context;
    };
    for (const text of reading.texts ?? []) {
      for (const m of this.decodeText(text)) if (this.providers.get(m.provider)?.numericPrefix) addMatch(m);
    }
    for (const ref of reading.refs) add(this.resolve(ref.provider, ref.code));
    if (reading.freeText !== undefined) {
      const text = reading.freeText.trim();
      // A bare code ("user_cancelled", "DEADLINE_EXCEEDED") names itself; anything longer is decoded.
      // Codes before aliases: `invalid_grant` is OAuth's code before it is the folded name of an AADSTS code.
      if (text && !/\s/.test(text) && text.length <= 80) {
        // The code as written first: NOT_FOUND is gRPC's, not_found OAuth's.
        for (const p of FAMILY_ORDER) add(this.resolve(p, text, { knownOnly: true, exact: true }));
        for (const p of FAMILY_ORDER) add(this.resolve(p, text, { knownOnly: true, codeOnly: true }));
        for (const p of FAMILY_ORDER) add(this.resolve(p, text, { knownOnly: true }));
      }
      const matches = this.decodeText(text).sort((a, b) => familyRank(a.provider) - familyRank(b.provider) || b.confidence - a.confidence);
      for (const m of matches) addMatch(m);
    }
    return { codes: [...found.values()], context };
  }

  private decodeText(text: string): DecodeMatch[] {
    return text ? this.decoder.decode(text.slice(0, MAX_TEXT)) : [];
  }

  /** A code in any spelling to its entry; a well-formed code of a prefixed family (AADSTS) with no entry is kept as unknown. */
  private resolve(
    providerId: string,
    code: string,
    only: { knownOnly?: boolean; codeOnly?: boolean; exact?: boolean } = {},
  ): ReadCode | undefined {
    const provider = this.providers.get(providerId);
    if (!provider) return undefined;
    const key = keyOf(code);
    if (only.exact) {
      const entry = this.codeKeys.get(providerId)?.get(key);
      return entry?.code === code ? { id: entry.id, known: true } : undefined;
    }
    const entry =
      this.codeKeys.get(providerId)?.get(key) ??
      (only.codeOnly ? undefined : this.aliasKeys.get(providerId)?.get(key)) ??
      (/^\d+$/.test(code) ? this.numbers.get(providerId)?.get(Number(code)) : undefined);
    if (entry) return { id: entry.id, known: true };
    if (only.knownOnly || !provider.numericPrefix || !new RegExp(provider.codePattern).test(code)) return undefined;
    const unknown: ReadCode = { id: `${providerId}/${code}`, known: false };
    const url = lookupUrlFor(provider, code);
    if (url) unknown.lookupUrl = url;
    return unknown;
  }

  private retryOf(advice: Retry | undefined, reading: Reading, options: ClassifyOptions): RetryAdvice {
    const onlyIfIdempotent = advice === 'idempotent-only';
    let retryable = advice !== undefined && RETRYABLE.has(advice);
    const method = options.method ?? reading.method;
    const idempotent = options.idempotent ?? (method ? isIdempotent(method) : undefined);
    if (onlyIfIdempotent && idempotent === false) retryable = false;
    // gRPC retry pushback below zero: the server says do not retry.
    if (reading.afterMs !== undefined && reading.afterMs < 0) retryable = false;
    const retry: RetryAdvice = {
      retryable,
      onlyIfIdempotent,
      maxAttempts: retryable ? (this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) : 1,
    };
    if (retryable && reading.afterMs !== undefined) retry.afterMs = reading.afterMs;
    return retry;
  }
}

function fromMatch(m: DecodeMatch): ReadCode {
  const c: ReadCode = { id: m.id, known: m.known };
  if (m.lookupUrl) c.lookupUrl = m.lookupUrl;
  return c;
}

function familyRank(provider: string): number {
  const i = FAMILY_ORDER.indexOf(provider);
  return i === -1 ? FAMILY_ORDER.length : i;
}
