import { stringProp } from './headers.js';
import type { Decision } from './types.js';

/**
 * What an MSAL catch block should do next.
 * - `interactive`: a silent call needs the user — call acquireTokenPopup/Redirect with the same scopes
 *   (and `claims`, when given). interaction_required, consent_required, login_required and their kin.
 * - `retry-interactive`: the interactive attempt itself failed in a way a fresh one from a user's click can
 *   fix (pop-up blocked, window closed empty, timed out).
 * - `explain-and-offer-retry`: the user declined consent or closed the window (user_cancelled,
 *   access_denied, AADSTS65004). Say why the app needs it and offer a button; do not loop.
 * - `ask-admin`: only an administrator can unblock this (AADSTS90094, AADSTS90095, admin-only scopes,
 *   tenant policy). Show the message; link to your admin-consent instructions.
 * - `retry`: transient (network, throttling, service): retry the same call after `decision.retry` says.
 * - `fix-app`: a bug or misconfiguration in the app; users cannot help. Log `developerMessage`.
 * - `show-message`: none of the above; show `userMessage` and log `developerMessage`.
 */
export type AuthAction =
  | 'interactive'
  | 'retry-interactive'
  | 'explain-and-offer-retry'
  | 'ask-admin'
  | 'retry'
  | 'fix-app'
  | 'show-message';

export interface AuthAdvice {
  action: AuthAction;
  decision: Decision;
  /** A claims challenge (Conditional Access, continuous access evaluation) to pass on to the interactive request. */
  claims?: string;
}

/** Codes that mean "the user must take part" (MSAL's own list in InteractionRequiredAuthError, plus its cache misses). */
const INTERACTIVE = new Set(
  ['interaction_required', 'consent_required', 'login_required', 'bad_token', 'ui_not_allowed', 'interrupted_user']
    .flatMap((c) => [`msal/${c}`, `oauth/${c}`])
    .concat(['msal/no_tokens_found', 'msal/refresh_token_expired', 'msal/native_account_unavailable', 'msal/token_refresh_required']),
);

/** The user said no, or closed the window. */
const DECLINED = new Set(['entra/AADSTS65004', 'msal/user_cancelled', 'msal/user_canceled']);

/** Consent only an administrator can give. */
const ADMIN = new Set(['entra/AADSTS90094', 'entra/AADSTS90095']);

/** An interactive attempt that failed in the browser, where another attempt from a click can work. */
const RETRY_INTERACTIVE = new Set([
  'msal/popup_window_error',
  'msal/empty_window_error',
  'msal/timed_out',
  'msal/monitor_window_timeout',
  'msal/monitor_popup_timeout',
  'msal/iframe_closed_prematurely',
]);

/**
 * Tells an MSAL catch block what to do, from the decision `classify` made and the error itself (for its
 * class name and claims challenge). Checked in order: admin, declined, interaction needed, retry
 * interactively, transient, app fault.
 */
export function authAdvice(decision: Decision, error?: unknown): AuthAdvice {
  const ids = new Set(decision.codes.map((c) => c.id));
  const has = (set: ReadonlySet<string>) => [...ids].some((id) => set.has(id));
  const advice = (action: AuthAction): AuthAdvice => {
    const result: AuthAdvice = { action, decision };
    const claims = stringProp(error, 'claims');
    if (claims && action === 'interactive') result.claims = claims;
    return result;
  };
  if (has(ADMIN) || (decision.known && decision.actor === 'tenant-admin')) return advice('ask-admin');
  if (has(DECLINED) || decision.id === 'oauth/access_denied') return advice('explain-and-offer-retry');
  if (has(INTERACTIVE) || stringProp(error, 'name') === 'InteractionRequiredAuthError') return advice('interactive');
  if (has(RETRY_INTERACTIVE)) return advice('retry-interactive');
  if (decision.retry.retryable) return advice('retry');
  if (decision.actor === 'app-developer') return advice('fix-app');
  return advice('show-message');
}
