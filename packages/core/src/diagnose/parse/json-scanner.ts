import type { RowSink } from './sink.js';

/** Keys whose array holds the sign-ins: Graph pages (`value`) and diagnostic-settings batches (`records`). */
const CONTAINER_KEYS = new Set(['value', 'records']);
/** A sign-in bigger than this is refused (admin-center rows run 3–5 KB); memory stays bounded. */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** An open container outside any sign-in: a top-level array, a page envelope, or the page's `value` array. */
type Frame = 'array' | 'envelope' | 'container';

/**
 * Finds the sign-in objects in streamed JSON without building the document: a bare array, Graph pages
 * (one, an array of them, or several one after another), `{"records":[…]}` batches, or objects one
 * after another. Each sign-in's text is cut out and handed to JSON.parse, which is native and fast;
 * only the structure around the sign-ins is tracked here, so memory holds one sign-in at a time.
 *
 * A sign-in that does not parse is reported as malformed with its line, and reading goes on after it.
 */
export class JsonScanner {
  private buf = '';
  private pos = 0;
  private line = 1;
  private frames: Frame[] = [];
  /** Inside a sign-in (or a skipped value): its depth, 0 when outside. */
  private inner = 0;
  private mode: 'structure' | 'record' | 'skip' = 'structure';
  private recordStart = -1;
  private recordLine = 0;
  /** The object may turn out to be a page envelope (top level, or an element of a top-level array). */
  private mayBeEnvelope = false;
  /** The last string seen at the watched level, and the key whose value comes next. */
  private lastString: string | undefined;
  private key: string | undefined;
  /** In a container, a value that is not an object is being passed over. */
  private inScalar = false;
  /** Text outside any JSON value is being passed over to the end of its line. */
  private garbage = false;

  constructor(private readonly sink: RowSink) {}

  write(text: string): void {
    // buf holds only what the last write left unread (see the trim below).
    this.buf += text;
    this.scan();
    // Keep only what an unfinished sign-in or string still needs.
    const keep = this.recordStart >= 0 ? Math.min(this.recordStart, this.pos) : this.pos;
    if (keep > 0) {
      this.buf = this.buf.slice(keep);
      this.pos -= keep;
      if (this.recordStart >= 0) this.recordStart -= keep;
    }
    if (this.mode === 'record' && this.buf.length - Math.max(0, this.recordStart) > MAX_RECORD_CHARS) {
      this.sink.malformed(this.recordLine, `a JSON value of more than ${MAX_RECORD_CHARS / 1024 / 1024} MB; skipped`);
      this.mode = 'skip';
      this.recordStart = -1;
      this.mayBeEnvelope = false;
    } else if (this.mode !== 'record' && this.buf.length - this.pos > MAX_RECORD_CHARS) {
      // A string that never ends (or a huge one outside any sign-in): drop it rather than grow without bound.
      this.sink.malformed(this.line, 'a JSON string of more than 32 MB outside any sign-in; skipped');
      this.buf = '';
      this.pos = 0;
    }
  }

  end(): void {
    if (this.mode === 'record') this.sink.malformed(this.recordLine, 'the file ends inside this sign-in (cut short?)');
    else if (this.frames.length || this.mode === 'skip')
      this.sink.malformed(this.line, 'the file ends before its JSON closes (cut short?)');
    this.buf = '';
    this.pos = 0;
  }

  private scan(): void {
    const buf = this.buf;
    const n = buf.length;
    let i = this.pos;
    while (i < n) {
      const c = buf.charCodeAt(i);
      if (c === NEWLINE) {
        this.line++;
        this.garbage = false;
        i++;
        continue;
      }
      if (c === QUOTE) {
        const close = stringEnd(buf, i + 1);
        if (close === -1) break; // finish it when more text arrives
        this.onString(buf, i, close);
        i = close + 1;
        continue;
      }
      if (this.mode === 'structure') this.onStructure(c, i);
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        this.inner++;
        if (this.mayBeEnvelope && this.inner === 2 && c === OPEN_BRACKET && this.key && CONTAINER_KEYS.has(this.key)) {
          // `{"@odata.context":…,"value":[` — a page, not a sign-in: read the sign-ins in its array instead.
          this.mode = 'structure';
          this.recordStart = -1;
          this.inner = 0;
          this.frames.push('envelope', 'container');
        }
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--this.inner === 0) this.closeValue(buf, i);
      } else if (this.inner === 1 && this.mayBeEnvelope) {
        if (c === COLON) this.key = this.lastString;
        else if (c === COMMA) this.key = undefined;
      }
      i++;
    }
    this.pos = i;
  }

  private onString(buf: string, open: number, close: number): void {
    if (this.mode === 'structure') {
      const top = this.frames.at(-1);
      if (top === 'envelope') this.lastString = buf.slice(open + 1, close);
      else if ((top === 'array' || top === 'container') && !this.inScalar) this.scalarInContainer();
    } else if (this.mode === 'record' && this.mayBeEnvelope && this.inner === 1 && close - open <= 16) {
      this.lastString = buf.slice(open + 1, close);
    }
  }

  private onStructure(c: number, i: number): void {
    if (this.garbage) return;
    const top = this.frames.at(-1);
    if (c === OPEN_BRACE) {
      if (top === 'envelope') this.startSkip();
      else {
        this.inScalar = false;
        this.startRecord(i, top !== 'container');
      }
      return;
    }
    if (c === OPEN_BRACKET) {
      if (top === 'envelope') {
        if (this.key !== undefined && CONTAINER_KEYS.has(this.key)) this.frames.push('container');
        else this.startSkip();
        return;
      }
      // A top-level array, or arrays of pages' arrays (`[[…],[…]]`): their objects are sign-ins or pages.
      if (top === 'container') this.startSkip(true);
      else this.frames.push('array');
      return;
    }
    if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      this.frames.pop();
      this.inScalar = false;
      this.key = undefined;
      return;
    }
    if (c === COMMA) {
      this.inScalar = false;
      this.key = undefined;
      return;
    }
    if (c === COLON) {
      this.key = this.lastString;
      return;
    }
    if (c === 32 || c === 9 || c === 13) return;
    if (top === 'array' || top === 'container') {
      if (!this.inScalar) this.scalarInContainer();
    } else if (top === undefined) {
      this.sink.malformed(this.line, 'text outside any JSON object or array; skipped to the end of the line');
      this.garbage = true;
    }
  }

  private scalarInContainer(): void {
    this.inScalar = true;
    this.sink.malformed(this.line, 'an array element that is not a JSON object');
  }

  private startRecord(i: number, mayBeEnvelope: boolean): void {
    this.mode = 'record';
    this.inner = 1;
    this.recordStart = i;
    this.recordLine = this.line;
    this.mayBeEnvelope = mayBeEnvelope;
    this.key = undefined;
    this.lastString = undefined;
  }

  /** Passes over a value that holds no sign-ins (an envelope's other members, a nested array in a page). */
  private startSkip(reportIt = false): void {
    if (reportIt) this.sink.malformed(this.line, 'an array element that is not a JSON object');
    this.mode = 'skip';
    this.inner = 1;
  }

  private closeValue(buf: string, i: number): void {
    if (this.mode === 'record') {
      const text = buf.slice(this.recordStart, i + 1);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        this.sink.malformed(this.recordLine, `not valid JSON (${(error as Error).message})`);
        value = undefined;
      }
      if (value !== undefined) this.sink.row(value, this.recordLine);
      this.recordStart = -1;
    }
    this.mode = 'structure';
    this.mayBeEnvelope = false;
    this.key = undefined;
  }
}

/** Index of the quote that closes a JSON string whose text starts at `from`; -1 if the text ends first. */
function stringEnd(buf: string, from: number): number {
  for (let at = from; ; ) {
    const q = buf.indexOf('"', at);
    if (q === -1) return -1;
    let slashes = 0;
    for (let b = q - 1; b >= from && buf.charCodeAt(b) === BACKSLASH; b--) slashes++;
    if (slashes % 2 === 0) return q;
    at = q + 1;
  }
}
