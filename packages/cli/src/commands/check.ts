import { checkContent } from 'errata/build';
import { staleDocuments } from 'errata/check';
import { parse } from '../args.js';
import { contentDir } from '../catalog.js';
import { CliError, EXIT } from '../exit.js';
import { colorsFor, out, printJson } from '../output.js';

export const usage = `Usage: errata check [--content DIR] [--stale DAYS] [--json]

Validates every content file against the schema and the whole base against its rules (unique ids,
paths that agree with ids, references that resolve, complete full entries, cited causes and fixes,
real review dates, unique aliases). Each fault names the file, the field or line, and what to do.
With --stale DAYS, also lists every entry, compare guide and playbook whose review date is more
than DAYS days old, oldest first (JSON: "stale": [{"id","file","reviewed","days"}]).
Exit 0 when clean, 1 with faults or stale documents, 2 on bad usage.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { json: { type: 'boolean' }, content: { type: 'string' }, stale: { type: 'string' } }, usage);
  if (values.help) {
    out(usage);
    return EXIT.ok;
  }
  const maxDays = values.stale === undefined ? undefined : days(values.stale);
  const dir = contentDir(values.content);
  const today = new Date().toISOString().slice(0, 10);
  const report = checkContent(dir, today);
  const stale = maxDays === undefined ? [] : staleDocuments(report.data, today, maxDays);
  if (values.json) {
    printJson({ files: report.files, faults: report.faults, ...(maxDays !== undefined && { stale }) });
  } else {
    const c = colorsFor(process.stdout);
    for (const f of report.faults) {
      const where = `content/${f.file}${f.line ? `:${f.line}` : ''}`;
      out(`${c.bold(where)} ${c.dim(`[${f.rule}]`)} ${f.field ? `${c.yellow(f.field)}: ` : ''}${f.message}`);
    }
    const summary = `${report.files} files, ${report.data.entries.length} entries, ${report.data.compares.length} compare guides, ${report.data.playbooks.length} playbooks`;
    out(report.faults.length ? c.red(`\n${report.faults.length} fault(s) in ${summary}`) : c.green(`ok: ${summary}`));
    if (maxDays !== undefined) {
      for (const s of stale)
        out(`${c.bold(`content/${s.file}`)} ${c.dim('[stale]')} ${s.id} ${c.yellow('reviewed')}: ${s.reviewed}, ${s.days} days ago`);
      const what = `reviewed in the last ${maxDays} day${maxDays === 1 ? '' : 's'}`;
      out(
        stale.length
          ? c.red(`${stale.length} document(s) not ${what}: check their claims against the sources, then update "reviewed"`)
          : c.green(`ok: every document ${what}`),
      );
    }
  }
  return report.faults.length || stale.length ? EXIT.nothing : EXIT.ok;
}

/** --stale takes a whole number of days, 0 or more. */
function days(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new CliError(`--stale takes a whole number of days (0 or more), not "${value}"`);
  return n;
}
