import { inGroup } from '../codes.js';
import { baseFacts, named, pct, type Rule, retryText, significant, usersOfApp } from './rule.js';

/**
 * Consent UX or abandonment: AADSTS65004 for a small share of users (under `policyShare`). When most of
 * them sign in later, people dismissed or misread the prompt and came back; when few do, they gave up.
 */
export const consentAbandonment: Rule = {
  name: 'consent-abandonment',
  claims: (code) => inGroup('declined', code),
  judge(context) {
    const { failure: f, app, thresholds: t } = context;
    if (f.userFraction >= t.policyShare || !significant(context)) return undefined;
    const cameBack = f.retryFraction >= t.retryShare;
    return {
      verdict: 'consent-ux-abandonment',
      evidence:
        `${usersOfApp(f, app)} declined or left the consent prompt (${named(f)}), under the ${pct(t.policyShare)} that would point at policy; ` +
        `${retryText(f)}. ` +
        (cameBack
          ? 'Most came back and consented: the prompt confused or interrupted them (a popup closed, a redirect lost), not a rule that stops everyone.'
          : 'Most did not come back: they chose not to use the app, or the prompt gave them no reason to accept; explain each permission before asking.'),
      rule: `share of the app's users < policyShare (${pct(t.policyShare)}), at least ${t.minUsers} users and ${pct(t.minShare)}; later success ≥ retryShare (${pct(t.retryShare)}) reads as people coming back`,
      facts: { ...baseFacts(f, app), policyShare: t.policyShare, retryShare: t.retryShare },
    };
  },
};
