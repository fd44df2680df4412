import { parse } from '../args.js';
import { loadCatalog } from '../catalog.js';
import { CliError, EXIT } from '../exit.js';
import { colorsFor, out, printJson } from '../output.js';

export const usage = `Usage: errata list [--provider P] [--json]

Lists every error entry, compare guide and playbook with its depth and review date: the coverage
ledger. With --provider, only that family's entries.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { json: { type: 'boolean' }, provider: { type: 'string' } }, usage);
  if (values.help) {
    out(usage);
    return EXIT.ok;
  }
  const catalog = loadCatalog();
  const provider = values.provider;
  if (provider && !catalog.provider(provider)) {
    throw new CliError(`no provider "${provider}"; the providers are ${catalog.providers.map((p) => p.id).join(', ')}`);
  }
  const entries = catalog.entries
    .filter((e) => !provider || e.provider === provider)
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      provider: e.provider,
      title: e.title,
      depth: e.depth,
      reviewed: e.reviewed,
      ...(e.facts.inOfficialTable !== undefined ? { inOfficialTable: e.facts.inOfficialTable } : {}),
    }));
  const guides = provider
    ? []
    : [...catalog.compares, ...catalog.playbooks].map((g) => ({
        id: g.id,
        kind: g.kind,
        title: g.title,
        depth: 'full',
        reviewed: g.reviewed,
      }));
  const rows = [...entries, ...guides];
  if (values.json) printJson({ entries: rows });
  else {
    const c = colorsFor(process.stdout);
    for (const r of rows) out(`${c.cyan(r.id.padEnd(40))} ${r.depth.padEnd(9)} ${r.reviewed}  ${r.title}`);
    const full = rows.filter((r) => r.depth === 'full').length;
    out(c.dim(`\n${rows.length} documents, ${full} at full depth`));
  }
  return EXIT.ok;
}
