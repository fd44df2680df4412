/**
 * Codes arrive percent-encoded in redirect URLs (`AADSTS65004%3a+User+declined`) and escaped inside
 * JSON strings (`\"error_codes\":[50076]`, `\r\n`). The decoder reads a plain view of the text and maps
 * every position in it back to the original, so reported offsets always point into what was pasted.
 */
export interface PlainView {
  /** The text with percent-encoding, `+` and JSON escapes undone. */
  text: string;
  /** Maps an offset in `text` to the offset in the original text. */
  toOriginal(offset: number): number;
}

/** One place where the view and the original stop lining up. */
interface Shift {
  /** Offset in the view where the next run begins. */
  at: number;
  /** Original offset of that same character. */
  from: number;
}

const NEEDS_WORK = /[%+\\]/;
/**
 * Every escape the view undoes, found by one native scan rather than a loop over each character:
 * `%XX` (ASCII only: codes and the words around them are ASCII, a lone UTF-8 byte is not text), JSON
 * escapes, and a `+` between two letters or digits (form-encoded `User+declined`; `+0000` stays).
 */
const ESCAPE = /%([0-7][0-9A-Fa-f])|\\(?:u([0-9A-Fa-f]{4})|(["'\\/bfnrt]))|(?<=[A-Za-z0-9])\+(?=[A-Za-z0-9])/g;
const JSON_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', "'": "'", '\\': '\\', '/': '/', b: ' ', f: ' ' };

/** Builds the plain view; the common case (nothing to undo) costs one regex test. */
export function plainView(original: string): PlainView {
  if (!NEEDS_WORK.test(original)) return { text: original, toOriginal: (n) => n };
  const parts: string[] = [];
  const shifts: Shift[] = [];
  let runStart = 0;
  let viewLength = 0;
  for (const m of original.matchAll(ESCAPE)) {
    const at = m.index;
    const replacement =
      m[1] !== undefined
        ? String.fromCharCode(Number.parseInt(m[1], 16))
        : m[2] !== undefined
          ? String.fromCharCode(Number.parseInt(m[2], 16))
          : m[3] !== undefined
            ? (JSON_ESCAPES[m[3]] ?? m[3])
            : ' ';
    parts.push(original.slice(runStart, at), replacement);
    viewLength += at - runStart + replacement.length;
    runStart = at + m[0].length;
    shifts.push({ at: viewLength, from: runStart });
  }
  if (!shifts.length) return { text: original, toOriginal: (n) => n };
  parts.push(original.slice(runStart));
  return { text: parts.join(''), toOriginal: (n) => mapBack(shifts, n) };
}

/** Binary search for the last shift at or before `n`; offsets after it move by the same amount. */
function mapBack(shifts: Shift[], n: number): number {
  let lo = 0;
  let hi = shifts.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((shifts[mid] as Shift).at <= n) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best === -1) return n;
  const s = shifts[best] as Shift;
  return s.from + (n - s.at);
}
