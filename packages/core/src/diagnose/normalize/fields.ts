/** Small readers shared by every format's normaliser: times, codes, flags and names as logs write them. */

const US_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d\d)(?::(\d\d)(?:\.(\d+))?)? ?(AM|PM)?$/i;

/**
 * Milliseconds since the epoch, or NaN. ISO 8601 with any number of fraction digits (Graph writes seven);
 * a time without a zone is UTC, as every sign-in export writes UTC. The Azure portal's "M/D/YYYY, h:mm:ss AM"
 * is read as UTC too.
 */
export function parseTime(value: unknown): number {
  if (typeof value !== 'string' || value === '') return typeof value === 'number' ? value : Number.NaN;
  if (value.charCodeAt(4) === 45 /* - */) {
    const fast = utcTime(value);
    if (fast !== undefined) return fast;
    const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(value) || value.length <= 10;
    return Date.parse(zoned ? value : `${value}Z`);
  }
  const m = US_TIME.exec(value.trim());
  if (!m) return Number.NaN;
  let hour = Number(m[4]) % 12;
  if (m[8]?.toUpperCase() === 'PM') hour += 12;
  else if (!m[8]) hour = Number(m[4]);
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5]), Number(m[6] ?? 0), ms);
}

const digit = (s: string, i: number) => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
};
const twoDigits = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * What Date.parse gives for the one shape every sign-in API writes, "2026-11-11T15:38:04.9901234Z", read
 * by hand because Date.parse was a tenth of diagnose's time; undefined for any other shape or an
 * impossible date (Date.parse has the last word on those). Like Date.parse, keeps milliseconds and drops
 * finer digits.
 */
function utcTime(s: string): number | undefined {
  const n = s.length;
  if (n < 20 || s.charCodeAt(n - 1) !== 90 /* Z */ || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 /* T */) return undefined;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const year = twoDigits(s, 0) * 100 + twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  const second = twoDigits(s, 17);
  let ms = 0;
  if (n > 20) {
    // A fraction: "." and one to nine digits (V8 reads ten or more oddly: ".0010000000" is 10 ms).
    if (s.charCodeAt(19) !== 46 || n === 21 || n > 30) return undefined;
    for (let i = 20; i < n - 1; i++) {
      const d = digit(s, i);
      if (Number.isNaN(d)) return undefined;
      if (i < 23) ms += d * 10 ** (22 - i);
    }
  }
  // NaN fails every comparison, so a stray non-digit lands here too.
  // Date.UTC reads years below 100 as 19xx; leave those to Date.parse.
  if (!(year >= 1000 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59)) return undefined;
  if (!(day <= (DAYS_IN_MONTH[month - 1] as number) || (month === 2 && day === 29 && leap(year)))) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/** An error code as an integer: 65004, "65004", "AADSTS65004"; undefined when there is none. */
export function parseCode(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  const n = Number(text.startsWith('AADSTS') ? text.slice(6) : text);
  return Number.isInteger(n) ? n : undefined;
}

/** true/false from a boolean or its spellings ("True", "false", "Yes"); undefined otherwise. */
export function parseFlag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'yes') return true;
  if (v === 'false' || v === 'no') return false;
  return undefined;
}

export const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

/** The user a sign-in belongs to: the object id, else the lower-cased UPN (one person, whatever the case). */
export const userKey = (id: unknown, upn: unknown): string => text(id) || text(upn).toLowerCase();

/**
 * A copy of a string that does not keep alive the chunk it was cut from: V8 lets a slice share its
 * parent's memory, so one kept user id or browser name could pin a whole megabyte of CSV.
 * Use it for strings kept for the whole run (map keys, names), not for ones read and dropped.
 */
export const own = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

const families = new Map<string, string>();

/** "Edge 126.0.0" → "Edge", "Rich Client 5.2.4" → "Rich Client": breakdowns by family, not by version. */
export function browserFamily(value: unknown): string {
  const raw = text(value);
  let family = families.get(raw);
  if (family === undefined) {
    family = raw.replace(/\s+v?\d[\w.]*.*$/, '').trim();
    if (families.size < 10_000) families.set(own(raw), own(family));
  }
  return family;
}

/** A dynamic Log Analytics column: an object already, or its JSON text in a CSV cell. */
export function dynamic(value: unknown): Record<string, unknown> | undefined {
  if (value && typeof value === 'object') return value as Record<string, unknown>;
  if (typeof value !== 'string' || !value.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
