import { stemmer } from 'stemmer';

/** Words too common to say anything about an error. */
const STOP_WORDS = new Set(
  'a an and are as at be but by can did do does for from had has have how i if in into is it its me my no not of on or our so that the their then there these this to was we were what when where which who why will with you your'.split(
    ' ',
  ),
);

/** Lower-cases, drops stop words and stems, so "throttling" and "throttled" meet. Used for index and query alike. */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  return /^[a-z]+$/.test(lower) && lower.length > 3 ? stemmer(lower) : lower;
}

/**
 * What people say → what the entries say. Keys and values are stems (see processTerm), so one row
 * serves every inflection. Kept small and explicit: each row is a confusion seen in real questions.
 */
export const SYNONYMS: Record<string, string[]> = {
  throttl: ['rate', 'limit', '429', 'mani', 'request'],
  ratelimit: ['rate', 'limit', 'throttl'],
  quota: ['rate', 'limit', 'exhaust'],
  close: ['cancel'],
  cancel: ['close', 'declin'],
  popup: ['window', 'popup'],
  declin: ['cancel', 'deni', 'consent'],
  refus: ['declin', 'deni'],
  deni: ['forbidden', 'declin'],
  forbidden: ['deni', 'permiss'],
  timeout: ['deadlin', 'time', 'timeout'],
  slow: ['deadlin', 'timeout'],
  down: ['unavail', 'outag'],
  outag: ['unavail'],
  mfa: ['multifactor', 'strong', 'authent'],
  '2fa': ['mfa', 'multifactor'],
  password: ['credenti', 'password'],
  secret: ['credenti', 'secret'],
  expir: ['expir', 'expire'],
  redirect: ['redirect', 'repli', 'uri'],
  permiss: ['consent', 'scope'],
  block: ['block', 'deni'],
  lock: ['lock', 'lockout'],
};

/** Phrases people type whose meaning lives in the pair, not in either word. Keys are lower-case text. */
export const PHRASES: Record<string, string[]> = {
  'rate limit': ['throttl', '429', 'mani', 'request'],
  'too many': ['throttl', '429'],
  'closed the popup': ['cancel', 'user_cancel'],
  'popup closed': ['cancel', 'user_cancel'],
  'closed the window': ['cancel'],
  'timed out': ['timeout', 'deadlin'],
  'time out': ['timeout', 'deadlin'],
  'not found': ['found', '404'],
  'redirect uri': ['repli', 'redirect', 'uri'],
  'reply url': ['repli', 'redirect', 'uri'],
};

/** Expands stemmed query terms with their synonyms, and the raw query's phrases with theirs, each once. */
export function expandTerms(terms: string[], query = ''): string[] {
  const out = new Set(terms);
  for (const t of terms) for (const s of SYNONYMS[t] ?? []) out.add(s);
  const lower = query.toLowerCase();
  for (const [phrase, extra] of Object.entries(PHRASES)) if (lower.includes(phrase)) for (const s of extra) out.add(s);
  return [...out];
}
