import { inGroup } from '../codes.js';
import { baseFacts, named, type Rule, retryText, significant, usersOfApp } from './rule.js';

/** Interrupts that belong to signing in ("keep me signed in?", silent SSO finding no session): notes, never findings. */
export const expectedInterrupts: Rule = {
  name: 'expected-interrupts',
  claims: (code) => inGroup('expected', code),
  judge(context) {
    const { failure: f, app, thresholds } = context;
    if (!significant(context)) return undefined;
    // Still a note (these codes are steps of signing in), but say so when most of these users never got in:
    // some of them (16000, the 8101x fallbacks) also stand for an account the tenant cannot use.
    const stuck = f.users > 0 && f.retryFraction < thresholds.retryShare;
    return {
      verdict: 'other',
      note: true,
      evidence: stuck
        ? `${usersOfApp(f, app)} saw ${named(f)}; ${retryText(f)}. Usually a step of signing in, but most of these users did not get in afterwards: read the entry for when it is more than that.`
        : `${usersOfApp(f, app)} saw ${named(f)}; ${retryText(f)}. An interrupt that is part of signing in, not a failure.`,
      rule: 'an expected interrupt: a note',
      facts: baseFacts(f, app),
    };
  },
};
