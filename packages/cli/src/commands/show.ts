import { parse } from '../args.js';
import { loadCatalog } from '../catalog.js';
import { CliError, EXIT } from '../exit.js';
import { colorsFor, out, printJson, width } from '../output.js';
import { renderDocument } from '../render.js';

export const usage = `Usage: errata show <id or anything you would type> [--json]

Shows one entry, compare guide or playbook. Accepts ids (entra/AADSTS65004), codes (AADSTS65004,
65004, 429, DEADLINE_EXCEEDED), symbolic names (UserDeclinedConsent, DeadlineExceeded) and phrases
such as "HTTP 429", "grpc 4" or "429 Too Many Requests". A value that fits several families lists
every candidate. Exit 0 when found, 1 when nothing matches, 2 on bad usage.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, usage);
  if (values.help) {
    out(usage);
    return EXIT.ok;
  }
  const query = positionals.join(' ').trim();
  if (!query) throw new CliError(`show needs something to look up\n\n${usage}`);
  const catalog = loadCatalog();
  const resolved = catalog.resolve(query);
  const c = colorsFor(process.stdout);

  if ('document' in resolved) {
    const doc = resolved.document;
    if (values.json) {
      const guides = doc.kind === 'error' ? catalog.guidesFor(doc.id) : { compares: [], playbooks: [] };
      printJson({ ...doc, guides: { compares: guides.compares.map((g) => g.id), playbooks: guides.playbooks.map((g) => g.id) } });
    } else out(renderDocument(doc, catalog, c, width()));
    return EXIT.ok;
  }

  const { candidates } = resolved;
  if (candidates.length) {
    if (values.json) printJson({ query, ambiguous: true, candidates });
    else {
      out(`"${query}" fits more than one family:`);
      for (const k of candidates) out(`  ${c.cyan(k.id.padEnd(30))} ${k.title}  ${c.dim(`(${k.provider})`)}`);
      out(c.dim(`\nShow one with its id, e.g. errata show ${candidates[0]?.id}`));
    }
    return EXIT.ok;
  }

  const unknown = catalog.recognise(query);
  if (unknown) {
    const name = catalog.provider(unknown.provider)?.name ?? unknown.provider;
    if (values.json) printJson({ query, known: false, ...unknown });
    else {
      out(`${unknown.code} is a well-formed ${name} code that Errata does not cover yet.`);
      if (unknown.lookupUrl) out(`The official lookup: ${unknown.lookupUrl}`);
    }
    return EXIT.nothing;
  }
  if (values.json) printJson({ query, known: false, candidates: [] });
  else out(`Nothing matches "${query}". Try: errata search "${query}"`);
  return EXIT.nothing;
}
