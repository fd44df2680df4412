/**
 * Which AADSTS codes each rule reads. Numbers and names from Microsoft's error-code reference
 * (learn.microsoft.com/entra/identity-platform/reference-error-codes); the grouping is ours and is
 * explained in docs/diagnose.md. The KQL generator uses the same lists, so the two never disagree.
 */

/** The user declined (or cancelled) the consent prompt. */
export const DECLINED_CONSENT = [65004] as const;
/** The user could not consent: only an admin can (user consent off, or admin-only permissions). */
export const ADMIN_CONSENT_REQUIRED = [90094, 90095] as const;
/** Graph refused the user; broad, it points at policy or at what the app asks for. */
export const GRAPH_FORBIDDEN = [90093] as const;
/** No consent yet for the app or scope; an interactive request is needed. */
export const CONSENT_MISSING = [65001] as const;

/** Wrong password, locked account, expired password, unknown user name. */
export const USER_CREDENTIALS = [50126, 50053, 50055, 50056, 50034, 50144] as const;
/** MFA prompts and registration interrupts: a normal step when people complete them. */
export const MFA_PROMPTS = [50074, 50076, 50079, 50072] as const;
/** Conditional Access and device requirements that block the sign-in. */
export const CONDITIONAL_ACCESS = [53000, 53001, 53002, 53003, 53004, 530032, 50097, 50158] as const;

/** The app registration, its redirect URIs or its credentials are wrong. */
export const APP_MISCONFIGURATION = [50011, 700016, 7000215, 7000222, 7000218, 700054, 500011, 500113] as const;

/** The sign-in service or a service it depends on failed; nothing in the tenant or app to fix. */
export const SERVICE_SIDE = [50000, 50033, 90033, 90036, 90006, 90012, 90090, 90091, 90092, 70012, 40008, 40010, 120021] as const;

/**
 * Interrupts that are part of signing in ("keep me signed in?", silent SSO finding no session, account
 * picker, seamless SSO falling back, a refresh token past its lifetime): never findings on their own.
 */
export const EXPECTED_INTERRUPTS = [50140, 50058, 16000, 16001, 81010, 81012, 50125, 50089, 700082, 50132, 50133] as const;

const sets = {
  declined: new Set<number>(DECLINED_CONSENT),
  adminConsent: new Set<number>(ADMIN_CONSENT_REQUIRED),
  graphForbidden: new Set<number>(GRAPH_FORBIDDEN),
  consentMissing: new Set<number>(CONSENT_MISSING),
  credentials: new Set<number>(USER_CREDENTIALS),
  mfa: new Set<number>(MFA_PROMPTS),
  conditionalAccess: new Set<number>(CONDITIONAL_ACCESS),
  misconfiguration: new Set<number>(APP_MISCONFIGURATION),
  serviceSide: new Set<number>(SERVICE_SIDE),
  expected: new Set<number>(EXPECTED_INTERRUPTS),
};

export type CodeGroup = keyof typeof sets;

/** Whether a code belongs to a group. */
export const inGroup = (group: CodeGroup, code: number): boolean => sets[group].has(code);
