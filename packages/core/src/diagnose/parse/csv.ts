import Papa from 'papaparse';
import { cleanColumnName } from '../detect.js';
import type { RowReader } from '../normalize/csv.js';
import type { LogReader, RecordSink } from './sink.js';

/** A row (quoted newlines included) longer than this is refused rather than held in memory. */
export const MAX_ROW_CHARS = 16 * 1024 * 1024;

/**
 * A CSV read as it streams: text is cut at a line break outside quotes (values hold commas and could
 * hold line breaks), and each whole piece goes to papaparse. The first row is the header; each row after
 * it becomes a sign-in through `makeReader(header)`. A row with the wrong number of fields or an unusable
 * value is reported with its line and skipped.
 */
export class CsvReader implements LogReader {
  private pending = '';
  /** How far into `pending` quotes have been counted, and whether that point is inside quotes. */
  private scanned = 0;
  private inQuotes = false;
  /** Line number of the first line in `pending`. */
  private line = 1;
  private read?: RowReader;
  private width = 0;

  constructor(
    private readonly sink: RecordSink,
    private readonly makeReader: (header: string[]) => RowReader,
  ) {}

  write(text: string): void {
    this.pending += text;
    const cut = this.lastRowEnd();
    if (cut > 0) {
      const piece = this.pending.slice(0, cut);
      this.pending = this.pending.slice(cut);
      this.scanned -= cut;
      this.parse(piece);
    } else if (this.pending.length > MAX_ROW_CHARS) {
      this.sink.malformed(this.line, `a row of more than ${MAX_ROW_CHARS / 1024 / 1024} MB (an unclosed quote?); skipped`);
      this.pending = '';
      this.scanned = 0;
      this.inQuotes = false;
    }
  }

  end(): void {
    if (this.pending.trim()) this.parse(this.pending);
    this.pending = '';
  }

  /** Index just past the last line break that is outside quotes, 0 if none yet. Linear: each quote and line break is found once. */
  private lastRowEnd(): number {
    const text = this.pending;
    let at = this.scanned;
    let cut = 0;
    let quoted = this.inQuotes;
    let newline = text.indexOf('\n', at);
    for (;;) {
      const quote = text.indexOf('"', at);
      if (quoted) {
        if (quote === -1) {
          at = text.length;
          break;
        }
        quoted = false;
        at = quote + 1;
        // Line breaks inside the quoted value do not end a row.
        while (newline !== -1 && newline < at) newline = text.indexOf('\n', newline + 1);
        continue;
      }
      while (newline !== -1 && (quote === -1 || newline < quote)) {
        cut = newline + 1;
        newline = text.indexOf('\n', newline + 1);
      }
      if (quote === -1) {
        at = text.length;
        break;
      }
      quoted = true;
      at = quote + 1;
    }
    this.scanned = at;
    this.inQuotes = quoted;
    return cut;
  }

  private parse(piece: string): void {
    const { data, errors } = Papa.parse<string[]>(piece, { delimiter: ',' });
    const errorAt = new Map(errors.map((e) => [e.row, e.message]));
    // A piece ends with a line break, after which papaparse sees one more, empty, row.
    const last = data.at(-1);
    if (piece.endsWith('\n') && last?.length === 1 && last[0] === '') data.pop();
    // A row's line: rows usually take one line each; quoted line breaks inside values add lines, and
    // only then are the rows' own line breaks counted (so the common case stays cheap).
    const plain = countBreaks(piece, 0, piece.length) === data.length - (piece.endsWith('\n') ? 0 : 1);
    data.forEach((cells, i) => {
      this.row(cells, this.line, errorAt.get(i));
      this.line += plain ? 1 : 1 + cells.reduce((n, cell) => n + countBreaks(cell, 0, cell.length), 0);
    });
  }

  private row(cells: string[], line: number, error: string | undefined): void {
    if (cells.length === 1 && cells[0]?.trim() === '') return;
    if (!this.read) {
      const header = cells.map(cleanColumnName);
      this.read = this.makeReader(header);
      this.width = header.length;
      return;
    }
    const record = error
      ? `not valid CSV (${error})`
      : cells.length !== this.width
        ? `${cells.length} fields where the header has ${this.width}`
        : this.read(cells);
    if (typeof record === 'string') this.sink.malformed(line, record);
    else this.sink.record(record);
  }
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
