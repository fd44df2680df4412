import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './exit.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a subcommand's arguments; unknown flags and missing values are usage errors (exit 2). */
export function parse<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${usage}`);
  }
}

/** A positive integer flag such as --limit. */
export function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${flag} takes a whole number of 1 or more, not "${value}"`);
  return n;
}
