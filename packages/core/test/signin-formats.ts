import type { GraphSignIn } from './signin-generator.js';

/**
 * The generator's sign-ins written as each export writes them (facts in shared/data/signin-log-formats.md):
 * Graph pages, bare arrays, JSON lines, the admin center's CSV (the real 57-column header, trailing spaces
 * and the duplicate column included), Log Analytics CSV/JSON/API, and diagnostic-settings records.
 */

const TENANT = '2c1d0e9f-8a7b-4c6d-9e5f-4a3b2c1d0e9f';

/** One Graph list response; `next` adds @odata.nextLink as a page that is not the last has. */
export function graphPage(records: GraphSignIn[], next?: string): string {
  return JSON.stringify(
    {
      '@odata.context': 'https://graph.microsoft.com/beta/$metadata#auditLogs/signIns',
      ...(next ? { '@odata.nextLink': `https://graph.microsoft.com/beta/auditLogs/signIns?$top=1000&$skiptoken=${next}` } : {}),
      value: records,
    },
    null,
    2,
  );
}

/** A paged export: one response per page, each but the last with @odata.nextLink. */
export function graphPages(records: GraphSignIn[], pageSize = 1000): string[] {
  const pages: string[] = [];
  for (let i = 0; i < records.length; i += pageSize) {
    const last = i + pageSize >= records.length;
    pages.push(graphPage(records.slice(i, i + pageSize), last ? undefined : `page${i / pageSize + 1}`));
  }
  return pages.length ? pages : [graphPage([])];
}

/** Pages a user merged into one file: an array of responses. */
export const graphPageArray = (records: GraphSignIn[], pageSize = 1000) => `[${graphPages(records, pageSize).join(',\n')}]`;

/** The admin center's JSON download: a bare array. */
export const jsonArray = (records: GraphSignIn[]) => JSON.stringify(records, null, 2);

export const jsonLines = (records: GraphSignIn[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');

/** The admin center CSV header, byte for byte (bitpusher2k/M365IRScripts, 57 columns since 2025). */
export const ENTRA_CSV_HEADER =
  '"Date (UTC)","Request ID","User agent","Correlation ID","User ID","User","Username","User type","Cross tenant access type","Incoming token type","Authentication Protocol","Unique token identifier","Original transfer method","Client credential type","Token Protection - Sign In Session","Token Protection - Sign In Session StatusCode","Application","Application ID ","App owner tenant ID","Resource","Resource ID ","Resource tenant ID","Resource owner tenant ID","Home tenant ID","Home tenant name","IP address","Location","Status","Sign-in error code","Failure reason","Client app","Device ID","Browser","Operating System","Compliant","Managed","Join Type","Multifactor authentication result","Multifactor authentication auth method","Multifactor authentication auth detail","Authentication requirement","Sign-in identifier","Session ID","IP address (seen by resource)","Through Global Secure Access","Global Secure Access IP address","Autonomous system  number","Flagged for review","Token issuer type","Incoming token type","Token issuer name","Latency","Conditional Access","Managed Identity type","Associated Resource Id","Federated Token Id","Federated Token Issuer"';

const quote = (v: unknown) => `"${String(v ?? '').replaceAll('"', '""')}"`;
const INTERRUPTED = new Set([16000, 16001, 50055, 50058, 50074, 50125, 50140, 65001, 81010]);
const statusWord = (code: number) => (code === 0 ? 'Success' : INTERRUPTED.has(code) ? 'Interrupted' : 'Failure');
const yesNo = (b: boolean) => (b ? 'Yes' : 'No');
const caWord = (s: string) => (s === 'notApplied' ? 'Not Applied' : s === 'failure' ? 'Failure' : 'Success');

export function entraCsv(records: GraphSignIn[], options: { crlf?: boolean; bom?: boolean } = {}): string {
  const eol = options.crlf ? '\r\n' : '\n';
  const rows = records.map((r) => {
    const d = r.deviceDetail;
    const cells = [
      r.createdDateTime,
      r.id,
      r.userAgent,
      r.correlationId,
      r.userId,
      r.userDisplayName,
      r.userPrincipalName,
      'Member',
      'None',
      'None',
      'None',
      'Kq3v9LmTqk2xY0aPz8wB1A',
      'None',
      'None',
      '',
      '',
      r.appDisplayName,
      r.appId,
      TENANT,
      r.resourceDisplayName,
      r.resourceId,
      TENANT,
      'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
      TENANT,
      '',
      r.ipAddress,
      [r.location.city, r.location.state, r.location.countryOrRegion].join(', '),
      statusWord(r.status.errorCode),
      r.status.errorCode,
      r.status.failureReason ?? 'Other.',
      r.clientAppUsed,
      d.deviceId,
      d.browser,
      d.operatingSystem,
      yesNo(d.isCompliant),
      yesNo(d.isManaged),
      d.trustType,
      '',
      '',
      '',
      r.authenticationRequirement === 'multiFactorAuthentication' ? 'Multifactor authentication' : 'Single-factor authentication',
      r.userPrincipalName,
      '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      '',
      'No',
      '',
      '64513',
      'No',
      'AzureAD',
      'None',
      '',
      '192ms',
      caWord(r.conditionalAccessStatus),
      '',
      '',
      '',
      '',
    ];
    return cells.map(quote).join(',');
  });
  return `${options.bom ? '\uFEFF' : ''}${[ENTRA_CSV_HEADER, ...rows].join(eol)}${eol}`;
}

/** A SigninLogs row as Log Analytics holds it: PascalCase, ResultType as text, dynamic columns as objects. */
export function logAnalyticsRow(r: GraphSignIn): Record<string, unknown> {
  return {
    TenantId: TENANT,
    TimeGenerated: r.createdDateTime,
    OperationName: 'Sign-in activity',
    Category: r.isInteractive ? 'SignInLogs' : 'ServicePrincipalSignInLogs',
    ResultType: String(r.status.errorCode),
    ResultDescription: r.status.errorCode === 0 ? '' : 'Other',
    CorrelationId: r.correlationId,
    AppDisplayName: r.appDisplayName,
    AppId: r.appId,
    AuthenticationRequirement: r.authenticationRequirement,
    ClientAppUsed: r.clientAppUsed,
    ConditionalAccessStatus: r.conditionalAccessStatus,
    CreatedDateTime: r.createdDateTime,
    DeviceDetail: { ...r.deviceDetail },
    IsInteractive: r.isInteractive,
    Id: r.id,
    IPAddress: r.ipAddress,
    Location: r.location.countryOrRegion,
    LocationDetails: r.location,
    Status: { errorCode: r.status.errorCode, failureReason: r.status.failureReason, additionalDetails: r.status.additionalDetails },
    UserDisplayName: r.userDisplayName,
    UserId: r.userId,
    UserPrincipalName: r.userPrincipalName,
    UserType: 'Member',
    Type: r.isInteractive ? 'SigninLogs' : 'AADServicePrincipalSignInLogs',
  };
}

const cellText = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v ?? ''));
const portalName = (name: string) => (name === 'TimeGenerated' || name === 'CreatedDateTime' ? `${name} [UTC]` : name);

/** A query result exported from the portal as CSV: " [UTC]" on time columns, dynamic columns as JSON text. */
export function logAnalyticsCsv(records: GraphSignIn[]): string {
  const rows = records.map(logAnalyticsRow);
  const columns = Object.keys(rows[0] ?? logAnalyticsRow(SAMPLE));
  return `${[columns.map((c) => quote(portalName(c))).join(','), ...rows.map((row) => columns.map((c) => quote(cellText(row[c]))).join(','))].join('\r\n')}\r\n`;
}

/** `az monitor log-analytics query` output: an array of row objects. */
export const logAnalyticsJson = (records: GraphSignIn[]) => JSON.stringify(records.map(logAnalyticsRow), null, 2);

/** The query API's response: typed columns, rows as arrays, dynamic values as JSON text, all on one line. */
export function logAnalyticsApi(records: GraphSignIn[]): string {
  const rows = records.map(logAnalyticsRow);
  const names = Object.keys(rows[0] ?? logAnalyticsRow(SAMPLE));
  const type = (v: unknown) => (typeof v === 'boolean' ? 'bool' : typeof v === 'object' ? 'dynamic' : 'string');
  const sample = rows[0] ?? logAnalyticsRow(SAMPLE);
  return JSON.stringify({
    tables: [
      {
        name: 'PrimaryResult',
        columns: names.map((name) => ({ name, type: name.endsWith('Time') || name === 'TimeGenerated' ? 'datetime' : type(sample[name]) })),
        rows: rows.map((row) => names.map((n) => (typeof row[n] === 'object' && row[n] !== null ? JSON.stringify(row[n]) : row[n]))),
      },
    ],
  });
}

/** Diagnostic settings to a storage account: one record per line, the sign-in under `properties`. */
export const diagnosticRecords = (records: GraphSignIn[]) =>
  records
    .map((r) =>
      JSON.stringify({
        time: r.createdDateTime,
        resourceId: `/tenants/${TENANT}/providers/Microsoft.aadiam`,
        operationName: 'Sign-in activity',
        operationVersion: '1.0',
        category: r.isInteractive ? 'SignInLogs' : 'ServicePrincipalSignInLogs',
        tenantId: TENANT,
        resultType: String(r.status.errorCode),
        resultSignature: 'None',
        durationMs: 0,
        callerIpAddress: r.ipAddress,
        correlationId: r.correlationId,
        identity: r.userDisplayName,
        Level: 4,
        location: r.location.countryOrRegion,
        properties: r,
      }),
    )
    .join('\n');

/** Diagnostic settings to an Event Hub: batches of `{"records":[…]}`. */
export const eventHubBatch = (records: GraphSignIn[]) =>
  JSON.stringify({
    records: diagnosticRecords(records)
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  });

const SAMPLE = {
  status: { errorCode: 0, failureReason: null, additionalDetails: null },
  deviceDetail: {},
  location: { countryOrRegion: '' },
} as unknown as GraphSignIn;

/** Every format, by name, as one file's text (Graph pages have their own multi-file writer). */
export const FORMATS = {
  'graph-page': (r: GraphSignIn[]) => graphPage(r),
  'graph-page-array': (r: GraphSignIn[]) => graphPageArray(r, 500),
  'admin-center-json': jsonArray,
  jsonl: jsonLines,
  'admin-center-csv': (r: GraphSignIn[]) => entraCsv(r, { bom: true, crlf: true }),
  'log-analytics-csv': logAnalyticsCsv,
  'log-analytics-json': logAnalyticsJson,
  'log-analytics-api': logAnalyticsApi,
  'diagnostic-settings': diagnosticRecords,
  'event-hub': eventHubBatch,
} as const;
export type FormatName = keyof typeof FORMATS;
