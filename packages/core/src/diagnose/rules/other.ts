import { baseFacts, named, num, pct, type Rule, retryText, significant, usersOfApp } from './rule.js';

/** Any other failure that touches enough users: reported with its numbers, pointing at the code's entry. */
export const other: Rule = {
  name: 'other',
  claims: () => true,
  judge(context) {
    const { failure: f, app, thresholds: t } = context;
    if (!significant(context)) return undefined;
    const who = f.users ? `by ${usersOfApp(f, app)}` : 'without a user';
    return {
      verdict: 'other',
      evidence: `${named(f)} on ${num(f.count)} sign-ins ${who}; ${retryText(f)}. No rule here reads this code: see its entry.`,
      rule: `at least ${t.minUsers} users and ${pct(t.minShare)} of the app's users`,
      facts: baseFacts(f, app),
    };
  },
};
