import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { CliError } from './exit.js';

/** Pieces are cut at line ends near this size, so memory stays flat whatever the input's size. */
const PIECE = 1 << 20;
/** A line longer than this is cut anyway; a code split across the cut is the price of bounded memory. */
const LONGEST_LINE = 4 << 20;

export interface Piece {
  text: string;
  /** Offset of the piece's first character in the whole input (UTF-16 units). */
  offset: number;
  /** Lines before this piece. */
  lineOffset: number;
}

/** Opens a file, or stdin for `-` or nothing; a missing or unreadable file is a usage error. */
export function openInput(file: string | undefined): Readable {
  if (!file || file === '-') {
    if (process.stdin.isTTY) throw new CliError('nothing to decode: pass a FILE, pipe text in, or give the text as an argument');
    return process.stdin;
  }
  try {
    if (statSync(file).isDirectory()) throw new CliError(`${file} is a folder, not a file`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  return createReadStream(file, { highWaterMark: 1 << 20 });
}

/**
 * Splits a byte stream into text pieces that end at line breaks. Bytes are cut before decoding, so every
 * piece is a fresh flat string and nothing holds on to earlier input: memory stays flat.
 */
export async function* pieces(input: Readable): AsyncGenerator<Piece> {
  const decoder = new TextDecoder('utf-8');
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0;
  let lineOffset = 0;
  const emit = (bytes: Buffer, last: boolean): Piece => {
    const text = decoder.decode(bytes, { stream: !last });
    const piece = { text, offset, lineOffset };
    offset += text.length;
    lineOffset += countLines(text);
    return piece;
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes < PIECE) continue;
    const all = Buffer.concat(pending, pendingBytes);
    const newline = all.lastIndexOf(10, LONGEST_LINE);
    const cut = newline === -1 ? Math.min(all.length, LONGEST_LINE) : newline + 1;
    // Copy the rest, so the large buffer it came from can be freed.
    const rest = Buffer.from(all.subarray(cut));
    pending = rest.length ? [rest] : [];
    pendingBytes = rest.length;
    yield emit(all.subarray(0, cut), false);
  }
  const tail = emit(Buffer.concat(pending, pendingBytes), true);
  if (tail.text) yield tail;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
