import { readFileSync } from 'node:fs';
import { loadCatalog } from './catalog.js';
import { CliError, EXIT } from './exit.js';
import { err, out } from './output.js';

interface Command {
  run(argv: string[]): Promise<number>;
  usage: string;
}

/** Subcommands, each loaded only when used. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  decode: { summary: 'find and explain every error code in a text or file', load: () => import('./commands/decode.js') },
  diagnose: { summary: 'read exported sign-in logs: failures per app and code, verdicts', load: () => import('./commands/diagnose.js') },
  show: { summary: 'show one entry, guide or playbook', load: () => import('./commands/show.js') },
  search: { summary: 'search codes and plain-language questions', load: () => import('./commands/search.js') },
  list: { summary: 'list every document with depth and review date', load: () => import('./commands/list.js') },
  check: { summary: 'validate content/ and its invariants', load: () => import('./commands/check.js') },
  build: { summary: 'compile content/ into the JSON catalog', load: () => import('./commands/build.js') },
  corrections: { summary: "moderate readers' correction reports on a running server", load: () => import('./commands/corrections.js') },
};

const HELP = `errata — an open, source-backed error reference

Usage: errata <command> [options]
       errata "<pasted text>"     decode every error code in the text
       errata <code>              show it (same as errata show <code>)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Options: --json (machine-readable output), --help, --version
Exit codes: 0 success, 1 nothing found or faults present, 2 bad usage or bad input.
Colour only on a terminal; never with NO_COLOR.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      out(HELP);
      return EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      out(version());
      return EXIT.ok;
    }
    const command = COMMANDS[name];
    if (command) return await (await command.load()).run(rest);
    // `errata "<pasted text>"`: a plain lower-case word first is a mistyped command; anything else is text to read.
    if (/^[a-z-]+$/.test(name)) throw new CliError(`unknown command "${name}"\n\n${HELP}`);
    const decode = await import('./commands/decode.js');
    const flags = rest.filter((a) => a.startsWith('--'));
    const words = [name, ...rest.filter((a) => !a.startsWith('--'))];
    if (words.length === 1 && !/\s/.test(name)) {
      const show = await import('./commands/show.js');
      if (loadCatalog().lookup(name).length) return await show.run([name, ...flags]);
    }
    return await decode.run(flags, words.join(' '));
  } catch (error) {
    if (error instanceof CliError) {
      err(`errata: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
