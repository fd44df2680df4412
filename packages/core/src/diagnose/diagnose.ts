import type { Catalog } from '../catalog/index.js';
import { Aggregator } from './aggregate.js';
import { ACCEPTED_FORMATS, DETECT_BYTES, detectFormat } from './detect.js';
import { JsonRecords, readerFor } from './parse/index.js';
import { JsonLinesReader } from './parse/jsonl.js';
import { buildReport } from './report.js';
import type { DiagnoseReport, FileSummary, MalformedRow } from './schema.js';
import { DiagnoseInputError, dataOf, type LogData, type LogInput, nameOf, openText } from './source.js';
import { resolveThresholds, type Thresholds } from './thresholds.js';

export interface DiagnoseOptions {
  /** For entry titles in findings; without it findings still carry ids and links. */
  catalog?: Catalog;
  /** Overrides of DEFAULT_THRESHOLDS; out-of-range values throw a RangeError naming the threshold. */
  thresholds?: Partial<Thresholds>;
  /** How many malformed rows to describe (every one is counted). Default 10. */
  maxMalformedReported?: number;
  /** Called as input is read: for a progress bar. */
  onProgress?: (progress: DiagnoseProgress) => void;
  signal?: AbortSignal;
}

export interface DiagnoseProgress {
  /** Which input (0-based) and its name. */
  index: number;
  file: string;
  /** Bytes of this input read so far (compressed bytes for gzip). */
  bytes: number;
  /** Sign-ins read so far, all inputs. */
  signIns: number;
}

/**
 * Reads Entra sign-in logs and says, per app and error code, how many sign-ins and users failed and why:
 * a verdict with the numbers behind it. Several inputs merge into one report (a paged export). Every
 * input streams: memory stays flat however long it is. An empty input is an empty report; an input in
 * no known format is a DiagnoseInputError that lists the formats read; malformed rows are counted and
 * the first few described, never fatal.
 *
 * Pass an array for several logs; a single log may be text, bytes, a Blob/File, a ReadableStream, or an
 * (async) iterable of chunks. Runs in browsers and Node (gzip through the web-standard DecompressionStream).
 */
export async function diagnose(input: LogInput | LogInput[], options: DiagnoseOptions = {}): Promise<DiagnoseReport> {
  const diagnosis = new Diagnosis(options);
  for (const item of Array.isArray(input) ? input : [input]) await diagnosis.read(item);
  return diagnosis.report();
}

/**
 * What one reader found in a piece of a JSON-lines log (readJsonLinesPiece), to merge into a Diagnosis.
 * Line numbers in `malformed` count from the piece's first line.
 */
export interface LogPiece {
  aggregator: Aggregator;
  /** Lines the piece held: where the next piece's line numbers start. */
  lines: number;
  malformed: { count: number; first: MalformedRow[] };
}

/**
 * Reads a piece of a JSON-lines log cut at line ends — plain UTF-8 from the middle of a file, so no gzip
 * or byte-order mark is looked for unless it is the first piece. Parallel readers (the CLI's worker
 * threads) each read one and a Diagnosis merges them, in order, into what reading the whole would give.
 */
export async function readJsonLinesPiece(
  data: LogData,
  {
    first = false,
    maxMalformedReported = 10,
    onProgress,
  }: { first?: boolean; maxMalformedReported?: number; onProgress?: (p: { bytes: number; signIns: number }) => void } = {},
): Promise<LogPiece> {
  const piece: LogPiece = { aggregator: new Aggregator(), lines: 0, malformed: { count: 0, first: [] } };
  let bytes = 0;
  const source = await openText(
    data,
    (n) => {
      bytes += n;
      onProgress?.({ bytes, signIns: piece.aggregator.signIns });
    },
    { middle: !first },
  );
  const reader = new JsonLinesReader(
    new JsonRecords({
      record: (r) => piece.aggregator.add(r),
      malformed(line, reason) {
        piece.malformed.count++;
        if (piece.malformed.first.length < maxMalformedReported) piece.malformed.first.push({ file: '', line, reason });
      },
    }),
  );
  for await (const text of source.text) reader.write(text);
  reader.end();
  piece.lines = reader.lines;
  return piece;
}

/** What a Diagnosis has read: its statistics, its files and its malformed rows (see Diagnosis.part). */
export interface DiagnosisPart {
  aggregator: Aggregator;
  files: FileSummary[];
  malformed: { count: number; first: MalformedRow[] };
}

/**
 * A diagnosis being built: logs read one after another (read), pieces of one read in parallel
 * (addPieces), or what other Diagnoses read on other threads (addPart), then the report. diagnose()
 * is this for callers with nothing to parallelise.
 */
export class Diagnosis {
  private readonly aggregator = new Aggregator();
  private readonly files: FileSummary[] = [];
  private readonly malformed = { count: 0, first: [] as MalformedRow[] };
  private readonly thresholds: Thresholds;
  private readonly keep: number;

  constructor(private readonly options: DiagnoseOptions = {}) {
    this.thresholds = resolveThresholds(options.thresholds);
    this.keep = options.maxMalformedReported ?? 10;
  }

  /** Sign-ins read so far. */
  get signIns(): number {
    return this.aggregator.signIns;
  }

  /** Reads one log whole: tells its format from its start, then streams it. */
  async read(item: LogInput): Promise<void> {
    const index = this.files.length;
    const { aggregator, options } = this;
    const name = nameOf(item, index);
    const file: FileSummary = { name, gzip: false, bytes: 0, records: 0, malformed: 0 };
    this.files.push(file);
    const progress = () => options.onProgress?.({ index, file: name, bytes: file.bytes, signIns: aggregator.signIns });
    const source = await openText(dataOf(item), (n) => {
      file.bytes += n;
      progress();
    });
    file.gzip = source.gzip;

    // Look at the start to tell the format, then hand the reader that same start and the rest. Leading
    // blank space is dropped as it comes (a file of nothing else is empty), but its lines still count.
    let head = '';
    let blankLines = 0;
    let complete = false;
    while (head.length < DETECT_BYTES) {
      const next = await readNext(source.text, name);
      if (next === undefined) {
        complete = true;
        break;
      }
      head += next;
      if (head.trimStart() !== head) {
        const text = head.trimStart();
        blankLines += countLines(head.slice(0, head.length - text.length));
        head = text;
      }
    }
    if (head === '') return;
    if (head.includes('\u0000')) throw new DiagnoseInputError(`${name}: binary data, not a sign-in log. ${acceptedList()}`);
    const format = detectFormat(head, complete);
    if (!format) throw new DiagnoseInputError(`${name}: not a sign-in log format Errata reads. ${acceptedList()}`);
    file.format = format;

    const reader = readerFor(
      format,
      {
        record(r) {
          file.records++;
          aggregator.add(r);
        },
        malformed: (line, reason) => {
          file.malformed++;
          this.noteMalformed({ file: name, line, reason });
        },
      },
      name,
    );
    reader.write('\n'.repeat(blankLines) + head);
    for (
      let next = complete ? undefined : await readNext(source.text, name);
      next !== undefined;
      next = await readNext(source.text, name)
    ) {
      options.signal?.throwIfAborted();
      reader.write(next);
    }
    reader.end();
    progress();
  }

  /**
   * Adds a JSON-lines log read in pieces (readJsonLinesPiece), given in file order: the pieces merge into
   * what reading the file whole gives, their malformed rows renumbered from the file's first line.
   */
  addPieces(name: string, bytes: number, pieces: LogPiece[]): void {
    const file: FileSummary = { name, gzip: false, bytes, records: 0, malformed: 0, format: 'jsonl' };
    this.files.push(file);
    let linesBefore = 0;
    for (const piece of pieces) {
      this.aggregator.merge(piece.aggregator);
      file.records += piece.aggregator.signIns;
      file.malformed += piece.malformed.count;
      const offset = linesBefore;
      this.addMalformed(piece.malformed, (row) => ({ file: name, line: row.line + offset, reason: row.reason }));
      linesBefore += piece.lines;
    }
  }

  /**
   * What this diagnosis has read so far, as plain data a worker can post to another thread (its
   * Aggregator survives a structured clone once revived with reviveAggregator) for addPart there.
   */
  part(): DiagnosisPart {
    return { aggregator: this.aggregator, files: this.files, malformed: this.malformed };
  }

  /** Adds what another Diagnosis read (its part()), as if this one had read those logs next. */
  addPart(part: DiagnosisPart): void {
    this.aggregator.merge(part.aggregator);
    this.files.push(...part.files);
    this.addMalformed(part.malformed, (row) => row);
  }

  report(): DiagnoseReport {
    const { aggregator, files, malformed, thresholds } = this;
    return buildReport({ aggregator, files, malformed, thresholds, catalog: this.options.catalog });
  }

  private noteMalformed(row: MalformedRow): void {
    this.malformed.count++;
    if (this.malformed.first.length < this.keep) this.malformed.first.push(row);
  }

  /** Another reader's malformed rows, counted in full; its first few described (as `describe` restates them). */
  private addMalformed(other: { count: number; first: MalformedRow[] }, describe: (row: MalformedRow) => MalformedRow): void {
    this.malformed.count += other.count - other.first.length;
    for (const row of other.first) this.noteMalformed(describe(row));
  }
}

async function readNext(text: AsyncGenerator<string>, name: string): Promise<string | undefined> {
  try {
    const r = await text.next();
    return r.done ? undefined : r.value;
  } catch (error) {
    if (error instanceof DiagnoseInputError) throw new DiagnoseInputError(`${name}: ${error.message}`);
    throw error;
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function acceptedList(): string {
  return `Accepted formats:\n${ACCEPTED_FORMATS.map((f) => `  - ${f}`).join('\n')}`;
}
