import { describe, expect, it } from 'vitest';
import { fixture, runRule, swap } from '../../../test/fixture.js';
import { citationsRule } from './citations.js';

const E = 'errors/entra/AADSTS65004.md';

describe('citations', () => {
  it('passes the good fixture', () => expect(runRule(citationsRule, fixture())).toEqual([]));
  it('names a cause in a full entry that cites nothing', () => {
    const dir = fixture({ [E]: swap('declines. [1]', 'declines.') });
    expect(runRule(citationsRule, dir)).toEqual([
      expect.objectContaining({ field: 'Common causes item 1', message: expect.stringContaining('not backed') }),
    ]);
  });
  it('names a citation past the end of the sources', () => {
    const dir = fixture({ [E]: swap('[1, 2]', '[1, 3]') });
    expect(runRule(citationsRule, dir)).toEqual([
      expect.objectContaining({ field: 'How to fix item 1', message: 'cites [3] but there are 2 sources' }),
    ]);
  });
  it('names an item without a bold title', () => {
    const dir = fixture({ [E]: swap('- **Ask again later.** Offer', '- Ask again later. Offer') });
    expect(runRule(citationsRule, dir)).toEqual([expect.objectContaining({ message: expect.stringContaining('bold title') })]);
  });
});
