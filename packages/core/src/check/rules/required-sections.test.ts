import { describe, expect, it } from 'vitest';
import { fixture, runRule, swap } from '../../../test/fixture.js';
import { requiredSections } from './required-sections.js';

describe('required-sections', () => {
  it('passes the good fixture', () => expect(runRule(requiredSections, fixture())).toEqual([]));
  it('asks a full entry for every section', () => {
    const dir = fixture({ 'errors/entra/AADSTS65004.md': swap('## Prevention\n\nExplain before asking.\n', '') });
    expect(runRule(requiredSections, dir)).toEqual([
      expect.objectContaining({ field: 'Prevention', message: expect.stringContaining('required at depth full') }),
    ]);
  });
  it('asks a full entry for a primary source', () => {
    const dir = fixture({
      'errors/entra/AADSTS65004.md': (t) =>
        t.replace('    url: https://example.org/primary', '    url: https://example.org/primary\n    kind: secondary'),
    });
    expect(runRule(requiredSections, dir)).toEqual([expect.objectContaining({ field: 'sources' })]);
  });
  it('asks a reference entry only for Meaning', () => {
    const dir = fixture({ 'errors/http/429.md': swap('## Meaning', '## Prevention') });
    expect(runRule(requiredSections, dir)).toEqual([expect.objectContaining({ file: 'errors/http/429.md', field: 'Meaning' })]);
  });
  it('asks a playbook for two steps', () => {
    const dir = fixture({ 'playbooks/fixture-recovery.md': swap('2. **Wait.** Honour the header.\n', '') });
    expect(runRule(requiredSections, dir)).toEqual([expect.objectContaining({ field: 'Steps' })]);
  });
});
