import type { Catalog } from '../catalog/index.js';
import { Aggregator } from './aggregate.js';
import { ACCEPTED_FORMATS, DETECT_BYTES, detectFormat } from './detect.js';
import { readerFor } from './parse/index.js';
import { buildReport } from './report.js';
import type { DiagnoseReport, FileSummary, MalformedRow } from './schema.js';
import { DiagnoseInputError, dataOf, type LogInput, nameOf, openText } from './source.js';
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
  const thresholds = resolveThresholds(options.thresholds);
  const inputs = Array.isArray(input) ? input : [input];
  const aggregator = new Aggregator();
  const files: FileSummary[] = [];
  const malformed = { count: 0, first: [] as MalformedRow[] };
  const keep = options.maxMalformedReported ?? 10;

  for (const [index, item] of inputs.entries()) {
    const name = nameOf(item, index);
    const file: FileSummary = { name, gzip: false, bytes: 0, records: 0, malformed: 0 };
    files.push(file);
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
    if (head === '') continue;
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
        malformed(line, reason) {
          file.malformed++;
          malformed.count++;
          if (malformed.first.length < keep) malformed.first.push({ file: name, line, reason });
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
  return buildReport({ aggregator, files, malformed, thresholds, catalog: options.catalog });
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
