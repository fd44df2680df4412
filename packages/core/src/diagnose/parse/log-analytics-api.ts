import { JSONParser } from '@streamparser/json';
import type { LogReader, RowSink } from './sink.js';

interface Column {
  name: string;
}

/**
 * The Log Analytics query API's response, `{"tables":[{"columns":[{"name","type"}…],"rows":[[…]…]}]}`,
 * read with a streaming JSON parser: each row becomes an object keyed by column name (dynamic columns
 * stay JSON text, as the API sends them), so the SigninLogs normaliser reads it like any other row.
 * Rows are numbered within the response (the API writes it on one line, so lines say nothing).
 */
export class LogAnalyticsApiReader implements LogReader {
  private readonly parser = new JSONParser({ paths: ['$.tables.*.columns', '$.tables.*.rows.*'], keepStack: false });
  private columns: string[] | undefined;
  private rowNumber = 0;
  private failed = false;

  constructor(private readonly sink: RowSink) {
    this.parser.onValue = ({ value }) => this.onValue(value);
    this.parser.onError = (error) =>
      this.fail(`the response stops being valid JSON after row ${this.rowNumber} (${error.message}); read no further`);
  }

  write(text: string): void {
    if (this.failed) return;
    // The parser ends by itself when the response's object closes; only whitespace may follow it.
    if (this.parser.isEnded) {
      if (text.trim()) this.fail('text after the end of the response');
      return;
    }
    this.parser.write(text);
  }

  end(): void {
    if (this.failed || this.parser.isEnded) return;
    try {
      this.parser.end();
    } catch (error) {
      this.sink.malformed(this.rowNumber + 1, `the response ends before its JSON closes (${(error as Error).message})`);
    }
  }

  private fail(reason: string): void {
    if (this.failed) return;
    this.failed = true;
    this.sink.malformed(this.rowNumber + 1, reason);
  }

  private onValue(value: unknown): void {
    if (!Array.isArray(value)) return;
    if (value.length > 0 && value.every((c): c is Column => typeof c === 'object' && c !== null && typeof c.name === 'string')) {
      this.columns = value.map((c) => c.name);
      return;
    }
    const line = ++this.rowNumber;
    const problem = !this.columns
      ? 'a row before any "columns"'
      : value.length !== this.columns.length
        ? `${value.length} values where "columns" names ${this.columns.length}`
        : undefined;
    if (problem || !this.columns) {
      this.sink.malformed(line, problem ?? '');
      return;
    }
    const row: Record<string, unknown> = {};
    this.columns.forEach((name, i) => {
      row[name] = value[i];
    });
    this.sink.row(row, line);
  }
}
