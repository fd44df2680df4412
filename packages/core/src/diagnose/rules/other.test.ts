import { describe, expect, it } from 'vitest';
import { context } from '../../../test/rule-context.js';
import { judge } from './index.js';
import { other } from './other.js';

describe('other rule, and the order rules are asked in', () => {
  it('reports a code no rule reads when it touches enough users', () => {
    expect(other.judge(context({ code: 50057, users: 12 }, { users: 100 }))?.verdict).toBe('other');
    expect(other.judge(context({ code: 50057, users: 2 }, { users: 100 }))).toBeUndefined();
  });
  it('lets the first rule with a judgement decide; other only when none has one', () => {
    expect(judge(context({ code: 65004, users: 80 }, { users: 100 }))?.verdict).toBe('tenant-policy-or-scope-design');
    expect(judge(context({ code: 65004, users: 10 }, { users: 100 }))?.verdict).toBe('consent-ux-abandonment');
    expect(judge(context({ code: 90093, users: 10 }, { users: 100 }))?.verdict).toBe('other');
    expect(judge(context({ code: 50140, users: 10 }, { users: 100 }))?.note).toBe(true);
    expect(judge(context({ code: 12345, users: 1 }, { users: 100 }))).toBeUndefined();
  });
});
