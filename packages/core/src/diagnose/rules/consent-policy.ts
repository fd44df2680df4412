import { inGroup } from '../codes.js';
import { baseFacts, named, pct, type Rule, retryText, round, significant, usersOfApp } from './rule.js';

/**
 * Tenant policy or scope design: consent that most of an app's users do not give. AADSTS65004 (declined)
 * or 90093 (Graph refused) for at least `policyShare` of the app's users is no longer individual choice;
 * 90094/90095 (only an admin can consent) is policy whenever it is more than noise.
 */
export const consentPolicy: Rule = {
  name: 'consent-policy',
  claims: (code) => inGroup('declined', code) || inGroup('graphForbidden', code) || inGroup('adminConsent', code),
  judge(context) {
    const { failure: f, app, thresholds: t } = context;
    const facts = { ...baseFacts(f, app), policyShare: t.policyShare };
    if (inGroup('adminConsent', f.code)) {
      if (!significant(context)) return undefined;
      return {
        verdict: 'tenant-policy-or-scope-design',
        evidence:
          `${usersOfApp(f, app)} were told that only an admin can consent (${named(f)}); ${retryText(f)}. ` +
          'Users cannot consent to these permissions themselves: user consent is restricted in this tenant, or the app asks for admin-only permissions.',
        rule: `AADSTS${f.code} for at least ${t.minUsers} users and ${pct(t.minShare)} of the app's users`,
        facts,
      };
    }
    if (f.users < t.minUsers || f.userFraction < t.policyShare) return undefined;
    const what = inGroup('declined', f.code) ? 'declined the consent prompt' : 'were refused by Microsoft Graph';
    return {
      verdict: 'tenant-policy-or-scope-design',
      evidence:
        `${usersOfApp(f, app)} ${what} (${named(f)}); ${retryText(f)}. ` +
        `At ${pct(f.userFraction)} of users (threshold ${pct(t.policyShare)}) this is not individual choice: ` +
        'look at what the app asks for (broad or admin-only scopes) and at the tenant’s consent policy.',
      rule: `share of the app's users ≥ policyShare (${pct(t.policyShare)}) and at least ${t.minUsers} users`,
      facts: { ...facts, userFraction: round(f.userFraction) },
    };
  },
};
