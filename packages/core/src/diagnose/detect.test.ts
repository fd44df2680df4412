import { describe, expect, it } from 'vitest';
import { csvHeader, detectFormat } from './detect.js';

describe('detectFormat', () => {
  it.each([
    ['[{"id":"a"}]', 'json-array'],
    ['  \n[\n', 'json-array'],
    ['{"@odata.context":"x","value":[', 'graph-json'],
    ['{\n  "value": [\n', 'graph-json'],
    ['{"id":"a"}\n{"id":"b"}\n', 'jsonl'],
    ['{"value":[{"id":"a"}]}\n', 'jsonl'],
    ['{"tables":[{"name":"PrimaryResult"', 'log-analytics-api'],
    ['"Date (UTC)","Request ID","Sign-in error code"\n', 'entra-csv'],
    ['"TimeGenerated [UTC]","ResultType","AppId"\r\n', 'log-analytics-csv'],
    ['TenantId,CreatedDateTime [UTC],ResultType\n', 'log-analytics-csv'],
    ['hello,world\n1,2\n', undefined],
    ['Dear admin, users cannot sign in.', undefined],
  ])('reads %j as %s', (head, format) => {
    expect(detectFormat(head, true)).toBe(format);
  });

  it('waits for a whole first line before calling a single object JSON lines', () => {
    expect(detectFormat('{"id":"a"}', false)).toBe('graph-json');
    expect(detectFormat('{"id":"a"}', true)).toBe('jsonl');
  });
});

describe('csvHeader', () => {
  it('unquotes, trims and drops bracketed suffixes, keeping duplicates and double spaces inside', () => {
    expect(csvHeader('\uFEFF"Application ID ","Autonomous system  number","a ""b""",TimeGenerated [UTC],\r\nx')).toEqual([
      'Application ID',
      'Autonomous system  number',
      'a "b"',
      'TimeGenerated',
      '',
    ]);
  });
});
