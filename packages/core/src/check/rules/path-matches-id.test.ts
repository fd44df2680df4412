import { describe, expect, it } from 'vitest';
import { fixture, goodText, runRule } from '../../../test/fixture.js';
import { pathMatchesId } from './path-matches-id.js';

describe('path-matches-id', () => {
  it('passes the good fixture', () => expect(runRule(pathMatchesId, fixture())).toEqual([]));
  it('names a file whose path disagrees with its id', () => {
    const dir = fixture({ 'errors/http/429.md': null, 'errors/http/430.md': goodText('errors/http/429.md') });
    const faults = runRule(pathMatchesId, dir);
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatchObject({ file: 'errors/http/430.md', field: 'id' });
    expect(faults[0]?.message).toContain('errors/http/429.md');
  });
  it('names an id that disagrees with provider and code', () => {
    const dir = fixture({ 'errors/http/429.md': (t) => t.replace('id: http/429', 'id: http/428') });
    expect(runRule(pathMatchesId, dir).map((f) => f.message)).toContainEqual(expect.stringContaining('should be "http/429"'));
  });
});
