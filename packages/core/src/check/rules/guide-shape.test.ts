import { describe, expect, it } from 'vitest';
import { fixture, runRule, swap } from '../../../test/fixture.js';
import { guideShape } from './guide-shape.js';

describe('guide-shape', () => {
  it('passes the good fixture', () => expect(runRule(guideShape, fixture())).toEqual([]));
  it('names a row with too few values', () => {
    const dir = fixture({ 'compare/AADSTS65004-vs-429.md': swap('values: [After asking, After waiting]', 'values: [After asking]') });
    expect(runRule(guideShape, dir)).toEqual([
      expect.objectContaining({ field: 'aspects "Retry"', message: expect.stringContaining('1 values for 2') }),
    ]);
  });
});
