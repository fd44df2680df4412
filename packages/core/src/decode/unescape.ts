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
const HEX = /^[0-9A-Fa-f]{2}$/;
const JSON_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', "'": "'", '\\': '\\', '/': '/', b: ' ', f: ' ' };

/** Builds the plain view in one pass; the common case (nothing to undo) costs one regex test. */
export function plainView(original: string): PlainView {
  if (!NEEDS_WORK.test(original)) return { text: original, toOriginal: (n) => n };
  const parts: string[] = [];
  const shifts: Shift[] = [];
  let runStart = 0;
  let viewLength = 0;
  const emit = (replacement: string, at: number, consumed: number) => {
    parts.push(original.slice(runStart, at), replacement);
    viewLength += at - runStart + replacement.length;
    runStart = at + consumed;
    shifts.push({ at: viewLength, from: runStart });
  };
  for (let i = 0; i < original.length; i++) {
    const ch = original.charCodeAt(i);
    if (ch === 43 /* + */) {
      emit(' ', i, 1);
    } else if (ch === 37 /* % */) {
      const hex = original.slice(i + 1, i + 3);
      // ASCII only: codes and the words around them are ASCII, and a lone byte of UTF-8 is not text.
      if (HEX.test(hex) && Number.parseInt(hex, 16) < 0x80) {
        emit(String.fromCharCode(Number.parseInt(hex, 16)), i, 3);
        i += 2;
      }
    } else if (ch === 92 /* \ */) {
      const next = original[i + 1] ?? '';
      if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(original.slice(i + 2, i + 6))) {
        emit(String.fromCharCode(Number.parseInt(original.slice(i + 2, i + 6), 16)), i, 6);
        i += 5;
      } else if (next in JSON_ESCAPES) {
        emit(JSON_ESCAPES[next] ?? next, i, 2);
        i += 1;
      }
    }
  }
  parts.push(original.slice(runStart));
  const text = parts.join('');
  return { text, toOriginal: (n) => mapBack(shifts, n) };
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
