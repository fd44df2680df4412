import { describe, expect, it } from 'vitest';
import { fixture, runRule, swap } from '../../../test/fixture.js';
import { providerKnown } from './provider-known.js';

describe('provider-known', () => {
  it('passes the good fixture', () => expect(runRule(providerKnown, fixture())).toEqual([]));
  it('names an entry whose provider has no file', () => {
    const dir = fixture({ 'providers/http.yaml': null });
    expect(runRule(providerKnown, dir)).toEqual([expect.objectContaining({ file: 'errors/http/429.md', field: 'provider' })]);
  });
  it("names a code that is not in the provider's form", () => {
    const dir = fixture({ 'providers/http.yaml': swap("codePattern: '^[1-5]\\d\\d$'", "codePattern: '^[1-3]\\d\\d$'") });
    expect(runRule(providerKnown, dir)).toEqual([
      expect.objectContaining({ field: 'code', message: expect.stringContaining('"429" is not a Test HTTP code') }),
    ]);
  });
});
