import { describe, expect, it } from 'vitest';
import { LogAnalyticsApiReader } from './log-analytics-api.js';

function read(pieces: string[]) {
  const rows: unknown[] = [];
  const bad: [number, string][] = [];
  const reader = new LogAnalyticsApiReader({ row: (v) => rows.push(v), malformed: (line, reason) => bad.push([line, reason]) });
  for (const p of pieces) reader.write(p);
  reader.end();
  return { rows, bad };
}

const response = JSON.stringify({
  tables: [
    {
      name: 'PrimaryResult',
      columns: [
        { name: 'ResultType', type: 'string' },
        { name: 'AppId', type: 'string' },
      ],
      rows: [
        ['65004', 'x'],
        ['0', 'y'],
      ],
    },
  ],
});

describe('LogAnalyticsApiReader', () => {
  it('turns each row into an object keyed by column name, in any chunking', () => {
    const expected = [
      { ResultType: '65004', AppId: 'x' },
      { ResultType: '0', AppId: 'y' },
    ];
    expect(read([response, '\n']).rows).toEqual(expected);
    expect(read([response.slice(0, 50), response.slice(50, 90), response.slice(90)]).rows).toEqual(expected);
  });

  it('reports a short row, and stops at broken JSON without throwing', () => {
    expect(read([response.replace('["0","y"]', '["0"]')]).bad).toEqual([[2, '1 values where "columns" names 2']]);
    const broken = read(['{"tables":[{"columns":[{"name":"A"}],"rows":[["1"],["2"}}}']);
    expect(broken.rows).toEqual([{ A: '1' }]);
    expect(broken.bad[0]?.[1]).toMatch(/stops being valid JSON after row 1/);
  });
});
