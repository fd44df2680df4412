import { describe, expect, it } from 'vitest';
import { fixture, goodText, runRule } from '../../../test/fixture.js';
import { uniqueIds } from './unique-ids.js';

describe('unique-ids', () => {
  it('passes the good fixture', () => expect(runRule(uniqueIds, fixture())).toEqual([]));
  it('names the second file that reuses an id', () => {
    const dir = fixture({ 'playbooks/second.md': goodText('playbooks/fixture-recovery.md') });
    expect(runRule(uniqueIds, dir)).toEqual([
      expect.objectContaining({
        rule: 'unique-ids',
        file: 'playbooks/second.md',
        field: 'id',
        message: expect.stringContaining('playbooks/fixture-recovery.md'),
      }),
    ]);
  });
});
