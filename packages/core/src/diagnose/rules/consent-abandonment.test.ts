import { describe, expect, it } from 'vitest';
import { context } from '../../../test/rule-context.js';
import { consentAbandonment } from './consent-abandonment.js';

describe('consent-abandonment rule', () => {
  it('reads a small share declining, most coming back, as consent UX', () => {
    const j = consentAbandonment.judge(context({ code: 65004, users: 12, retried: 9 }, { users: 100 }));
    expect(j?.verdict).toBe('consent-ux-abandonment');
    expect(j?.evidence).toContain('9 of them (75%) signed in to the app successfully later');
    expect(j?.evidence).toContain('Most came back');
  });

  it('says so when most gave up instead', () => {
    expect(consentAbandonment.judge(context({ code: 65004, users: 12, retried: 2 }, { users: 100 }))?.evidence).toContain(
      'Most did not come back',
    );
  });

  it('stays quiet for noise and for a majority (that is policy)', () => {
    expect(consentAbandonment.judge(context({ code: 65004, users: 2 }, { users: 100 }))).toBeUndefined();
    expect(consentAbandonment.judge(context({ code: 65004, users: 4 }, { users: 100 }))).toBeUndefined();
    expect(consentAbandonment.judge(context({ code: 65004, users: 60 }, { users: 100 }))).toBeUndefined();
  });
});
