import { describe, expect, it } from 'vitest';
import { context } from '../../../test/rule-context.js';
import { expectedInterrupts } from './expected-interrupts.js';

describe('expected-interrupts rule', () => {
  it('notes "keep me signed in?" and silent-SSO interrupts, never as findings', () => {
    expect(expectedInterrupts.judge(context({ code: 50140, users: 60, retried: 60 }, { users: 100 }))).toMatchObject({ note: true });
    expect(expectedInterrupts.claims(50058)).toBe(true);
    expect(expectedInterrupts.claims(65004)).toBe(false);
  });
});
