import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';
import { colorsFor } from './output.js';

const plain = colorsFor({ isTTY: false } as NodeJS.WriteStream);

describe('renderMarkdown', () => {
  it('lines a table up in columns, whatever markup its cells carry', () => {
    const table = ['| Code | Keeps the method |', '| --- | --- |', '| **301** | no |', '| `308` | yes, and the body |'].join('\n');
    expect(renderMarkdown(table, plain, 80).split('\n')).toEqual([
      '  Code  │  Keeps the method',
      '  301   │  no',
      '  308   │  yes, and the body',
    ]);
  });
});
