import { describe, expect, it } from 'vitest';
import { fixture, goodText, runRule, swap } from '../../../test/fixture.js';
import { aliasCollisions } from './alias-collisions.js';

describe('alias-collisions', () => {
  it('passes the good fixture', () => expect(runRule(aliasCollisions, fixture())).toEqual([]));
  it('names an alias two entries share, whatever its spelling', () => {
    const dir = fixture({ 'errors/http/429.md': swap('aliases: [FixtureRateLimited]', 'aliases: [fixture_declined_consent]') });
    expect(runRule(aliasCollisions, dir)).toEqual([
      expect.objectContaining({ file: 'errors/http/429.md', message: expect.stringContaining('also an alias of entra/AADSTS65004') }),
    ]);
  });
  it("names an alias that spells another entry's code in the same family", () => {
    const other = goodText('errors/http/429.md')
      .replace('id: http/429', 'id: http/430')
      .replace('code: "429"', 'code: "430"')
      .replace('aliases: [FixtureRateLimited]', 'aliases: []');
    const dir = fixture({
      'errors/http/430.md': other,
      'errors/http/429.md': swap('aliases: [FixtureRateLimited]', 'aliases: [FixtureRateLimited, "430"]'),
    });
    expect(runRule(aliasCollisions, dir)).toEqual([
      expect.objectContaining({ file: 'errors/http/429.md', message: expect.stringContaining('spells the code of http/430') }),
    ]);
  });
});
