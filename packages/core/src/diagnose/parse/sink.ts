import type { SignInRecord } from '../schema.js';

/** Where a reader puts what it finds: parsed values (JSON) with their line, and rows it could not use. */
export interface RowSink {
  row(value: unknown, line: number): void;
  malformed(line: number, reason: string): void;
}

/** Where sign-ins go once normalised. */
export interface RecordSink {
  record(record: SignInRecord): void;
  malformed(line: number, reason: string): void;
}

/** What every format's reader offers: text in, records out through its sink. */
export interface LogReader {
  write(text: string): void;
  end(): void;
}
