import { inGroup } from '../codes.js';
import { baseFacts, named, type Rule, retryText, significant, usersOfApp } from './rule.js';

/** Interrupts that belong to signing in ("keep me signed in?", silent SSO finding no session): notes, never findings. */
export const expectedInterrupts: Rule = {
  name: 'expected-interrupts',
  claims: (code) => inGroup('expected', code),
  judge(context) {
    const { failure: f, app } = context;
    if (!significant(context)) return undefined;
    return {
      verdict: 'other',
      note: true,
      evidence: `${usersOfApp(f, app)} saw ${named(f)}; ${retryText(f)}. An interrupt that is part of signing in, not a failure.`,
      rule: 'an expected interrupt: a note',
      facts: baseFacts(f, app),
    };
  },
};
