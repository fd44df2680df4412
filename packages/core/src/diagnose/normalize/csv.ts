import type { SignInRecord } from '../schema.js';
import { browserFamily, dynamic, parseCode, parseFlag, parseTime, text, userKey } from './fields.js';
import { tableInteractive } from './object.js';

/** Turns one CSV row (its cells, in header order) into a sign-in, or says why it cannot. */
export type RowReader = (cells: string[]) => SignInRecord | string;

/** Column index by trimmed name; the first wins (the admin-center CSV has "Incoming token type" twice). */
function indexer(header: string[]) {
  const at = new Map<string, number>();
  header.forEach((name, i) => {
    if (!at.has(name)) at.set(name, i);
  });
  return (...names: string[]) => {
    for (const name of names) {
      const i = at.get(name);
      if (i !== undefined) return i;
    }
    return -1;
  };
}

const cell = (cells: string[], i: number) => (i === -1 ? '' : (cells[i] ?? ''));

/**
 * The Entra admin center's CSV download, keyed by trimmed column name, never by position (the column set
 * changed in 2024–25). It has no interactive column: the file name (InteractiveSignIns_… or
 * NonInteractiveSignIns_…) is the only sign, passed in as `interactive`.
 */
export function entraCsvReader(header: string[], interactive: boolean | undefined): RowReader {
  const col = indexer(header);
  const time = col('Date (UTC)');
  const userId = col('User ID');
  const upn = col('Username');
  const appId = col('Application ID');
  const app = col('Application');
  const code = col('Sign-in error code');
  const reason = col('Failure reason');
  const clientApp = col('Client app');
  const browser = col('Browser');
  const os = col('Operating System');
  const correlation = col('Correlation ID');
  const ca = col('Conditional Access');
  return (cells) => {
    const errorCode = parseCode(cell(cells, code));
    if (errorCode === undefined) return `"Sign-in error code" is not a number: ${JSON.stringify(cell(cells, code).slice(0, 40))}`;
    const when = parseTime(cell(cells, time));
    if (Number.isNaN(when)) return `"Date (UTC)" is not a time: ${JSON.stringify(cell(cells, time).slice(0, 40))}`;
    return {
      time: when,
      user: userKey(cell(cells, userId), cell(cells, upn)),
      appId: cell(cells, appId),
      appName: cell(cells, app),
      code: errorCode,
      failureReason: cell(cells, reason),
      interactive,
      clientApp: cell(cells, clientApp),
      browser: browserFamily(cell(cells, browser)),
      os: cell(cells, os),
      correlationId: cell(cells, correlation),
      conditionalAccess: caStatus(cell(cells, ca)),
    };
  };
}

/** "Not Applied" in the CSV is notApplied in Graph; one spelling for breakdowns. */
function caStatus(value: string): string {
  if (value === 'Not Applied') return 'notApplied';
  return value ? value[0]?.toLowerCase() + value.slice(1) : '';
}

/**
 * A SigninLogs query result exported as CSV: PascalCase columns (the portal adds " [UTC]" to times,
 * removed before this), ResultType as text, dynamic columns (Status, DeviceDetail) as JSON text.
 */
export function logAnalyticsCsvReader(header: string[]): RowReader {
  const col = indexer(header);
  const created = col('CreatedDateTime');
  const generated = col('TimeGenerated');
  const userId = col('UserId');
  const upn = col('UserPrincipalName');
  const appId = col('AppId');
  const app = col('AppDisplayName');
  const result = col('ResultType');
  const description = col('ResultDescription');
  const status = col('Status');
  const interactive = col('IsInteractive');
  const table = col('Type');
  const clientApp = col('ClientAppUsed');
  const device = col('DeviceDetail');
  const correlation = col('CorrelationId');
  const ca = col('ConditionalAccessStatus');
  return (cells) => {
    const errorCode = parseCode(cell(cells, result));
    if (errorCode === undefined) return `ResultType is not a number: ${JSON.stringify(cell(cells, result).slice(0, 40))}`;
    const when = parseTime(cell(cells, created) || cell(cells, generated));
    if (Number.isNaN(when)) return `TimeGenerated is not a time: ${JSON.stringify(cell(cells, generated).slice(0, 40))}`;
    const detail = dynamic(cell(cells, device));
    return {
      time: when,
      user: userKey(cell(cells, userId), cell(cells, upn)),
      appId: cell(cells, appId),
      appName: cell(cells, app),
      code: errorCode,
      failureReason: text(dynamic(cell(cells, status))?.failureReason) || cell(cells, description),
      interactive: parseFlag(cell(cells, interactive)) ?? tableInteractive(cell(cells, table)),
      clientApp: cell(cells, clientApp),
      browser: browserFamily(detail?.browser),
      os: text(detail?.operatingSystem),
      correlationId: cell(cells, correlation),
      conditionalAccess: cell(cells, ca),
    };
  };
}
