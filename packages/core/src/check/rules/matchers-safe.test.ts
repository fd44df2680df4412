import { describe, expect, it } from 'vitest';
import { fixture, runRule } from '../../../test/fixture.js';
import { matchersSafe } from './matchers-safe.js';

const withMatcher = (pattern: string) =>
  fixture({
    'providers/http.yaml': (t) => `${t}matchers:\n  - name: probe\n    pattern: '${pattern}'\n    confidence: 0.9\n`,
  });

describe('matchers-safe', () => {
  it('passes the good fixture and a linear pattern', () => {
    expect(runRule(matchersSafe, fixture())).toEqual([]);
    expect(runRule(matchersSafe, withMatcher('\\bHTTP/\\d(?:\\.\\d)? (?<code>[1-5]\\d\\d)\\b'))).toEqual([]);
  });
  it.each([
    ['(?<code>(?:a+)+)', 'backtrack catastrophically'],
    ['(?<code>\\d+)(x)', 'only the one capturing group'],
    ['(\\d+)', 'named code'],
    ['(?<code>a)\\1', 'backreferences'],
    ['(?<code>[a-', 'not a valid regular expression'],
  ])('refuses %s', (pattern, why) => {
    expect(runRule(matchersSafe, withMatcher(pattern))).toEqual([
      expect.objectContaining({ file: 'providers/http.yaml', field: 'matchers[0] (probe)', message: expect.stringContaining(why) }),
    ]);
  });
});
