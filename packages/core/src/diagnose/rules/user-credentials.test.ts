import { describe, expect, it } from 'vitest';
import { context } from '../../../test/rule-context.js';
import { userCredentials } from './user-credentials.js';

describe('user-credentials rule', () => {
  it('reads wrong passwords and lockouts that touch enough users', () => {
    for (const code of [50126, 50053, 50055]) {
      expect(userCredentials.claims(code)).toBe(true);
      expect(userCredentials.judge(context({ code, users: 10, retried: 8 }, { users: 100 }))?.verdict).toBe('user-credentials');
    }
  });
  it('leaves the everyday mistyped password alone', () => {
    expect(userCredentials.judge(context({ code: 50126, users: 4 }, { users: 400 }))).toBeUndefined();
  });
});
