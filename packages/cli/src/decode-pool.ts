import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DecodeMatch, DecodeOptions } from 'errata';

/** What a worker sends back for one piece: its matches, offsets relative to the piece, and its text length. */
interface Result {
  matches: DecodeMatch[];
  length: number;
}

/**
 * Decodes a large input on worker threads, one per core. The main thread only cuts bytes at line ends and
 * hands each piece over without copying; workers decode UTF-8 and find codes; results come back in input
 * order with offsets made absolute. At most two pieces per worker are in flight, so memory stays flat.
 */
export class DecodePool {
  private readonly workers: Worker[];
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
  private id = 0;

  constructor(summaryPath: string, size = Math.max(1, Math.min(4, availableParallelism()))) {
    this.workers = Array.from({ length: size }, () => {
      // A modest heap makes each worker collect as it goes, so memory stays flat on any input size.
      const worker = new Worker(new URL('./decode-worker.js', import.meta.url), {
        workerData: { summaryPath },
        resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 32 },
      });
      worker.on('message', ({ id, result, error }: { id: number; result?: Result; error?: string }) => {
        const job = this.waiting.get(id);
        this.waiting.delete(id);
        if (error || !result) job?.reject(new Error(error ?? 'worker sent no result'));
        else job?.resolve(result);
      });
      worker.on('error', (error) => {
        for (const job of this.waiting.values()) job.reject(error);
        this.waiting.clear();
      });
      return worker;
    });
  }

  /** Decodes every piece, yielding the matches of each, in order, with offsets into the whole input. */
  async *decode(pieces: AsyncIterable<Buffer>, options: DecodeOptions): AsyncGenerator<DecodeMatch[]> {
    const inFlight: Promise<Result>[] = [];
    let offset = 0;
    const settle = (r: Result) => {
      for (const m of r.matches) {
        m.start += offset;
        m.end += offset;
      }
      offset += r.length;
      return r.matches;
    };
    for await (const piece of pieces) {
      inFlight.push(this.submit(piece, options));
      if (inFlight.length >= this.workers.length * 2) yield settle(await (inFlight.shift() as Promise<Result>));
    }
    for (const result of inFlight) yield settle(await result);
  }

  private submit(piece: Buffer, options: DecodeOptions): Promise<Result> {
    const id = this.id++;
    const worker = this.workers[this.next++ % this.workers.length];
    // A fresh ArrayBuffer of exactly this piece, moved to the worker rather than copied.
    const bytes = piece.buffer.slice(piece.byteOffset, piece.byteOffset + piece.byteLength) as ArrayBuffer;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker?.postMessage({ id, bytes, options }, [bytes]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
