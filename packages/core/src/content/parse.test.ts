import { describe, expect, it } from 'vitest';
import { goodText } from '../../test/fixture.js';
import { parseEntry, parsePlaybook, parseProvider } from './parse.js';

const ENTRY = 'errors/entra/AADSTS65004.md';

describe('parseEntry', () => {
  it('turns causes and fixes into structured items with their citations', () => {
    const { value, faults } = parseEntry(goodText(ENTRY), ENTRY);
    expect(faults).toEqual([]);
    expect(value?.causes).toEqual([
      { title: 'The person said no', detail: 'They pressed the button that declines. [1]', cites: [1], fieldExperience: false },
      {
        title: 'The window closed',
        detail: 'Seen in support cases. [field experience] Reasoning goes here.',
        cites: [],
        fieldExperience: true,
      },
    ]);
    expect(value?.fixes[0]?.cites).toEqual([1, 2]);
    expect(Object.keys(value?.sections ?? {})).toEqual([
      'meaning',
      'causes',
      'fixes',
      'diagnosis',
      'differences',
      'decisionRules',
      'examples',
      'verify',
      'prevention',
    ]);
  });

  it('keeps a "## " line inside a code block as code, not a heading', () => {
    const text = goodText(ENTRY).replace("console.log('example');", "console.log('example');\n## not a heading");
    const { value, faults } = parseEntry(text, ENTRY);
    expect(faults).toEqual([]);
    expect(value?.sections.examples).toContain('## not a heading');
  });

  it('names an unknown heading with its file line', () => {
    const text = goodText(ENTRY).replace('## Verify the fix', '## Verification');
    const { faults } = parseEntry(text, ENTRY);
    const line = text.split('\n').indexOf('## Verification') + 1;
    expect(faults).toEqual([expect.objectContaining({ rule: 'sections', file: ENTRY, line, field: 'Verification' })]);
  });

  it('names an out-of-order heading', () => {
    const text = goodText(ENTRY).replace('## Meaning', '## Prevention\n\nFirst.\n\n## Meaning');
    expect(parseEntry(text, ENTRY).faults.map((f) => f.message)).toContainEqual(expect.stringContaining('appears twice'));
  });

  it('names each bad front-matter field', () => {
    const text = goodText(ENTRY).replace('actor: end-user', 'actor: somebody').replace('depth: full', 'depth: deep');
    const { value, faults } = parseEntry(text, ENTRY);
    expect(value).toBeUndefined();
    expect(faults.map((f) => f.field).sort()).toEqual(['actor', 'depth']);
  });

  it('refuses unknown front-matter keys', () => {
    const text = goodText(ENTRY).replace('depth: full', 'depth: full\nauthor: someone');
    expect(parseEntry(text, ENTRY).faults[0]?.message).toMatch(/author/);
  });

  it('says so when the front matter is missing or not YAML', () => {
    expect(parseEntry('# just markdown', ENTRY).faults[0]?.message).toMatch(/must start with YAML front matter/);
    expect(parseEntry('---\nid: [unclosed\n---\n', ENTRY).faults[0]?.rule).toBe('front-matter');
  });
});

describe('parsePlaybook and parseProvider', () => {
  it('reads ordered steps with titles', () => {
    const file = 'playbooks/fixture-recovery.md';
    expect(parsePlaybook(goodText(file), file).value?.steps).toEqual([
      { title: 'Read the status', detail: 'Find the code.' },
      { title: 'Wait', detail: 'Honour the header.' },
    ]);
  });
  it('reads a provider and fills defaults', () => {
    const { value } = parseProvider(goodText('providers/http.yaml'), 'providers/http.yaml');
    expect(value).toMatchObject({ id: 'http', keywords: ['http', 'status'], matchers: [] });
  });
});
