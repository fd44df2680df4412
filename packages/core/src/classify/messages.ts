import type { Actor, Category } from '../schema/index.js';

/**
 * Words for the person in front of the app. Each says what happened in plain terms and what they can do;
 * none holds a code, a class name or anything else they cannot act on. An app with its own voice passes
 * its own through `ClassifierOptions.userMessage`.
 */
export const USER_MESSAGES = {
  declined:
    "You didn't approve the permissions this app asked for, so it can't continue. When you're ready, try again and review the request.",
  cancelled: "The sign-in window was closed before sign-in finished. When you're ready, try again.",
  adminConsent:
    'An administrator in your organization needs to approve this app before you can use it. Ask your IT administrator for access, then try again.',
  admin: 'Your organization has a setting that stops this from working. Contact your IT administrator.',
  popupBlocked: 'Your browser blocked the sign-in window. Allow pop-ups for this site, then try again.',
  signIn: 'Please sign in again to continue.',
  extraStep: 'Your organization needs you to complete an extra sign-in step. Sign in again to continue.',
  account: "There's a problem with your account. Sign in again, and if it keeps happening, contact your organization's help desk.",
  device: 'Something on this device or browser is stopping sign-in. Check that cookies and storage are allowed, then try again.',
  rateLimited: "We're getting a lot of requests right now. Please wait a moment and try again.",
  unavailable: 'The service is having trouble right now. Please try again in a few minutes.',
  slow: 'This is taking longer than it should. Please try again.',
  offline: "We couldn't reach the service. Check your internet connection and try again.",
  appProblem: 'Something went wrong in this app. Please try again later, and contact support if it keeps happening.',
  generic: 'Something went wrong. Please try again, and contact support if it keeps happening.',
} as const;
export type UserMessageKey = keyof typeof USER_MESSAGES;

/** Codes whose meaning to a person is sharper than their category says. */
const BY_ID: Record<string, UserMessageKey> = {
  'entra/AADSTS65004': 'declined',
  'oauth/access_denied': 'declined',
  'msal/user_cancelled': 'cancelled',
  'msal/user_canceled': 'cancelled',
  'entra/AADSTS90094': 'adminConsent',
  'entra/AADSTS90095': 'adminConsent',
  'msal/popup_window_error': 'popupBlocked',
  'msal/empty_window_error': 'popupBlocked',
};

const BY_CATEGORY: Partial<Record<Category, UserMessageKey>> = {
  authentication: 'signIn',
  token: 'signIn',
  interaction: 'signIn',
  consent: 'signIn',
  'conditional-access': 'extraStep',
  account: 'account',
  device: 'device',
  'rate-limit': 'rateLimited',
  availability: 'unavailable',
  server: 'unavailable',
  timeout: 'slow',
  network: 'offline',
};

/** Picks the message for a decision: by its code where that is sharper, then by who must act, then by kind. */
export function userMessageKey(id: string | undefined, actor: Actor | undefined, category: Category | undefined): UserMessageKey {
  const byId = id ? BY_ID[id] : undefined;
  if (byId) return byId;
  if (actor === 'tenant-admin') return category === 'consent' ? 'adminConsent' : 'admin';
  if (actor === 'app-developer') return category === 'network' || category === 'timeout' ? 'unavailable' : 'appProblem';
  if (actor === 'service-operator') return category === 'timeout' ? 'slow' : 'unavailable';
  return (category && BY_CATEGORY[category]) ?? 'generic';
}
