import { describe, expect, it } from 'vitest';
import { context } from '../../../test/rule-context.js';
import { appMisconfiguration } from './app-misconfiguration.js';

describe('app-misconfiguration rule', () => {
  it('reads registration and credential errors as misconfiguration', () => {
    for (const code of [50011, 700016, 7000215, 7000222]) {
      expect(appMisconfiguration.judge(context({ code, users: 10 }, { users: 50 }))?.verdict).toBe('app-misconfiguration');
    }
  });
  it('judges sign-ins without users (a service principal) by their count', () => {
    const j = appMisconfiguration.judge(context({ code: 7000222, users: 0, count: 28, withoutUser: 28 }, { users: 0, signIns: 56 }));
    expect(j?.evidence).toContain('on 28 sign-ins without a user');
    expect(
      appMisconfiguration.judge(context({ code: 7000222, users: 0, count: 4, withoutUser: 4 }, { users: 0, signIns: 56 })),
    ).toBeUndefined();
  });
});
