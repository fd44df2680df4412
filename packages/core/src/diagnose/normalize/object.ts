import type { SignInRecord } from '../schema.js';
import { browserFamily, dynamic, parseCode, parseFlag, parseTime, text, userKey } from './fields.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Arrays that hold sign-ins inside a wrapper: a Graph page's `value`, an Event Hub batch's `records`. */
export function signInsInside(value: unknown): unknown[] | undefined {
  if (!isObject(value)) return Array.isArray(value) ? value : undefined;
  if (Array.isArray(value.value)) return value.value;
  if (Array.isArray(value.records)) return value.records;
  return undefined;
}

/**
 * One JSON sign-in, whichever API wrote it, as a SignInRecord — or the reason it cannot be one.
 * Reads Graph/admin-center objects (camelCase), Log Analytics rows (PascalCase, ResultType as text),
 * and diagnostic-settings records (the Graph object under `properties`).
 */
export function fromJsonObject(value: unknown): SignInRecord | string {
  if (!isObject(value)) return 'not a JSON object';
  if (isObject(value.properties) && ('operationName' in value || 'resultType' in value || 'category' in value)) {
    return fromDiagnosticRecord(value, value.properties);
  }
  if ('ResultType' in value || 'TimeGenerated' in value) return fromLogAnalytics(value);
  return fromGraph(value);
}

function fromGraph(o: Json, fallback: { time?: unknown; code?: unknown; interactive?: boolean } = {}): SignInRecord | string {
  const status = isObject(o.status) ? o.status : undefined;
  const code = parseCode(status?.errorCode ?? o.errorCode ?? fallback.code);
  if (code === undefined) return 'no status.errorCode';
  const time = parseTime(o.createdDateTime ?? fallback.time);
  if (Number.isNaN(time)) return 'no createdDateTime that reads as a time';
  const device = isObject(o.deviceDetail) ? o.deviceDetail : undefined;
  return {
    time,
    user: userKey(o.userId, o.userPrincipalName),
    appId: text(o.appId),
    appName: text(o.appDisplayName),
    code,
    failureReason: text(status?.failureReason),
    interactive:
      typeof o.isInteractive === 'boolean' ? o.isInteractive : (eventTypeInteractive(o.signInEventTypes) ?? fallback.interactive),
    clientApp: text(o.clientAppUsed),
    browser: browserFamily(device?.browser),
    os: text(device?.operatingSystem),
    correlationId: text(o.correlationId),
    conditionalAccess: text(o.conditionalAccessStatus),
  };
}

function eventTypeInteractive(types: unknown): boolean | undefined {
  if (!Array.isArray(types) || types.length === 0) return undefined;
  return types.includes('interactiveUser');
}

/** Storage-account and Event Hub records: `time`, `resultType` and `category` outside, the sign-in in `properties`. */
function fromDiagnosticRecord(outer: Json, properties: Json): SignInRecord | string {
  const category = text(outer.category);
  const interactive =
    category === 'SignInLogs' ? true : /NonInteractive|ServicePrincipal|ManagedIdentity/.test(category) ? false : undefined;
  return fromGraph(properties, { time: outer.time, code: outer.resultType, interactive });
}

/** A SigninLogs row (query API, az monitor, or a JSON export of results). */
function fromLogAnalytics(o: Json): SignInRecord | string {
  const status = dynamic(o.Status);
  const code = parseCode(o.ResultType ?? status?.errorCode);
  if (code === undefined) return 'no ResultType';
  const time = parseTime(o.CreatedDateTime || o.TimeGenerated);
  if (Number.isNaN(time)) return 'no TimeGenerated that reads as a time';
  const device = dynamic(o.DeviceDetail);
  return {
    time,
    user: userKey(o.UserId, o.UserPrincipalName),
    appId: text(o.AppId),
    appName: text(o.AppDisplayName),
    code,
    failureReason: text(status?.failureReason ?? o.ResultDescription),
    interactive: parseFlag(o.IsInteractive) ?? tableInteractive(o.Type),
    clientApp: text(o.ClientAppUsed),
    browser: browserFamily(device?.browser),
    os: text(device?.operatingSystem),
    correlationId: text(o.CorrelationId),
    conditionalAccess: text(o.ConditionalAccessStatus),
  };
}

/** The table a Log Analytics row came from says whether it was interactive. */
export function tableInteractive(table: unknown): boolean | undefined {
  if (table === 'SigninLogs') return true;
  if (typeof table === 'string' && /^AAD(NonInteractiveUser|ServicePrincipal|ManagedIdentity)SignInLogs$/.test(table)) return false;
  return undefined;
}
