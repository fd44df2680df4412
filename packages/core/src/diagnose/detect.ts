import type { LogFormat } from './schema.js';

/** What each format looks like, for the error a reader sees when nothing matches. */
export const ACCEPTED_FORMATS = [
  'Microsoft Graph signIns JSON: a list response {"value":[…],"@odata.nextLink":…}, several pages, or a bare array',
  'JSON lines: one sign-in (or one Graph page) per line',
  'Entra admin center download: CSV (first column "Date (UTC)") or JSON (an array of sign-ins)',
  'Log Analytics SigninLogs: CSV export (TimeGenerated, ResultType… columns), JSON rows, or the query API\'s {"tables":[…]}',
  'diagnostic-settings records (storage account or Event Hub: {"records":[…]} or one record per line)',
  'any of these gzip-compressed',
];

/** How much text detectFormat() wants to see (it decides on less when the input is shorter). */
export const DETECT_BYTES = 64 * 1024;

/**
 * Tells the format from the first characters of a log (BOM already removed), never from a file name.
 * `complete` says the head is the whole input. Returns undefined when it is none of the accepted formats.
 */
export function detectFormat(head: string, complete: boolean): LogFormat | undefined {
  const text = head.trimStart();
  if (text.startsWith('[')) return 'json-array';
  if (text.startsWith('{')) {
    if (/^\{\s*"tables"\s*:/.test(text)) return 'log-analytics-api';
    // One complete object on the first line: JSON lines (a page per line is fine too; the reader opens pages).
    const end = text.indexOf('\n');
    const firstLine = end === -1 ? (complete ? text : undefined) : text.slice(0, end);
    if (firstLine !== undefined && isObjectText(firstLine)) return 'jsonl';
    return 'graph-json';
  }
  const header = csvHeader(text);
  if (header.includes('Date (UTC)') && header.includes('Sign-in error code')) return 'entra-csv';
  if (header.includes('ResultType') && (header.includes('TimeGenerated') || header.includes('CreatedDateTime'))) return 'log-analytics-csv';
  return undefined;
}

function isObjectText(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** The column names of a CSV's first line, trimmed ("Application ID " has a trailing space) and without " [UTC]". */
export function csvHeader(text: string): string[] {
  const names: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      names.push(cleanColumnName(field));
      field = '';
    } else if (c === '\n' || c === '\r') break;
    else field += c;
  }
  names.push(cleanColumnName(field));
  return names;
}

/** "TimeGenerated [UTC]" → "TimeGenerated"; "Application ID " → "Application ID". */
export function cleanColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s*\[[^\]]*\]$/, '');
}
