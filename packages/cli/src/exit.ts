/** Exit codes, the same for every subcommand (see README "Exit codes"). */
export const EXIT = {
  /** Found what was asked; the check passed. */
  ok: 0,
  /** Nothing found, or faults/findings present where asked. */
  nothing: 1,
  /** Bad usage or bad input. */
  usage: 2,
} as const;

/** An error that ends the command with a message and an exit code, not a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
