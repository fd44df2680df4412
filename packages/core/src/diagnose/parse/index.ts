import { entraCsvReader, logAnalyticsCsvReader } from '../normalize/csv.js';
import { fromJsonObject, signInsInside } from '../normalize/object.js';
import type { LogFormat } from '../schema.js';
import { CsvReader } from './csv.js';
import { JsonScanner } from './json-scanner.js';
import { JsonLinesReader } from './jsonl.js';
import { LogAnalyticsApiReader } from './log-analytics-api.js';
import type { LogReader, RecordSink, RowSink } from './sink.js';

export type { LogReader, RecordSink } from './sink.js';

/** JSON values to sign-ins: opens pages and batches (`value`, `records`, a bare array), normalises the rest. */
export class JsonRecords implements RowSink {
  constructor(private readonly out: RecordSink) {}

  row(value: unknown, line: number): void {
    const inside = signInsInside(value);
    if (inside) for (const item of inside) this.one(item, line);
    else this.one(value, line);
  }

  malformed(line: number, reason: string): void {
    this.out.malformed(line, reason);
  }

  private one(value: unknown, line: number): void {
    const record = fromJsonObject(value);
    if (typeof record === 'string') this.out.malformed(line, record);
    else this.out.record(record);
  }
}

/**
 * Interactive or not, from an admin-center file name (InteractiveSignIns_…, NonInteractiveSignIns_…):
 * the CSV itself has no column for it.
 */
export function interactiveFromName(name: string): boolean | undefined {
  if (/non-?interactive/i.test(name)) return false;
  if (/interactive/i.test(name)) return true;
  return undefined;
}

/** The reader for a detected format, writing sign-ins to the sink. */
export function readerFor(format: LogFormat, sink: RecordSink, fileName: string): LogReader {
  switch (format) {
    case 'jsonl':
      return new JsonLinesReader(new JsonRecords(sink));
    case 'graph-json':
    case 'json-array':
      return new JsonScanner(new JsonRecords(sink));
    case 'log-analytics-api':
      return new LogAnalyticsApiReader(new JsonRecords(sink));
    case 'entra-csv':
      return new CsvReader(sink, (header) => entraCsvReader(header, interactiveFromName(fileName)));
    case 'log-analytics-csv':
      return new CsvReader(sink, logAnalyticsCsvReader);
  }
}
