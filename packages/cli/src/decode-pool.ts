import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DecodeMatch, DecodeOptions } from 'errata';
import type { Piece } from './stream.js';

/**
 * Decodes pieces of a large input on worker threads, one per core, and hands the results back in input
 * order. At most two pieces per worker are in flight, so memory stays flat whatever the input's size.
 */
export class DecodePool {
  private readonly workers: Worker[];
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (m: DecodeMatch[]) => void; reject: (e: Error) => void }>();
  private id = 0;

  constructor(catalogPath: string, size = Math.max(1, Math.min(4, availableParallelism()))) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./decode-worker.js', import.meta.url), { workerData: { catalogPath } });
      worker.on('message', ({ id, matches, error }: { id: number; matches?: DecodeMatch[]; error?: string }) => {
        const job = this.waiting.get(id);
        this.waiting.delete(id);
        if (error) job?.reject(new Error(error));
        else job?.resolve(matches ?? []);
      });
      worker.on('error', (error) => {
        for (const job of this.waiting.values()) job.reject(error);
        this.waiting.clear();
      });
      return worker;
    });
  }

  /** Decodes every piece, yielding each with its matches, in order. */
  async *decode(pieces: AsyncIterable<Piece>, options: DecodeOptions): AsyncGenerator<{ piece: Piece; matches: DecodeMatch[] }> {
    const inFlight: { piece: Piece; result: Promise<DecodeMatch[]> }[] = [];
    for await (const piece of pieces) {
      inFlight.push({ piece, result: this.submit(piece, options) });
      if (inFlight.length >= this.workers.length * 2) {
        const done = inFlight.shift();
        if (done) yield { piece: done.piece, matches: await done.result };
      }
    }
    for (const done of inFlight) yield { piece: done.piece, matches: await done.result };
  }

  private submit(piece: Piece, options: DecodeOptions): Promise<DecodeMatch[]> {
    const id = this.id++;
    const worker = this.workers[this.next++ % this.workers.length];
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker?.postMessage({ id, text: piece.text, options: { ...options, offset: piece.offset } });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
