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
 * Cuts a byte stream into pieces of about PIECE bytes that end at line breaks (or, for a line longer than
 * LONGEST_LINE, at a UTF-8 character boundary). Each piece is a fresh buffer: nothing holds on to earlier
 * input, so memory stays flat.
 */
export async function* bytePieces(input: Readable): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes < PIECE) continue;
    const all = Buffer.concat(pending, pendingBytes);
    const newline = all.lastIndexOf(10, LONGEST_LINE);
    let cut = newline === -1 ? Math.min(all.length, LONGEST_LINE) : newline + 1;
    // Never split a UTF-8 sequence: step back over continuation bytes.
    while (newline === -1 && cut > 0 && cut < all.length && ((all[cut] ?? 0) & 0xc0) === 0x80) cut--;
    const rest = Buffer.from(all.subarray(cut));
    pending = rest.length ? [rest] : [];
    pendingBytes = rest.length;
    yield all.subarray(0, cut);
  }
  if (pendingBytes) yield Buffer.concat(pending, pendingBytes);
}

/** The same pieces as text, with their offsets in the whole input (UTF-16 units) and the lines before them. */
export async function* pieces(input: Readable): AsyncGenerator<Piece> {
  const decoder = new TextDecoder('utf-8');
  let offset = 0;
  let lineOffset = 0;
  for await (const bytes of bytePieces(input)) {
    const text = decoder.decode(bytes);
    yield { text, offset, lineOffset };
    offset += text.length;
    lineOffset += countLines(text);
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
