import type { TicketContext } from '../decode/index.js';
import type { RetryAdvice } from '../retry/index.js';
import type { Actor, Category, Retry } from '../schema/index.js';

/** The shape of the input classify recognised. */
export type InputKind = 'msal' | 'oauth' | 'http' | 'axios' | 'grpc' | 'system' | 'text' | 'number' | 'unknown';

/** A code read from the input, with what Errata knows of it. */
export interface ReadCode {
  /** Canonical id, `<provider>/<code>`. */
  id: string;
  /** Whether Errata has an entry for it. */
  known: boolean;
  /** For a well-formed code Errata does not cover: the family's official lookup. */
  lookupUrl?: string;
}

/** What an app should do about a caught error. Plain data: log it, send it, compare it. */
export interface Decision {
  /**
   * The entry that explains the error best, most specific first (an AADSTS code over the OAuth `error`
   * that carried it). Undefined when the input named no code Errata knows of (a Node system error, say).
   */
  id?: string;
  /** Whether `id` has an entry; false for a well-formed code Errata does not cover yet (never guessed at). */
  known: boolean;
  /** Every code read from the input, `id` first. */
  codes: ReadCode[];
  /** What the input was read as. */
  kind: InputKind;
  /** The entry's title and one-sentence summary (for developers; see `userMessage` for people). */
  title?: string;
  summary?: string;
  /** The kind of problem, who must act, and the entry's retry advice; undefined when nothing is known. */
  category?: Category;
  actor?: Actor;
  advice?: Retry;
  /** Whether and when to repeat the call, read from the advice, the method and the server's own headers. */
  retry: RetryAdvice;
  /** Safe to show an end user: plain and kind, says what they can do, holds no codes or internals. */
  userMessage: string;
  /** For logs and developers: the id, the title, who acts, the retry advice and the facts read from the input. */
  developerMessage: string;
  /** Errata's page for the entry (under `docsBase`), or the vendor's lookup for a code Errata does not cover. */
  docsUrl?: string;
  /** The HTTP status, when the input carried one. */
  status?: number;
  /** The code of a Node system or network error (ECONNRESET), or an axios code. */
  systemCode?: string;
  /** Trace id, correlation id and timestamp, for a support ticket. */
  context?: TicketContext;
}

export interface ClassifyOptions {
  /** The request's method; with it, "retry only if idempotent" becomes a yes or a no (RFC 9110 §9.2.2). */
  method?: string;
  /** Says outright whether the call is safe to repeat (a POST with an Idempotency-Key, a gRPC method you know). */
  idempotent?: boolean;
  /** The clock, for Retry-After dates; default Date.now(). */
  now?: number;
}

/** Facts that stand in for an entry where no catalog code applies (system errors, unlisted HTTP statuses). */
export interface Fallback {
  title: string;
  category: Category;
  actor: Actor;
  advice: Retry;
}

/** What a reader found in one input shape, before the catalog is consulted. */
export interface Reading {
  kind: InputKind;
  /** Codes as `{ provider, code }`, most specific first; `code` in any spelling the catalog's lookup takes. */
  refs: { provider: string; code: string }[];
  /** Text to search for Entra codes (MSAL's errorMessage, an OAuth error_description). */
  texts?: string[];
  /** Free text to decode for codes of every family (a thrown string, an Error's message). */
  freeText?: string;
  status?: number;
  /** The server's requested wait, in ms. */
  afterMs?: number;
  method?: string;
  systemCode?: string;
  /** A detail for the developer message (gRPC details, a system error's message): never shown to users. */
  detail?: string;
  context?: TicketContext;
  fallback?: Fallback;
}
