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
    process.stdin.setEncoding('utf8');
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
  return createReadStream(file, { encoding: 'utf8' });
}

/** Splits a text stream into pieces that end at line breaks. */
export async function* pieces(input: Readable): AsyncGenerator<Piece> {
  let pending = '';
  let offset = 0;
  let lineOffset = 0;
  const take = (length: number): Piece => {
    const text = pending.slice(0, length);
    pending = pending.slice(length);
    const piece = { text, offset, lineOffset };
    offset += text.length;
    lineOffset += countLines(text);
    return piece;
  };
  for await (const chunk of input) {
    pending += chunk as string;
    while (pending.length >= PIECE) {
      const cut = pending.lastIndexOf('\n', LONGEST_LINE);
      yield take(cut === -1 ? Math.min(pending.length, LONGEST_LINE) : cut + 1);
      if (pending.length < PIECE) break;
    }
  }
  if (pending) yield take(pending.length);
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
