import { inGroup } from '../codes.js';
import { baseFacts, named, num, pct, type Rule, significant, usersOfApp } from './rule.js';

/** App misconfiguration: the registration, its redirect URIs or its credentials do not match what the app sends. */
export const appMisconfiguration: Rule = {
  name: 'app-misconfiguration',
  claims: (code) => inGroup('misconfiguration', code),
  judge(context) {
    const { failure: f, app, thresholds: t } = context;
    if (!significant(context)) return undefined;
    const who = f.users ? ` by ${usersOfApp(f, app)}` : ' without a user (a service principal or managed identity)';
    return {
      verdict: 'app-misconfiguration',
      evidence:
        `${named(f)} on ${num(f.count)} sign-ins${who}, from ${new Date(f.first).toISOString().slice(0, 10)} to ${new Date(f.last).toISOString().slice(0, 10)}. ` +
        'The app or its registration is wrong (redirect URI, app id, secret or certificate): no user can fix this; the app’s owner must.',
      rule: `at least ${t.minUsers} users and ${pct(t.minShare)} of the app's users (or ${t.minSignIns} sign-ins without users)`,
      facts: baseFacts(f, app),
    };
  },
};
