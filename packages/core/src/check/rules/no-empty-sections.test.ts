import { describe, expect, it } from 'vitest';
import { fixture, runRule, swap } from '../../../test/fixture.js';
import { noEmptySections } from './no-empty-sections.js';

describe('no-empty-sections', () => {
  it('passes the good fixture', () => expect(runRule(noEmptySections, fixture())).toEqual([]));
  it('names an empty section', () => {
    const dir = fixture({ 'errors/entra/AADSTS65004.md': swap('It differs from its neighbours.\n', '') });
    expect(runRule(noEmptySections, dir)).toEqual([expect.objectContaining({ field: 'differences' })]);
  });
});
