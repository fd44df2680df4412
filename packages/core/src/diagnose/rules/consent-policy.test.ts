import { describe, expect, it } from 'vitest';
import { context } from '../../../test/rule-context.js';
import { consentPolicy } from './consent-policy.js';

describe('consent-policy rule', () => {
  it('reads most users declining consent as tenant policy or scope design, with the numbers', () => {
    const j = consentPolicy.judge(context({ code: 65004, users: 18, retried: 1 }, { users: 20 }));
    expect(j?.verdict).toBe('tenant-policy-or-scope-design');
    expect(j?.evidence).toContain('18 of 20 users (90%) declined the consent prompt (AADSTS65004)');
    expect(j?.facts).toMatchObject({ users: 18, appUsers: 20, userFraction: 0.9, policyShare: 0.5 });
  });

  it('leaves a share under policyShare to the next rule, at the boundary too', () => {
    expect(consentPolicy.judge(context({ code: 65004, users: 49 }, { users: 100 }))).toBeUndefined();
    expect(consentPolicy.judge(context({ code: 65004, users: 50 }, { users: 100 }))?.verdict).toBe('tenant-policy-or-scope-design');
    expect(consentPolicy.judge(context({ code: 65004, users: 60 }, { users: 100 }, { policyShare: 0.7 }))).toBeUndefined();
  });

  it('needs minUsers even when the share is high', () => {
    expect(consentPolicy.judge(context({ code: 65004, users: 2 }, { users: 2 }))).toBeUndefined();
  });

  it('reads admin-consent-required as policy whenever it is more than noise', () => {
    expect(consentPolicy.judge(context({ code: 90094, users: 10 }, { users: 100 }))?.verdict).toBe('tenant-policy-or-scope-design');
    expect(consentPolicy.judge(context({ code: 90095, users: 2 }, { users: 100 }))).toBeUndefined();
  });

  it('claims the consent codes only', () => {
    expect([65004, 90093, 90094, 90095, 65001, 50126].map((c) => consentPolicy.claims(c))).toEqual([true, true, true, true, false, false]);
  });
});
