import { appMisconfiguration } from './app-misconfiguration.js';
import { consentAbandonment } from './consent-abandonment.js';
import { consentNotGranted } from './consent-not-granted.js';
import { consentPolicy } from './consent-policy.js';
import { expectedInterrupts } from './expected-interrupts.js';
import { mfaOrConditionalAccess } from './mfa-or-conditional-access.js';
import { other } from './other.js';
import type { Judgement, Rule, RuleContext } from './rule.js';
import { serviceSide } from './service-side.js';
import { userCredentials } from './user-credentials.js';

export type { AppFacts, FailureFacts, Judgement, Rule, RuleContext } from './rule.js';

/** In order: the first rule that claims a code and returns a judgement decides it; `other`, last, claims every code. */
export const DIAGNOSE_RULES: readonly Rule[] = [
  consentPolicy,
  consentAbandonment,
  consentNotGranted,
  userCredentials,
  mfaOrConditionalAccess,
  appMisconfiguration,
  serviceSide,
  expectedInterrupts,
  other,
];

/** The reading of one code in one app, or undefined when it is noise (every rule asks for significance). */
export function judge(context: RuleContext): Judgement | undefined {
  for (const rule of DIAGNOSE_RULES) {
    if (!rule.claims(context.failure.code)) continue;
    const judgement = rule.judge(context);
    if (judgement) return judgement;
  }
  return undefined;
}
