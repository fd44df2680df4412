/// <reference lib="webworker" />
import { Diagnosis, readJsonLinesPiece } from 'errata/diagnose';

// One job per worker: a whole log, or one piece of a large JSON-lines log (see diagnose.ts). What it
// found goes back as plain data; the page merges it. The log never leaves the browser.
export type DiagnoseJob = { kind: 'whole'; file: File } | { kind: 'piece'; file: File; start: number; end: number };
export type DiagnoseJobMessage = { progress: { bytes: number; signIns: number } } | { done: unknown } | { error: string };

/** Progress goes out every this many bytes: a live count without flooding the page with messages. */
const PROGRESS_BYTES = 4 << 20;
let reported = -PROGRESS_BYTES;
const progress = ({ bytes, signIns }: { bytes: number; signIns: number }) => {
  if (bytes - reported < PROGRESS_BYTES) return;
  reported = bytes;
  postMessage({ progress: { bytes, signIns } } satisfies DiagnoseJobMessage);
};

self.onmessage = async ({ data: job }: MessageEvent<DiagnoseJob>) => {
  try {
    if (job.kind === 'piece') {
      const piece = await readJsonLinesPiece(job.file.slice(job.start, job.end), { first: job.start === 0, onProgress: progress });
      postMessage({ done: piece } satisfies DiagnoseJobMessage);
    } else {
      const diagnosis = new Diagnosis({ onProgress: progress });
      await diagnosis.read({ name: job.file.name, data: job.file });
      postMessage({ done: diagnosis.part() } satisfies DiagnoseJobMessage);
    }
  } catch (error) {
    postMessage({ error: (error as Error).message } satisfies DiagnoseJobMessage);
  }
};
