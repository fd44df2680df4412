import { inGroup } from '../codes.js';
import { baseFacts, named, pct, type Rule, retryText, significant, usersOfApp } from './rule.js';

/** User credentials: wrong passwords, lockouts, expired passwords, unknown user names. */
export const userCredentials: Rule = {
  name: 'user-credentials',
  claims: (code) => inGroup('credentials', code),
  judge(context) {
    const { failure: f, app, thresholds: t } = context;
    if (!significant(context)) return undefined;
    return {
      verdict: 'user-credentials',
      evidence:
        `${usersOfApp(f, app)} failed with ${named(f)} on ${f.count.toLocaleString('en-US')} sign-ins; ${retryText(f)}. ` +
        'A credentials problem for those users (password, lockout, expiry), not the app; a sudden rise across many users can be a password spray.',
      rule: `at least ${t.minUsers} users and ${pct(t.minShare)} of the app's users`,
      facts: baseFacts(f, app),
    };
  },
};
