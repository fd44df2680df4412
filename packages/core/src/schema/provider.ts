import { z } from 'zod';
import { Source } from './source.js';

/**
 * How a code of this family is written inside free text, for the decoder. Data, not code: a team that
 * adds a provider file with matchers gets decoding with no code change.
 */
export const Matcher = z.strictObject({
  /** A short name used in diagnostics and tests. */
  name: z.string(),
  /**
   * A JavaScript regular expression without flags. It must hold one capturing group, named `code`
   * (`(?<code>...)`); any other group is non-capturing. It must run in linear time: `errata check`
   * refuses nested quantifiers and backreferences.
   */
  pattern: z.string(),
  /** Match letters in either case. */
  ignoreCase: z.boolean().default(false),
  /** Confidence in 0..1 when the pattern matches with no other context. */
  confidence: z.number().min(0).max(1),
  /** Words within a few dozen characters that raise confidence (case-insensitive). */
  boostWords: z.array(z.string()).default([]),
  /** Words within a few dozen characters that lower confidence (case-insensitive). */
  penaltyWords: z.array(z.string()).default([]),
  /** Matches whose final confidence falls below this are dropped. */
  minConfidence: z.number().min(0).max(1).default(0.5),
  /** How the raw value becomes a code: a template where `{code}` is the raw value (`AADSTS{code}`). */
  canonical: z.string().default('{code}'),
  /** The raw value is a number read through the entries' `facts.number` (gRPC `grpc-status: 14`). */
  byNumber: z.boolean().default(false),
  /** The `code` group holds a comma-separated list (`"error_codes":[50076,50079]`); each item is a match. */
  list: z.boolean().default(false),
  /** Report only codes that have an entry; for families whose code shape alone proves nothing. */
  knownOnly: z.boolean().default(false),
});
export type Matcher = z.infer<typeof Matcher>;

/** One error family: Microsoft Entra, HTTP, gRPC, or a team's own. */
export const Provider = z.strictObject({
  /** Lower-case id, the first half of every entry id. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Display name. */
  name: z.string(),
  /** One sentence on what this family is. */
  description: z.string(),
  /** The shape of a code, in words ("AADSTS followed by digits"). */
  codeForm: z.string(),
  /** A regular expression every canonical code of this family matches. */
  codePattern: z.string(),
  /** Words a person puts in front of a code to name this family ("http", "grpc"). */
  keywords: z.array(z.string()).default([]),
  /** A prefix that bare digits take to become a code (entra: AADSTS, so "65004" means AADSTS65004). */
  numericPrefix: z.string().optional(),
  /** Official lookup URL for any code, `{code}` and `{number}` filled in; used for unknown codes. */
  lookupUrl: z.string().optional(),
  /** Where the family's codes are defined. */
  sources: z.array(Source).min(1),
  /** How its codes appear in free text (see docs/architecture.md). */
  matchers: z.array(Matcher).default([]),
});
export type Provider = z.infer<typeof Provider>;
