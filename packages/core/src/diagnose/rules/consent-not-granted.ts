import { inGroup } from '../codes.js';
import { baseFacts, named, num, pct, type Rule, retryText, round, significant, usersOfApp, when } from './rule.js';

/**
 * Consent not granted: AADSTS65001 that starts at one moment across many users — at least `onsetQuietShare`
 * of the app's sign-ins before the onset (when 90% of the affected users had not hit it yet), then at least
 * `onsetUserShare` of the users active since hitting it for the first time — is a permission added without consent. 65001 for most users all along, with few ever succeeding, is an app
 * nobody consented to. A trickle that people get past is first-time consent working: a note.
 */
export const consentNotGranted: Rule = {
  name: 'consent-not-granted',
  claims: (code) => inGroup('consentMissing', code),
  judge(context) {
    const { failure: f, app, thresholds: t } = context;
    if (f.users < t.minUsers) return undefined;
    const before = app.signInsBefore(f.onset);
    const since = app.usersActiveSince(f.onset);
    const quietShare = app.signIns ? before / app.signIns : 0;
    const sinceShare = since ? f.usersFromOnset / since : 0;
    const early = f.users - f.usersFromOnset;
    const facts = {
      ...baseFacts(f, app),
      onset: new Date(f.onset).toISOString(),
      usersBeforeOnset: early,
      signInsBeforeOnset: before,
      usersActiveSinceOnset: since,
      shareOfUsersSinceOnset: round(sinceShare),
    };
    if (quietShare >= t.onsetQuietShare && sinceShare >= t.onsetUserShare) {
      return {
        verdict: 'consent-not-granted',
        evidence:
          `${named(f)} took hold at ${when(f.onset)}: ${early ? `only ${num(early)} users hit it` : 'none of it'} in the ${num(before)} sign-ins (${pct(quietShare)}) before then, and ` +
          `${num(f.usersFromOnset)} of the ${num(since)} users active since (${pct(sinceShare)}) hit it after; ${retryText(f)}. ` +
          'Something changed at that moment, most likely a permission added to the app that nobody has consented to yet: grant consent for it.',
        rule: `≥ ${pct(t.onsetQuietShare)} (onsetQuietShare) of the app's sign-ins before the onset, then ≥ ${pct(t.onsetUserShare)} (onsetUserShare) of users active since hitting it`,
        facts,
      };
    }
    if (f.userFraction >= t.policyShare && f.retryFraction < t.retryShare) {
      return {
        verdict: 'consent-not-granted',
        evidence:
          `${usersOfApp(f, app)} hit ${named(f)} across the whole period and ${retryText(f)}: ` +
          'the app’s permissions were never consented to in this tenant.',
        rule: `share of users ≥ policyShare (${pct(t.policyShare)}) and later success < retryShare (${pct(t.retryShare)})`,
        facts,
      };
    }
    if (!significant(context)) return undefined;
    return {
      verdict: 'consent-not-granted',
      note: true,
      evidence:
        `${usersOfApp(f, app)} hit ${named(f)}, spread over the period rather than from one moment, and ${retryText(f)}: ` +
        'first-time consent, asked for and given as designed.',
      rule: 'no onset and no majority: a note, not a finding',
      facts,
    };
  },
};
