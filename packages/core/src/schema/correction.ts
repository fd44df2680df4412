import { z } from 'zod';

/** Longest accepted value of each field, in characters. */
export const CORRECTION_LIMITS = { target: 120, problem: 4000, suggestion: 4000, source: 2000, contact: 200, reason: 2000 } as const;

/**
 * Control characters other than tab and newline (C0, DEL, C1): they have no business in a report, can hide
 * text in a terminal (ANSI escapes), and PostgreSQL refuses NUL outright.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const CONTROL = CONTROL_CHARACTERS;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Trimmed, CRLF folded to LF, within `max`, no control characters, valid Unicode. */
const plain = (field: string, max: number) =>
  z
    .string({ error: `the field "${field}" must be text` })
    .trim()
    .transform((s) => s.replace(/\r\n?/g, '\n'))
    .pipe(
      z
        .string()
        .max(max, `the field "${field}" is over ${max} characters; shorten it`)
        .refine((s) => !CONTROL.test(s), `the field "${field}" contains control characters; send plain text`)
        .refine((s) => !LONE_SURROGATE.test(s), `the field "${field}" is not valid Unicode`),
    );

/** A required text field of at least `min` characters. */
function text(field: string, min: number, max: number, what: string) {
  return z
    .string({
      error: (iss) => (iss.input === undefined ? `the field "${field}" is required: ${what}` : `the field "${field}" must be text`),
    })
    .pipe(plain(field, max))
    .pipe(
      z
        .string()
        .min(min, min > 1 ? `the field "${field}" needs at least ${min} characters: ${what}` : `the field "${field}" is empty: ${what}`),
    );
}

/** An optional field: absent, null and blank all mean "not given". */
const optional = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v), inner.optional());

/** A document id a report can be about: an entry, a compare guide or a playbook. */
export const CorrectionTarget = z
  .string({ error: 'the field "target" is required: the id of the entry, guide or playbook (e.g. entra/AADSTS65004)' })
  .trim()
  .max(CORRECTION_LIMITS.target, `the field "target" is over ${CORRECTION_LIMITS.target} characters`)
  .regex(/^[a-z][a-z0-9-]*\/[A-Za-z0-9_.-]+$/, 'the field "target" must be a document id such as entra/AADSTS65004 or compare/429-vs-503');

/** What a reader sends with "report a correction". Unknown fields are refused, so a misspelt one is not lost silently. */
export const CorrectionInput = z.strictObject(
  {
    /** The entry, compare guide or playbook the report is about. */
    target: CorrectionTarget,
    /** What is wrong, missing or out of date. */
    problem: text('problem', 10, CORRECTION_LIMITS.problem, 'say what is wrong, missing or out of date'),
    /** What the page should say instead. */
    suggestion: text('suggestion', 1, CORRECTION_LIMITS.suggestion, 'say what the page should say instead'),
    /** A page that shows it (http or https). */
    source: optional(
      plain('source', CORRECTION_LIMITS.source).pipe(
        z.url({ protocol: /^https?$/, error: 'the field "source" must be an http:// or https:// URL' }),
      ),
    ),
    /** How to reach the reporter, if they want to be reached; shown only to moderators. */
    contact: optional(plain('contact', CORRECTION_LIMITS.contact).refine((s) => !s.includes('\n'), 'the field "contact" must be one line')),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys' ? `unknown field "${iss.keys[0]}"; send target, problem, suggestion, source, contact` : undefined,
  },
);
export type CorrectionInput = z.infer<typeof CorrectionInput>;

/** new → accepted or rejected; a report is resolved once. */
export const CorrectionStatus = z.enum(['new', 'accepted', 'rejected']);
export type CorrectionStatus = z.infer<typeof CorrectionStatus>;

/** A moderator's decision. A rejection says why; an acceptance may say what changed. */
export const CorrectionResolution = z
  .strictObject(
    {
      status: z.enum(['accepted', 'rejected'], { error: 'the field "status" must be "accepted" or "rejected"' }),
      reason: optional(plain('reason', CORRECTION_LIMITS.reason)),
    },
    { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field "${iss.keys[0]}"; send status and reason` : undefined) },
  )
  .refine((r) => r.status !== 'rejected' || r.reason, { message: 'the field "reason" is required to reject a report', path: ['reason'] });
export type CorrectionResolution = z.infer<typeof CorrectionResolution>;

/** A stored report, as the moderation API returns it. */
export const Correction = z.strictObject({
  /** 16 hex digits, random: nobody can guess another reader's report. */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  target: z.string(),
  problem: z.string(),
  suggestion: z.string(),
  source: z.string().optional(),
  contact: z.string().optional(),
  status: CorrectionStatus,
  /** The moderator's reason, once resolved. */
  reason: z.string().optional(),
  /** ISO 8601 instants. */
  createdAt: z.string(),
  resolvedAt: z.string().optional(),
});
export type Correction = z.infer<typeof Correction>;

/** The first problem in a failed parse, as the API reports it: what is wrong and which field. */
export function correctionProblem(error: z.ZodError): { error: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { error: 'the report is not valid' };
  const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
  return typeof field === 'string' ? { error: issue.message, field } : { error: issue.message };
}

/** GET /api/v1/corrections: reports newest first, and how many there are of each status. */
export const CorrectionList = z.strictObject({
  corrections: z.array(Correction),
  counts: z.record(CorrectionStatus, z.number().int().nonnegative()),
});
export type CorrectionList = z.infer<typeof CorrectionList>;
