import { DETECT_BYTES, detectFormat } from './detect.js';

/**
 * Plain JSON-lines logs at least this large are worth reading in pieces on several threads (worker
 * threads in Node, web workers in a browser); below it, starting the threads costs more than it saves.
 */
export const PARALLEL_BYTES = 16 << 20;

/** Reads `length` bytes at `offset` of a log (fewer at its end): a file handle in Node, Blob.slice in a browser. */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array>;

/** A piece of a log as [start, end) byte offsets, ending just after a line end (the last one at the log's end). */
export type PieceRange = [start: number, end: number];

/**
 * Where to cut a log into about `count` pieces for readJsonLinesPiece, each ending at a line end — or
 * undefined when it should be read whole: smaller than PARALLEL_BYTES (or `minBytes`), gzip, or not
 * JSON lines. A cut never falls inside a line, and so never inside a UTF-8 character.
 */
export async function planPieces(
  size: number,
  count: number,
  readAt: ReadAt,
  { minBytes = PARALLEL_BYTES }: { minBytes?: number } = {},
): Promise<PieceRange[] | undefined> {
  if (count < 2 || size < minBytes) return undefined;
  const head = await readAt(0, Math.min(size, DETECT_BYTES));
  if (head[0] === 0x1f && head[1] === 0x8b) return undefined;
  const text = new TextDecoder('utf-8').decode(head).trimStart();
  if (detectFormat(text, head.byteLength === size) !== 'jsonl') return undefined;
  const ranges: PieceRange[] = [];
  let start = 0;
  for (let i = 1; i <= count && start < size; i++) {
    const end = i === count ? size : await lineEndAfter(Math.max(start, Math.floor((size * i) / count)), size, readAt);
    if (end > start) ranges.push([start, end]);
    start = end;
  }
  return ranges.length > 1 ? ranges : undefined;
}

/** The offset just past the first \n at or after `from` (the log's size when there is none). */
async function lineEndAfter(from: number, size: number, readAt: ReadAt): Promise<number> {
  const block = 64 * 1024;
  for (let at = from; at < size; at += block) {
    const bytes = await readAt(at, Math.min(block, size - at));
    const newline = bytes.indexOf(0x0a);
    if (newline !== -1) return at + newline + 1;
    if (bytes.byteLength === 0) break;
  }
  return size;
}
