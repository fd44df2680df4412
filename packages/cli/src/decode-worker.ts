import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { type CatalogData, type DecodeOptions, Decoder } from 'errata';

// One decoder per worker, built once from the compiled catalog; see DecodePool.
const decoder = new Decoder(JSON.parse(readFileSync((workerData as { catalogPath: string }).catalogPath, 'utf8')) as CatalogData);

parentPort?.on('message', ({ id, text, options }: { id: number; text: string; options: DecodeOptions }) => {
  try {
    parentPort?.postMessage({ id, matches: decoder.decode(text, { ...options, maxLength: Number.POSITIVE_INFINITY }) });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).message });
  }
});
