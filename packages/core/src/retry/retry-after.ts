/**
 * Reads an HTTP `Retry-After` value (RFC 9110 §10.2.3) as milliseconds to wait from `now`: either
 * delay-seconds (`120`) or an HTTP-date in any of the three forms a recipient must accept (§5.6.7):
 * IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, the obsolete RFC 850 form `Sunday, 06-Nov-94 08:49:37 GMT`
 * and asctime `Sun Nov  6 08:49:37 1994`. A date in the past means "now" (0). Anything else, including a
 * negative or fractional number, is not a Retry-After value: undefined, so the caller falls back to backoff.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{1,12}$/.test(text)) return Number(text) * 1000;
  const at = parseHttpDate(text, now);
  return at === undefined ? undefined : Math.max(0, at - now);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d\\d):(\\d\\d):(\\d\\d)';
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d\\d) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC850_DATE = new RegExp(`^${LONG_DAY}, (\\d\\d)-${MONTH}-(\\d\\d) ${TIME} GMT$`);
const ASCTIME_DATE = new RegExp(`^${DAY} ${MONTH} ( \\d|\\d\\d) ${TIME} (\\d{4})$`);

/**
 * An HTTP-date as epoch milliseconds, read strictly as UTC (`Date.parse` reads asctime as local time and
 * is implementation-defined for the rest). `now` resolves the two-digit year of the RFC 850 form.
 */
export function parseHttpDate(text: string, now: number = Date.now()): number | undefined {
  let m = IMF_FIXDATE.exec(text);
  if (m) return utc(Number(m[3]), m[2], m[1], m[4], m[5], m[6]);
  m = ASCTIME_DATE.exec(text);
  if (m) return utc(Number(m[6]), m[1], m[2], m[3], m[4], m[5]);
  m = RFC850_DATE.exec(text);
  if (m) return utc(fullYear(Number(m[3]), now), m[2], m[1], m[4], m[5], m[6]);
  return undefined;
}

/** RFC 9110 §5.6.7: a two-digit year more than 50 years ahead is the most recent past year ending in those digits. */
function fullYear(twoDigits: number, now: number): number {
  const current = new Date(now).getUTCFullYear();
  let year = current - (current % 100) + twoDigits;
  if (year > current + 50) year -= 100;
  return year;
}

function utc(year: number, month = '', day = '', hh = '', mm = '', ss = ''): number | undefined {
  const m = MONTHS.indexOf(month);
  const [d, h, min, s] = [day, hh, mm, ss].map((x) => Number(x.trim()));
  if (m < 0 || d === undefined || h === undefined || min === undefined || s === undefined) return undefined;
  if (d < 1 || d > 31 || h > 23 || min > 59 || s > 60) return undefined;
  const at = Date.UTC(year, m, d, h, min, Math.min(s, 59));
  // Reject dates that do not exist (31 Feb rolls over to March in Date.UTC).
  return new Date(at).getUTCDate() === d ? at : undefined;
}
