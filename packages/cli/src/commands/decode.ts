import { statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { type DecodeMatch, Decoder, publicMatch } from 'errata';
import { parse } from '../args.js';
import { loadCatalog, loadSummary, summaryPath } from '../catalog.js';
import { DecodePool } from '../decode-pool.js';
import { EXIT } from '../exit.js';
import { colorsFor, out, width } from '../output.js';
import { renderDocument } from '../render.js';
import { bytePieces, openInput, type Piece, pieces } from '../stream.js';

export const usage = `Usage: errata decode [FILE|-] [--json] [--explain] [--all]
       errata "<pasted text>"

Finds every error code in a log, stack trace, redirect URL, token response or client message, and
says what each means. Reads stdin when FILE is - or absent; streams files of any size in bounded
memory. Offsets are UTF-16 positions in the input, as JavaScript's String.slice takes them.

  --json      {"matches":[{"id","provider","code","start","end","confidence","known","title"}]}
  --explain   print the full entry of every code found
  --all       also report codes that are not errors (HTTP 1xx-3xx, gRPC OK)

Exit 0 when codes were found, 1 when none, 2 on bad usage.`;

export async function run(argv: string[], text?: string): Promise<number> {
  const { values, positionals } = parse(argv, { json: { type: 'boolean' }, explain: { type: 'boolean' }, all: { type: 'boolean' } }, usage);
  if (values.help) {
    out(usage);
    return EXIT.ok;
  }
  const input = text === undefined ? openInput(positionals[0]) : Readable.from([text]);
  const c = colorsFor(process.stdout);
  const seen = new Map<string, number>();
  let count = 0;
  const options = { includeNonErrors: values.all };
  const write = writer();
  const note = (m: DecodeMatch) => {
    seen.set(m.id, (seen.get(m.id) ?? 0) + 1);
    return count++;
  };

  if (values.json) await write('{"matches":[');
  if (values.json && text === undefined && isLarge(positionals[0])) {
    // Large files: worker threads read and decode; this thread only cuts bytes and prints.
    const pool = new DecodePool(summaryPath());
    try {
      for await (const matches of pool.decode(bytePieces(input), options)) {
        const lines = matches.map((m) => `${note(m) ? ',' : ''}\n${JSON.stringify(publicMatch(m))}`);
        if (lines.length) await write(lines.join(''));
      }
    } finally {
      await pool.close();
    }
  } else {
    const decoder = new Decoder(loadSummary());
    for await (const piece of pieces(input)) {
      const matches = decoder.decode(piece.text, { ...options, offset: piece.offset, maxLength: Number.POSITIVE_INFINITY });
      // One write per piece, awaited: output keeps pace with the reader, so memory stays flat on huge inputs.
      const lines = matches.map((m) => {
        const comma = note(m) ? ',' : '';
        return values.json ? `${comma}\n${JSON.stringify(publicMatch(m))}` : `${describe(m, piece, c)}\n`;
      });
      if (lines.length) await write(lines.join(''));
    }
  }
  if (values.json) {
    await write('\n]}\n');
  } else {
    out(count ? c.dim(`${count} code(s) found, ${seen.size} distinct`) : 'No error codes found.');
  }
  if (values.explain && !values.json) {
    const catalog = loadCatalog();
    for (const id of seen.keys()) {
      const doc = catalog.get(id);
      if (doc) out(`\n${renderDocument(doc, catalog, c, width())}`);
    }
  }
  return count ? EXIT.ok : EXIT.nothing;
}

/** The match highlighted in its line, then its meaning and where to read more. */
function describe(m: DecodeMatch, piece: Piece, c: ReturnType<typeof colorsFor>): string {
  const start = m.start - piece.offset;
  const end = m.end - piece.offset;
  const lineStart = piece.text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = piece.text.indexOf('\n', end);
  const line = piece.text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const lineNo = piece.lineOffset + countBreaks(piece.text, lineStart) + 1;
  const from = Math.max(0, start - lineStart - 60);
  const to = Math.min(line.length, end - lineStart + 60);
  const excerpt =
    (from > 0 ? '…' : '') +
    line.slice(from, start - lineStart) +
    c.bold(c.inverse(line.slice(start - lineStart, end - lineStart))) +
    line.slice(end - lineStart, to) +
    (to < line.length ? '…' : '');
  const head = `${c.dim(`line ${lineNo}:`)} ${excerpt.replace(/[\r\t]/g, ' ')}`;
  const what = m.known
    ? `  ${c.cyan(m.id)}  ${c.bold(m.title ?? '')}\n  ${m.summary ?? ''}\n  ${c.dim(`more: errata show ${m.id}`)}`
    : `  ${c.cyan(m.id)}  ${c.yellow('not in Errata yet')}${m.lookupUrl ? `\n  ${c.dim(`official lookup: ${m.lookupUrl}`)}` : ''}`;
  const ctx = m.context
    ? `\n  ${c.dim(
        Object.entries(m.context)
          .map(([k, v]) => `${k}: ${v}`)
          .join(' · '),
      )}`
    : '';
  return `${head}\n${what}${ctx}\n`;
}

/** Files this large are decoded on worker threads, one per core; smaller input is not worth their start-up. */
const LARGE = 8 << 20;

function isLarge(file: string | undefined): boolean {
  if (!file || file === '-') return false;
  try {
    return statSync(file).size >= LARGE;
  } catch {
    return false;
  }
}

/** Writes to stdout and waits when the pipe is full. */
function writer() {
  return (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (process.stdout.write(text)) resolve();
      else process.stdout.once('drain', resolve).once('error', reject);
    });
}

function countBreaks(text: string, until: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < until; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
