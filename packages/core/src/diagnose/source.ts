/**
 * Anything that holds a log: text, bytes, a browser File/Blob, a web stream, or an async iterable of chunks.
 * A chunk is read before the next is asked for, so a caller may reuse its buffer from then on.
 */
export type LogChunk = Uint8Array | string;
export type LogData = string | Uint8Array | ArrayBuffer | Blob | ReadableStream<LogChunk> | AsyncIterable<LogChunk> | Iterable<LogChunk>;
/** A log with the name to report it by (and, for admin-center CSVs, to tell interactive from non-interactive). */
export interface NamedLog {
  name: string;
  data: LogData;
}
export type LogInput = LogData | NamedLog;

/** Input diagnose() cannot read: names what is wrong and where. */
export class DiagnoseInputError extends Error {
  override name = 'DiagnoseInputError';
}

const isNamed = (input: LogInput): input is NamedLog =>
  typeof input === 'object' && input !== null && 'data' in input && typeof (input as NamedLog).name === 'string';

export function nameOf(input: LogInput, index: number): string {
  if (isNamed(input)) return input.name;
  const file = input as { name?: unknown };
  return typeof file.name === 'string' && file.name ? file.name : `input ${index + 1}`;
}

export function dataOf(input: LogInput): LogData {
  return isNamed(input) ? input.data : input;
}

/** Chunks of a log as they arrive, bytes or text, whatever the container. */
async function* chunksOf(data: LogData): AsyncGenerator<LogChunk> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    yield data;
  } else if (data instanceof ArrayBuffer) {
    yield new Uint8Array(data);
  } else if (typeof Blob !== 'undefined' && data instanceof Blob) {
    yield* readStream(data.stream());
  } else if (typeof ReadableStream !== 'undefined' && data instanceof ReadableStream) {
    yield* readStream(data);
  } else if (Symbol.asyncIterator in data || Symbol.iterator in data) {
    for await (const chunk of data as AsyncIterable<LogChunk>) {
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) throw new DiagnoseInputError('a log stream must give text or bytes');
      yield chunk;
    }
  } else {
    throw new DiagnoseInputError('diagnose reads text, bytes, a Blob/File, a ReadableStream or an async iterable of chunks');
  }
}

/** Reads a web stream with a reader, which every browser supports (async iteration of streams is newer). */
async function* readStream<T>(stream: ReadableStream<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const isGzip = (chunk: LogChunk) => typeof chunk !== 'string' && chunk[0] === 0x1f && chunk[1] === 0x8b;

export interface TextSource {
  /** Whether the bytes were gzip-compressed. */
  gzip: boolean;
  /** Text chunks, decoded as UTF-8 with any byte-order mark removed. */
  text: AsyncGenerator<string>;
}

/**
 * Opens a log for reading as text: un-gzips it when it starts with the gzip magic bytes (with the
 * web-standard DecompressionStream, in Node and browsers), decodes UTF-8 across chunk edges, and
 * reports the raw bytes read so a caller can draw progress.
 */
export async function openText(
  data: LogData,
  onBytes: (bytes: number) => void = () => {},
  { middle = false }: { /** A piece from inside a file: plain UTF-8, no gzip or byte-order mark to look for. */ middle?: boolean } = {},
): Promise<TextSource> {
  const raw = chunksOf(data);
  const first = await raw.next();
  if (first.done) return { gzip: false, text: (async function* () {})() };
  const counted = (async function* () {
    for (let r: IteratorResult<LogChunk> = first; !r.done; r = await raw.next()) {
      onBytes(typeof r.value === 'string' ? r.value.length : r.value.byteLength);
      yield r.value;
    }
  })();
  if (middle || !isGzip(first.value)) return { gzip: false, text: decode(counted, !middle) };
  if (typeof DecompressionStream === 'undefined') throw new DiagnoseInputError('this runtime has no DecompressionStream to read gzip');
  const bytes = new ReadableStream<BufferSource>({
    async pull(controller) {
      const r = await counted.next();
      if (r.done) controller.close();
      // A copy: the stream may hold it after we ask for the next chunk, and a caller may reuse its buffer then.
      else controller.enqueue(typeof r.value === 'string' ? new TextEncoder().encode(r.value) : new Uint8Array(r.value));
    },
  });
  return { gzip: true, text: decode(gunzip(bytes.pipeThrough(new DecompressionStream('gzip')))) };
}

async function* gunzip(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* readStream(stream);
  } catch (error) {
    throw new DiagnoseInputError(`not a readable gzip file (${(error as Error).message})`);
  }
}

/**
 * Text is decoded in pieces of at most this many bytes, whatever size the chunks arrive in: a longer
 * string lands in V8's large-object space, which made 1 MB reads take more memory and time (measured
 * with bench/diagnose.mjs: 64 KB reads peaked at 280 MB on a million sign-ins, 32 KB pieces at 190 MB).
 */
const PIECE_BYTES = 32 * 1024;

async function* decode(chunks: AsyncIterable<LogChunk>, dropBom = true): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: !dropBom });
  let first = dropBom;
  for await (const chunk of chunks) {
    const pieces = typeof chunk === 'string' ? [chunk] : slices(chunk);
    for (const piece of pieces) {
      let text = typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true });
      // TextDecoder drops a BOM from bytes; text handed over as a string may still carry one.
      if (first && text) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      if (text) yield text;
    }
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += PIECE_BYTES) yield bytes.subarray(at, at + PIECE_BYTES);
}
