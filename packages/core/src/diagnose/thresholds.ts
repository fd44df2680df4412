import { z } from 'zod';

const share = z.number().min(0).max(1);
const count = z.number().int().min(1);

/**
 * The numbers every verdict rests on. docs/diagnose.md explains each default; the report prints the
 * values it used, and the CLI takes each as a flag (--policy-share 0.6 …).
 */
export const Thresholds = z
  .object({
    policyShare: share.describe(
      'Share of an app’s distinct users hitting AADSTS65004 (or 90093) at or above which the cause reads as tenant ' +
        'policy or scope design rather than individual choice. Default 0.5: "most users".',
    ),
    minUsers: count.describe('Fewest distinct users a failure must touch before it is a finding; below it, it is noise. Default 3.'),
    minShare: share.describe(
      'Smallest share of an app’s users (of its sign-ins, for sign-ins without users) a failure must touch to be a finding. Default 0.05.',
    ),
    minSignIns: count.describe('Fewest failed sign-ins for a finding on sign-ins without a user (service principals). Default 5.'),
    retryShare: share.describe(
      'Share of affected users who later sign in to the same app successfully for "most of them succeed later". Default 0.5.',
    ),
    onsetQuietShare: share.describe(
      'AADSTS65001 onset: share of the app’s sign-ins that must come before the first 65001 (with none of it) for the ' +
        'failures to read as starting at one moment. Default 0.2.',
    ),
    onsetUserShare: share.describe('AADSTS65001 onset: share of the users active since the onset who hit 65001. Default 0.3.'),
    mfaCompletedShare: share.describe(
      'Share of users prompted for MFA who then complete the sign-in for the prompts to read as a normal step, not a failure. Default 0.8.',
    ),
  })
  .strict();
export type Thresholds = z.infer<typeof Thresholds>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  policyShare: 0.5,
  minUsers: 3,
  minShare: 0.05,
  minSignIns: 5,
  retryShare: 0.5,
  onsetQuietShare: 0.2,
  onsetUserShare: 0.3,
  mfaCompletedShare: 0.8,
};

/**
 * A 65001 onset is the first failure of the user at this fraction of the affected users (ordered by their first
 * failure): a trickle of first-time consent before a change does not hide the moment it began.
 */
export const ONSET_PERCENTILE = 0.1;

/** Defaults overlaid with the caller's values; a value out of range is an error that names it. */
export function resolveThresholds(overrides: Partial<Thresholds> = {}): Thresholds {
  const merged = { ...DEFAULT_THRESHOLDS, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
  const parsed = Thresholds.safeParse(merged);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RangeError(`threshold ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
}
