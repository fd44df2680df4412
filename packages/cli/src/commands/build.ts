import { buildCatalog } from 'errata/build';
import { parse } from '../args.js';
import { catalogPath, contentDir } from '../catalog.js';
import { EXIT } from '../exit.js';
import { err, out } from '../output.js';

export const usage = `Usage: errata build [--content DIR] [--out FILE]

Compiles content/ into the JSON catalog the CLI, the site and the library load. Refuses to write
when \`errata check\` finds faults, unless --allow-faults (a preview while writing: files that do
not parse are left out; never for a release).`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { content: { type: 'string' }, out: { type: 'string' }, 'allow-faults': { type: 'boolean' } }, usage);
  if (values.help) {
    out(usage);
    return EXIT.ok;
  }
  const target = values.out ?? catalogPath();
  const allowFaults = Boolean(values['allow-faults']);
  const report = buildCatalog(contentDir(values.content), target, { allowFaults });
  if (report.faults.length && !allowFaults) {
    for (const f of report.faults.slice(0, 20))
      err(`content/${f.file}${f.line ? `:${f.line}` : ''} [${f.rule}] ${f.field ? `${f.field}: ` : ''}${f.message}`);
    err(`\n${report.faults.length} fault(s); nothing written. Run \`npx errata check\` for the full list.`);
    return EXIT.nothing;
  }
  out(
    `catalog: ${report.data.entries.length} entries, ${report.data.compares.length} compare guides, ${report.data.playbooks.length} playbooks → ${target}`,
  );
  return EXIT.ok;
}
