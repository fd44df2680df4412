import { Search } from 'errata';
import { parse, positiveInt } from '../args.js';
import { loadCatalog } from '../catalog.js';
import { CliError, EXIT } from '../exit.js';
import { colorsFor, out, printJson } from '../output.js';

export const usage = `Usage: errata search "<words or a code>" [--json] [--limit N] [--provider P]

Ranks entries, compare guides and playbooks: exact codes and aliases first, then plain-language
matches over titles, summaries, meanings and causes. Exit 0 with results, 1 with none.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { json: { type: 'boolean' }, limit: { type: 'string' }, provider: { type: 'string' } },
    usage,
  );
  if (values.help) {
    out(usage);
    return EXIT.ok;
  }
  const query = positionals.join(' ').trim();
  if (!query) throw new CliError(`search needs words to look for\n\n${usage}`);
  const limit = positiveInt(values.limit, '--limit', 10);
  const catalog = loadCatalog();
  if (values.provider && !catalog.provider(values.provider)) {
    throw new CliError(`no provider "${values.provider}"; the providers are ${catalog.providers.map((p) => p.id).join(', ')}`);
  }
  const results = new Search(catalog).search(query, { limit, provider: values.provider });
  if (values.json) {
    printJson({ query, results: results.map(({ id, title, score, kind, summary }) => ({ id, title, score, kind, summary })) });
  } else {
    const c = colorsFor(process.stdout);
    if (!results.length) out(`No results for "${query}".`);
    for (const r of results) out(`${c.cyan(r.id.padEnd(34))} ${r.title}\n${' '.repeat(35)}${c.dim(r.summary)}`);
  }
  return results.length ? EXIT.ok : EXIT.nothing;
}
