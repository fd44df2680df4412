import { describe, expect, it } from 'vitest';
import { fixture, runRule, swap } from '../../../test/fixture.js';
import { referencesResolve } from './references-resolve.js';

describe('references-resolve', () => {
  it('passes the good fixture', () => expect(runRule(referencesResolve, fixture())).toEqual([]));
  it('names a related id that is not an entry', () => {
    const dir = fixture({ 'errors/entra/AADSTS65004.md': swap('related: [http/429]', 'related: [http/418]') });
    expect(runRule(referencesResolve, dir)).toEqual([
      expect.objectContaining({
        file: 'errors/entra/AADSTS65004.md',
        field: 'related',
        message: expect.stringContaining('"http/418" is not an entry'),
      }),
    ]);
  });
  it('names a compared id and a covered id that are not entries', () => {
    const dir = fixture({
      'compare/AADSTS65004-vs-429.md': swap('compares: [entra/AADSTS65004, http/429]', 'compares: [entra/AADSTS65004, http/503]'),
      'playbooks/fixture-recovery.md': swap('covers: [http/429]', 'covers: [grpc/UNAVAILABLE]'),
    });
    expect(runRule(referencesResolve, dir).map((f) => f.field)).toEqual(['compares', 'covers']);
  });
});
