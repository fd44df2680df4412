import { describe, expect, it } from 'vitest';
import { context } from '../../../test/rule-context.js';
import { mfaOrConditionalAccess } from './mfa-or-conditional-access.js';

describe('mfa-or-conditional-access rule', () => {
  it('notes MFA prompts people complete as a normal step, not a failure', () => {
    const j = mfaOrConditionalAccess.judge(context({ code: 50074, users: 40, retried: 39 }, { users: 100 }));
    expect(j).toMatchObject({ verdict: 'mfa-or-conditional-access', note: true });
    expect(j?.evidence).toContain('a normal MFA step, not a failure');
  });
  it('finds MFA prompts people do not get past', () => {
    const j = mfaOrConditionalAccess.judge(context({ code: 50076, users: 40, retried: 10 }, { users: 100 }));
    expect(j?.note).toBeUndefined();
    expect(j?.evidence).toContain('not getting through MFA');
  });
  it('finds Conditional Access blocks, even when people later get in', () => {
    for (const code of [53000, 53003])
      expect(mfaOrConditionalAccess.judge(context({ code, users: 20, retried: 20 }, { users: 100 }))?.note).toBeUndefined();
  });
});
