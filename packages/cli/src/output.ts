import { createColors } from 'picocolors';

/** Colour only on a terminal, never with NO_COLOR or TERM=dumb; FORCE_COLOR turns it on. */
export function colorsFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env) {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  const enabled = forced || (Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb');
  return createColors(enabled);
}

export type Colors = ReturnType<typeof colorsFor>;

export const out = (text = '') => process.stdout.write(`${text}\n`);
export const err = (text = '') => process.stderr.write(`${text}\n`);

/** Prints one JSON document on stdout. */
export const printJson = (value: unknown) => out(JSON.stringify(value, null, 2));

/** The terminal width to wrap to; 80 when not a terminal. */
export const width = () => Math.min(process.stdout.columns || 80, 100);
