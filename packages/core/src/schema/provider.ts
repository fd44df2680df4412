import { z } from 'zod';
import { Source } from './source.js';

/** How a code of this family is written inside free text, for the decoder. Data, not code. */
export const Matcher = z.strictObject({
  /** A short name used in diagnostics and tests. */
  name: z.string(),
  /**
   * A JavaScript regular expression (no flags; matching is case-insensitive when `ignoreCase`).
   * Group `code` holds the raw value. Patterns must be linear: no nested quantifiers.
   */
  pattern: z.string(),
  ignoreCase: z.boolean().default(false),
  /** Confidence in 0..1 when the pattern matches with no context. */
  confidence: z.number().min(0).max(1),
  /** Words near the match that raise confidence. */
  boostWords: z.array(z.string()).default([]),
  /** Words near the match that lower confidence. */
  penaltyWords: z.array(z.string()).default([]),
  /** Matches with a final confidence below this are dropped. */
  minConfidence: z.number().min(0).max(1).default(0.5),
  /** How the raw value becomes a canonical code: a template where `{code}` is the raw value. */
  canonical: z.string().default('{code}'),
  /** Turn the raw value to upper snake case before the template (DeadlineExceeded → DEADLINE_EXCEEDED). */
  upperSnake: z.boolean().default(false),
  /** The raw value is a number that `numbers` maps to a code (gRPC `code = 4`). */
  byNumber: z.boolean().default(false),
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
