import { checkContent } from 'errata/build';
import { parse } from '../args.js';
import { contentDir } from '../catalog.js';
import { EXIT } from '../exit.js';
import { colorsFor, out, printJson } from '../output.js';

export const usage = `Usage: errata check [--content DIR] [--json]

Validates every content file against the schema and the whole base against its rules (unique ids,
paths that agree with ids, references that resolve, complete full entries, cited causes and fixes,
real review dates, unique aliases). Each fault names the file, the field or line, and what to do.
Exit 0 when clean, 1 with faults, 2 on bad usage.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { json: { type: 'boolean' }, content: { type: 'string' } }, usage);
  if (values.help) {
    out(usage);
    return EXIT.ok;
  }
  const dir = contentDir(values.content);
  const report = checkContent(dir);
  if (values.json) {
    printJson({ files: report.files, faults: report.faults });
  } else {
    const c = colorsFor(process.stdout);
    for (const f of report.faults) {
      const where = `content/${f.file}${f.line ? `:${f.line}` : ''}`;
      out(`${c.bold(where)} ${c.dim(`[${f.rule}]`)} ${f.field ? `${c.yellow(f.field)}: ` : ''}${f.message}`);
    }
    const summary = `${report.files} files, ${report.data.entries.length} entries, ${report.data.compares.length} compare guides, ${report.data.playbooks.length} playbooks`;
    out(report.faults.length ? c.red(`\n${report.faults.length} fault(s) in ${summary}`) : c.green(`ok: ${summary}`));
  }
  return report.faults.length ? EXIT.nothing : EXIT.ok;
}
