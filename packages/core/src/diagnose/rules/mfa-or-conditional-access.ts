import { inGroup } from '../codes.js';
import { baseFacts, named, pct, type Rule, retryText, significant, usersOfApp } from './rule.js';

/**
 * MFA or Conditional Access. An MFA prompt (50074, 50076…) that most people complete
 * (`mfaCompletedShare`) is a normal step of signing in: a note. Prompts people do not get past, and
 * Conditional Access blocks (53000, 53003…), are findings.
 */
export const mfaOrConditionalAccess: Rule = {
  name: 'mfa-or-conditional-access',
  claims: (code) => inGroup('mfa', code) || inGroup('conditionalAccess', code),
  judge(context) {
    const { failure: f, app, thresholds: t } = context;
    if (!significant(context)) return undefined;
    const facts = { ...baseFacts(f, app), mfaCompletedShare: t.mfaCompletedShare };
    if (inGroup('mfa', f.code)) {
      if (f.retryFraction >= t.mfaCompletedShare) {
        return {
          verdict: 'mfa-or-conditional-access',
          note: true,
          evidence: `${usersOfApp(f, app)} were asked for MFA (${named(f)}) and ${retryText(f)}: a normal MFA step, not a failure.`,
          rule: `later success ≥ mfaCompletedShare (${pct(t.mfaCompletedShare)}): a note`,
          facts,
        };
      }
      return {
        verdict: 'mfa-or-conditional-access',
        evidence:
          `${usersOfApp(f, app)} were stopped for MFA (${named(f)}) and only ${retryText(f)}, under the ${pct(t.mfaCompletedShare)} that marks a normal step: ` +
          'people are not getting through MFA (not registered, a method that fails, or a prompt loop).',
        rule: `later success < mfaCompletedShare (${pct(t.mfaCompletedShare)}), at least ${t.minUsers} users and ${pct(t.minShare)}`,
        facts,
      };
    }
    return {
      verdict: 'mfa-or-conditional-access',
      evidence:
        `Conditional Access stopped ${usersOfApp(f, app)} (${named(f)}) on ${f.count.toLocaleString('en-US')} sign-ins; ${retryText(f)}. ` +
        'A policy or device requirement, working as configured or scoped wider than meant: check which policy applied.',
      rule: `at least ${t.minUsers} users and ${pct(t.minShare)} of the app's users`,
      facts,
    };
  },
};
