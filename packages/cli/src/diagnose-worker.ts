import { parentPort, workerData } from 'node:worker_threads';
import { readJsonLinesPiece } from 'errata/diagnose';
import { fileChunks } from './file-chunks.js';

// Reads one piece of a JSON-lines file and sends back what it found; see diagnoseFiles.
const { path, start, end, first, maxMalformedReported, readBytes } = workerData as {
  path: string;
  start: number;
  end: number;
  first: boolean;
  maxMalformedReported: number;
  readBytes: number;
};

/** Progress goes out every this many bytes: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_BYTES = 8 << 20;
let reported = 0;

try {
  const piece = await readJsonLinesPiece(fileChunks(path, readBytes, start, end), {
    first,
    maxMalformedReported,
    onProgress: ({ bytes, signIns }) => {
      if (bytes - reported < PROGRESS_BYTES) return;
      reported = bytes;
      parentPort?.postMessage({ progress: [bytes, signIns] });
    },
  });
  parentPort?.postMessage({ piece });
} catch (error) {
  parentPort?.postMessage({ error: (error as Error).message });
}
