import { describe, expect, it } from 'vitest';
import { context } from '../../../test/rule-context.js';
import { expectedInterrupts } from './expected-interrupts.js';

describe('expected-interrupts rule', () => {
  it('notes "keep me signed in?" and silent-SSO interrupts, never as findings', () => {
    expect(expectedInterrupts.judge(context({ code: 50140, users: 60, retried: 60 }, { users: 100 }))).toMatchObject({ note: true });
    expect(expectedInterrupts.claims(50058)).toBe(true);
    expect(expectedInterrupts.claims(65004)).toBe(false);
  });

  it('stays a note when most users never got past the interrupt, but says so', () => {
    const passed = expectedInterrupts.judge(context({ code: 16000, users: 40, retried: 36 }, { users: 100 }));
    const stuck = expectedInterrupts.judge(context({ code: 16000, users: 40, retried: 4 }, { users: 100 }));
    expect([passed?.note, stuck?.note]).toEqual([true, true]);
    expect(passed?.evidence).toContain('not a failure');
    expect(stuck?.evidence).toContain('most of these users did not get in afterwards');
  });
});
