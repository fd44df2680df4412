import { inGroup } from '../codes.js';
import { baseFacts, named, num, pct, type Rule, retryText, significant, usersOfApp, when } from './rule.js';

/** Service-side: the sign-in service or a service behind it failed. Nothing in the tenant or app to change. */
export const serviceSide: Rule = {
  name: 'service-side',
  claims: (code) => inGroup('serviceSide', code),
  judge(context) {
    const { failure: f, app, thresholds: t } = context;
    if (!significant(context)) return undefined;
    const [peakStart, peakCount, width] = f.peak;
    const hours = Math.round(width / 3_600_000);
    return {
      verdict: 'service-side',
      evidence:
        `${named(f)} on ${num(f.count)} sign-ins by ${usersOfApp(f, app)}, ${num(peakCount)} of them (${pct(peakCount / f.count)}) in the ${hours === 1 ? 'hour' : `${hours} hours`} from ${when(peakStart)}; ${retryText(f)}. ` +
        'The service failed, not the tenant or the app: check the service health history for that time, and retry with backoff.',
      rule: `at least ${t.minUsers} users and ${pct(t.minShare)} of the app's users`,
      facts: { ...baseFacts(f, app), peakStart: new Date(peakStart).toISOString(), peakSignIns: peakCount },
    };
  },
};
