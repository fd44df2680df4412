import {
  ADMIN_CONSENT_REQUIRED,
  APP_MISCONFIGURATION,
  CONDITIONAL_ACCESS,
  CONSENT_MISSING,
  DECLINED_CONSENT,
  EXPECTED_INTERRUPTS,
  GRAPH_FORBIDDEN,
  MFA_PROMPTS,
  SERVICE_SIDE,
  USER_CREDENTIALS,
} from './codes.js';
import { ONSET_PERCENTILE, resolveThresholds, type Thresholds } from './thresholds.js';

export interface KqlOptions {
  thresholds?: Partial<Thresholds>;
  /** How far back to look, in days. Default 30. */
  days?: number;
  /** Also read AADNonInteractiveUserSignInLogs (65001 often shows there). Default true. */
  nonInteractive?: boolean;
}

const list = (codes: readonly number[]) => `dynamic([${codes.join(', ')}])`;

/**
 * The same diagnosis as a Kusto query over the Log Analytics `SigninLogs` table, so it runs at tenant
 * scale where the logs already live. Same code lists and thresholds as the rules; users are counted
 * exactly (distinct per app and code, never dcount's estimate); each row is one app and code with its
 * verdict, or a note for failures that are a normal part of signing in.
 */
export function toKql(options: KqlOptions = {}): string {
  const t = resolveThresholds(options.thresholds);
  const days = options.days ?? 30;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a whole number of 1 or more, not ${days}`);
  const tables = options.nonInteractive === false ? 'SigninLogs' : 'union isfuzzy=true SigninLogs, AADNonInteractiveUserSignInLogs';
  return `// Errata diagnose: sign-in failures per app and error code, judged as \`errata diagnose\` judges them.
// Run in Log Analytics (or Microsoft Sentinel) on a workspace that receives Microsoft Entra sign-in logs.
// The thresholds and code lists below are Errata's defaults unless changed; docs/diagnose.md explains each.
let lookback = ${days}d;
let policyShare = ${t.policyShare};
let minUsers = ${t.minUsers};
let minShare = ${t.minShare};
let minSignIns = ${t.minSignIns};
let retryShare = ${t.retryShare};
let onsetQuietShare = ${t.onsetQuietShare};
let onsetUserShare = ${t.onsetUserShare};
let mfaCompletedShare = ${t.mfaCompletedShare};
let declinedConsent = ${list(DECLINED_CONSENT)};
let adminConsentRequired = ${list(ADMIN_CONSENT_REQUIRED)};
let graphForbidden = ${list(GRAPH_FORBIDDEN)};
let consentMissing = ${list(CONSENT_MISSING)};
let userCredentials = ${list(USER_CREDENTIALS)};
let mfaPrompts = ${list(MFA_PROMPTS)};
let conditionalAccess = ${list(CONDITIONAL_ACCESS)};
let appMisconfiguration = ${list(APP_MISCONFIGURATION)};
let serviceSide = ${list(SERVICE_SIDE)};
let expectedInterrupts = ${list(EXPECTED_INTERRUPTS)};
// One row per sign-in: ResultType is text ("65004"), the user is the object id, else the lower-cased UPN.
let Rows = ${tables}
    | where TimeGenerated > ago(lookback)
    | extend Code = tolong(ResultType), User = iff(isnotempty(UserId), UserId, tolower(UserPrincipalName)), AppKey = iff(isnotempty(AppId), AppId, AppDisplayName)
    | project TimeGenerated, AppKey, AppDisplayName, User, Code;
// Each user of each app: when last seen, when last successful.
let UserActivity = Rows
    | where isnotempty(User)
    | summarize LastSeen = max(TimeGenerated), LastSuccess = maxif(TimeGenerated, Code == 0) by AppKey, User;
let AppTotals = Rows
    | summarize AppSignIns = count(), AppName = take_anyif(AppDisplayName, isnotempty(AppDisplayName)) by AppKey
    | join kind=leftouter (UserActivity | summarize AppUserCount = count() by AppKey) on AppKey
    | project AppKey, AppName, AppSignIns, AppUserCount = coalesce(AppUserCount, 0);
// Each code per app: sign-ins, distinct users, and how many of them later signed in successfully.
let CodeTotals = Rows
    | where Code != 0
    | summarize Failed = count(), FirstFailure = min(TimeGenerated), LastFailure = max(TimeGenerated) by AppKey, Code, User
    | join kind=leftouter UserActivity on AppKey, User
    | summarize CodeSignIns = sum(Failed), Users = countif(isnotempty(User)), WithoutUser = sumif(Failed, isempty(User)),
        Retried = countif(isnotempty(User) and LastSuccess > FirstFailure), FirstSeen = min(FirstFailure), LastSeen = max(LastFailure) by AppKey, Code;
// AADSTS65001 onset: when 90% of the users who hit it had not hit it yet; sign-ins before it, users active since.
let ConsentMissingUsers = Rows
    | where Code in (consentMissing) and isnotempty(User)
    | summarize FirstFailure = min(TimeGenerated) by AppKey, User;
let Onsets = ConsentMissingUsers | summarize Onset = percentile(FirstFailure, ${ONSET_PERCENTILE * 100}) by AppKey;
let OnsetContext = Onsets
    | join kind=leftouter (Rows | join kind=inner Onsets on AppKey | summarize SignInsBeforeOnset = countif(TimeGenerated < Onset) by AppKey) on AppKey
    | join kind=leftouter (UserActivity | join kind=inner Onsets on AppKey | summarize UsersSinceOnset = countif(LastSeen >= Onset) by AppKey) on AppKey
    | join kind=leftouter (ConsentMissingUsers | join kind=inner Onsets on AppKey | summarize UsersFromOnset = countif(FirstFailure >= Onset) by AppKey) on AppKey
    | project AppKey, SignInsBeforeOnset, UsersSinceOnset, UsersFromOnset;
CodeTotals
| join kind=inner AppTotals on AppKey
| join kind=leftouter OnsetContext on AppKey
| extend UserFraction = iff(AppUserCount > 0, todouble(Users) / AppUserCount, 0.0),
    RetryFraction = iff(Users > 0, todouble(Retried) / Users, 0.0),
    QuietShare = iff(AppSignIns > 0, todouble(coalesce(SignInsBeforeOnset, 0)) / AppSignIns, 0.0),
    SinceShare = iff(coalesce(UsersSinceOnset, 0) > 0, todouble(coalesce(UsersFromOnset, 0)) / UsersSinceOnset, 0.0)
| extend Significant = (Users >= minUsers and UserFraction >= minShare)
    or (Users == 0 and CodeSignIns >= minSignIns and todouble(CodeSignIns) / AppSignIns >= minShare)
| extend Reading = case(
    Code in (adminConsentRequired) and Significant, "tenant-policy-or-scope-design",
    (Code in (declinedConsent) or Code in (graphForbidden)) and Users >= minUsers and UserFraction >= policyShare, "tenant-policy-or-scope-design",
    Code in (declinedConsent) and Significant, "consent-ux-abandonment",
    Code in (consentMissing) and Users >= minUsers and QuietShare >= onsetQuietShare and SinceShare >= onsetUserShare, "consent-not-granted",
    Code in (consentMissing) and Users >= minUsers and UserFraction >= policyShare and RetryFraction < retryShare, "consent-not-granted",
    Code in (consentMissing) and Significant, "note:consent-not-granted",
    Code in (userCredentials) and Significant, "user-credentials",
    Code in (mfaPrompts) and Significant and RetryFraction >= mfaCompletedShare, "note:mfa-or-conditional-access",
    (Code in (mfaPrompts) or Code in (conditionalAccess)) and Significant, "mfa-or-conditional-access",
    Code in (appMisconfiguration) and Significant, "app-misconfiguration",
    Code in (serviceSide) and Significant, "service-side",
    Code in (expectedInterrupts) and Significant, "note:other",
    Significant, "other",
    "")
| where isnotempty(Reading)
| extend Note = Reading startswith "note:", Verdict = replace_string(Reading, "note:", "")
| project AppName, AppId = AppKey, Code, Verdict, Note, SignIns = CodeSignIns, Users, AppUsers = AppUserCount,
    UserFraction = round(UserFraction, 3), SignInsWithoutUser = WithoutUser, Retried, RetryFraction = round(RetryFraction, 3), FirstSeen, LastSeen,
    Entry = strcat("/errors/entra/AADSTS", Code)
| order by Note asc, Users desc, SignIns desc
`;
}
