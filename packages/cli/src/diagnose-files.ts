import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type DiagnoseOptions,
  type DiagnoseReport,
  Diagnosis,
  type LogPiece,
  type NamedLog,
  type PieceRange,
  planPieces,
  reviveAggregator,
} from 'errata/diagnose';

/**
 * Read size: a million sign-ins (1.2 GB) took 3.7 s at 256 KB or 1 MB reads and 4.3 s at 64 KB; 1 MB reads
 * peaked up to 360 MB (V8 grows its young generation with the allocation rate), 256 KB near 230 MB.
 */
export const READ_BYTES = 256 * 1024;

/**
 * Each worker's young generation, in MB. V8's default let two workers reach 315–333 MB on a million
 * sign-ins; 16 MB keeps them at 220–295 MB (most runs near 240) at the same speed (bench/diagnose.mjs).
 * The old generation is left unbounded: it holds the statistics, which grow with distinct users.
 */
const WORKER_YOUNG_MB = 16;

/** A log to diagnose; `path` and `size` when it is a regular file, which may then be read in parallel. */
export interface LogFile extends NamedLog {
  path?: string;
  size?: number;
}

export interface DiagnoseFilesOptions extends DiagnoseOptions {
  /** Worker threads for a large JSON-lines file (default: one per core, at most 4; 1 reads it on this thread). */
  workers?: number;
}

/** One thread per core, at most four (past that, reading the file is what bounds it). */
export const defaultWorkers = () => Math.max(1, Math.min(4, availableParallelism()));

/**
 * diagnose() for files: the same report, but a large plain JSON-lines file is cut at line ends into one
 * piece per worker thread, the pieces read at once and merged in file order (Diagnosis.addPieces).
 * Everything else — gzip, CSV, Graph pages, stdin, small files — is read as diagnose() reads it.
 */
export async function diagnoseFiles(logs: LogFile[], options: DiagnoseFilesOptions = {}): Promise<DiagnoseReport> {
  const diagnosis = new Diagnosis(options);
  const workers = options.workers ?? defaultWorkers();
  for (const [index, log] of logs.entries()) {
    const cuts = log.path && log.size !== undefined && workers > 1 ? await planFile(log.path, log.size, workers) : undefined;
    if (!cuts || !log.path || log.size === undefined) {
      await diagnosis.read(log);
      continue;
    }
    const progress = options.onProgress;
    const pieces = await readPieces(log.path, cuts, options.maxMalformedReported ?? 10, (bytes, signIns) =>
      progress?.({ index, file: log.name, bytes, signIns: diagnosis.signIns + signIns }),
    );
    diagnosis.addPieces(log.name, log.size, pieces);
    progress?.({ index, file: log.name, bytes: log.size, signIns: diagnosis.signIns });
  }
  return diagnosis.report();
}

/** core's planPieces over a file: where to cut it, or undefined to read it whole. */
async function planFile(path: string, size: number, workers: number): Promise<PieceRange[] | undefined> {
  const handle = await open(path, 'r');
  try {
    return await planPieces(size, workers, async (offset, length) => {
      const { bytesRead, buffer } = await handle.read(new Uint8Array(length), 0, length, offset);
      return buffer.subarray(0, bytesRead);
    });
  } finally {
    await handle.close();
  }
}

/** A piece of a file could not be read (the worker's message says why). */
export class PieceError extends Error {
  override name = 'PieceError';
}

/** Reads the pieces on one worker thread each; resolves with their findings in file order. */
async function readPieces(
  path: string,
  ranges: PieceRange[],
  maxMalformedReported: number,
  onProgress: (bytes: number, signIns: number) => void,
): Promise<LogPiece[]> {
  const bytes = ranges.map(() => 0);
  const signIns = ranges.map(() => 0);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const workers: Worker[] = [];
  try {
    return await Promise.all(
      ranges.map(
        ([start, end], i) =>
          new Promise<LogPiece>((resolve, reject) => {
            const worker = new Worker(new URL('./diagnose-worker.js', import.meta.url), {
              workerData: { path, start, end, first: start === 0, maxMalformedReported, readBytes: READ_BYTES },
              resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
            });
            workers.push(worker);
            worker.on('message', (message: { progress?: [number, number]; piece?: LogPiece; error?: string }) => {
              if (message.progress) {
                [bytes[i], signIns[i]] = message.progress;
                onProgress(sum(bytes), sum(signIns));
              } else if (message.piece) {
                message.piece.aggregator = reviveAggregator(message.piece.aggregator);
                resolve(message.piece);
              } else reject(new PieceError(`cannot read ${path}: ${message.error ?? 'a diagnose worker failed'}`));
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a diagnose worker stopped (exit code ${code}) before it finished`)));
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
