import type { LogReader, RowSink } from './sink.js';

/** A line longer than this is refused rather than held in memory (a sign-in is a few KB; a page a few MB). */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

/** JSON lines: one value per line, parsed with the native JSON.parse; a bad line is reported and skipped. */
export class JsonLinesReader implements LogReader {
  private pending = '';
  private line = 1;
  private skipping = false;

  constructor(private readonly sink: RowSink) {}

  /** Lines read so far, blank ones included (after end(): all the text's lines, a last unended one too). */
  get lines(): number {
    return this.line - 1;
  }

  write(text: string): void {
    let start = 0;
    let data = text;
    if (this.pending) {
      data = this.pending + text;
      this.pending = '';
    }
    for (let end = data.indexOf('\n'); end !== -1; end = data.indexOf('\n', start)) {
      this.take(data, start, end);
      start = end + 1;
    }
    if (start < data.length) {
      if (this.skipping) return;
      if (data.length - start > MAX_LINE_CHARS) {
        this.sink.malformed(this.line, `a line of more than ${MAX_LINE_CHARS / 1024 / 1024} MB; skipped`);
        this.skipping = true;
      } else this.pending = start === 0 ? data : data.slice(start);
    }
  }

  end(): void {
    if (this.pending) this.take(this.pending, 0, this.pending.length);
    this.pending = '';
  }

  private take(data: string, start: number, end: number): void {
    const line = this.line++;
    if (this.skipping) {
      this.skipping = false;
      return;
    }
    // Skip blank lines (and a CRLF's lone \r) without building a string.
    let from = start;
    while (from < end && isSpace(data.charCodeAt(from))) from++;
    if (from === end) return;
    let value: unknown;
    try {
      value = JSON.parse(data.slice(from, end));
    } catch (error) {
      this.sink.malformed(line, `not valid JSON (${(error as Error).message})`);
      return;
    }
    this.sink.row(value, line);
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 13;
