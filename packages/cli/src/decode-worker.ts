import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { type DecodeOptions, Decoder } from 'errata';
import { readSummary } from 'errata/summary';

// One decoder per worker, built once from the summary data (small and quick to read); see DecodePool.
const decoder = new Decoder(readSummary(JSON.parse(readFileSync((workerData as { summaryPath: string }).summaryPath, 'utf8'))));
const utf8 = new TextDecoder('utf-8');

parentPort?.on('message', ({ id, bytes, options }: { id: number; bytes: ArrayBuffer; options: DecodeOptions }) => {
  try {
    const text = utf8.decode(bytes);
    const matches = decoder.decode(text, { ...options, offset: 0, maxLength: Number.POSITIVE_INFINITY });
    parentPort?.postMessage({ id, result: { matches, length: text.length } });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).message });
  }
});
