import { z } from 'zod';

/**
 * What a finding says caused a failure (DESIGN.md, "Contracts"). The order is the order a report
 * lists them in: the consent readings first, since they are what an admin usually came for.
 */
export const Verdict = z
  .enum([
    'tenant-policy-or-scope-design',
    'consent-ux-abandonment',
    'consent-not-granted',
    'user-credentials',
    'mfa-or-conditional-access',
    'app-misconfiguration',
    'service-side',
    'other',
  ])
  .describe(
    'tenant-policy-or-scope-design: most users of the app cannot or will not consent (user consent off, admin-only scopes); ' +
      'consent-ux-abandonment: a small share of users declined or left the prompt; consent-not-granted: a permission ' +
      'nobody consented to yet (a new scope); user-credentials: passwords, lockouts, expired passwords; ' +
      'mfa-or-conditional-access: MFA not completed or a Conditional Access block; app-misconfiguration: the app ' +
      'registration or its secrets are wrong; service-side: the sign-in service failed; other: a failure no rule explains',
  );
export type Verdict = z.infer<typeof Verdict>;

/** The input formats diagnose() reads, told apart by their content (see detect.ts). */
export const LogFormat = z
  .enum(['graph-json', 'json-array', 'jsonl', 'entra-csv', 'log-analytics-csv', 'log-analytics-api'])
  .describe(
    'graph-json: Graph list responses ({"value":[…],"@odata.nextLink"}), one or several, also Event Hub {"records":[…]}; ' +
      'json-array: a bare array of sign-ins or of pages (admin center JSON download, az monitor output); ' +
      'jsonl: one sign-in (or one page) per line; entra-csv: the admin center CSV download; ' +
      'log-analytics-csv: a SigninLogs query result exported as CSV; log-analytics-api: the Log Analytics query API ({"tables":[…]})',
  );
export type LogFormat = z.infer<typeof LogFormat>;

/**
 * One sign-in, whatever format it came in. The normalisers build these; the schema documents the shape
 * (records are never validated one by one: a million of them must stream through quickly).
 */
export const SignInRecord = z.object({
  /** Milliseconds since the epoch (UTC). */
  time: z.number(),
  /** userId, else the lower-cased user principal name; empty for sign-ins without a user (service principals). */
  user: z.string(),
  appId: z.string(),
  appName: z.string(),
  /** status.errorCode / ResultType / "Sign-in error code"; 0 is success. */
  code: z.number().int(),
  failureReason: z.string(),
  /** undefined when the format does not say (the admin center CSV has no such column). */
  interactive: z.boolean().optional(),
  clientApp: z.string(),
  /** Browser family without its version ("Edge", not "Edge 126.0.0"), so breakdowns stay small. */
  browser: z.string(),
  os: z.string(),
  correlationId: z.string(),
  /** success, failure, notApplied… as the log writes it. */
  conditionalAccess: z.string(),
});
export type SignInRecord = z.infer<typeof SignInRecord>;

/** A value and how many failed sign-ins carried it (client app, browser, OS, Conditional Access result). */
const Share = z.object({ value: z.string(), count: z.number().int() });

/** A row the reader could not use, with where it was. */
export const MalformedRow = z.object({ file: z.string(), line: z.number().int(), reason: z.string() });
export type MalformedRow = z.infer<typeof MalformedRow>;

const Link = {
  /** Canonical id of the code's entry, e.g. entra/AADSTS65004. */
  id: z.string(),
  /** The entry's page on an Errata site. */
  link: z.string(),
  /** The entry's title, when the catalog has it. */
  title: z.string().optional(),
  /** Microsoft's lookup for a code Errata has no entry for. */
  lookupUrl: z.string().optional(),
};

/** One error code within one app. */
export const FailureSummary = z.object({
  code: z.number().int(),
  /** Sign-ins that ended with this code. */
  count: z.number().int(),
  /** Distinct users who hit it at least once. */
  users: z.number().int(),
  /** users divided by the app's distinct users (0 when the app has no users). */
  userFraction: z.number(),
  /** Users who hit it and later signed in to the same app successfully. */
  retried: z.number().int(),
  retryFraction: z.number(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  failureReason: z.string(),
  interactive: z.object({ yes: z.number().int(), no: z.number().int(), unknown: z.number().int() }),
  clientApps: z.array(Share),
  browsers: z.array(Share),
  operatingSystems: z.array(Share),
  conditionalAccess: z.array(Share),
  /** Failed sign-ins per bucket of the report's timeline. */
  series: z.array(z.number().int()),
  ...Link,
});
export type FailureSummary = z.infer<typeof FailureSummary>;

/** A reading of one code in one app, with the numbers behind it. */
export const Finding = z.object({
  code: z.number().int(),
  verdict: Verdict,
  /** One or two sentences with the numbers that support the verdict. */
  evidence: z.string(),
  /** The threshold(s) the verdict rests on, in words. */
  rule: z.string(),
  /** The numbers, for programs. */
  facts: z.record(z.string(), z.union([z.number(), z.string()])),
  ...Link,
});
export type Finding = z.infer<typeof Finding>;

export const AppSummary = z.object({
  appId: z.string(),
  appDisplayName: z.string(),
  signIns: z.number().int(),
  users: z.number().int(),
  failedSignIns: z.number().int(),
  failures: z.array(FailureSummary),
  /** Problems, each with a verdict. */
  findings: z.array(Finding),
  /** Failures that are a normal part of signing in here (MFA prompts people complete, first-time consent). */
  notes: z.array(Finding),
  series: z.object({ signIns: z.array(z.number().int()), failures: z.array(z.number().int()) }),
});
export type AppSummary = z.infer<typeof AppSummary>;

export const FileSummary = z.object({
  name: z.string(),
  format: LogFormat.optional(),
  gzip: z.boolean(),
  bytes: z.number().int(),
  records: z.number().int(),
  malformed: z.number().int(),
});
export type FileSummary = z.infer<typeof FileSummary>;

/** `errata diagnose --json`: the contract in DESIGN.md, with more fields beside the promised ones. */
export const DiagnoseReport = z.object({
  summary: z.object({
    files: z.array(FileSummary),
    /** Sign-ins read (all files). */
    signIns: z.number().int(),
    failedSignIns: z.number().int(),
    users: z.number().int(),
    apps: z.number().int(),
    from: z.string().optional(),
    to: z.string().optional(),
    malformed: z.object({ count: z.number().int(), first: z.array(MalformedRow) }),
    findings: z.number().int(),
    /** Apps with at least one finding of each verdict. */
    verdicts: z.record(z.string(), z.number().int()),
    /** The thresholds the findings were judged by. */
    thresholds: z.record(z.string(), z.number()),
  }),
  /** The buckets every series in the report counts into. */
  timeline: z.object({ start: z.string().optional(), bucketMs: z.number().int(), buckets: z.number().int() }),
  apps: z.array(AppSummary),
});
export type DiagnoseReport = z.infer<typeof DiagnoseReport>;
