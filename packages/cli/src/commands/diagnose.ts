import { renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DiagnoseInputError, type DiagnoseReport, renderHtmlReport, resolveThresholds, type Thresholds, toKql } from 'errata/diagnose';
import { parse, positiveInt } from '../args.js';
import { loadCatalog } from '../catalog.js';
import { diagnoseFiles, type LogFile, PieceError, READ_BYTES } from '../diagnose-files.js';
import { renderDiagnosis } from '../diagnose-text.js';
import { CliError, EXIT } from '../exit.js';
import { fileChunks } from '../file-chunks.js';
import { colorsFor, err, out, printJson, width } from '../output.js';
import { Progress } from '../progress.js';

export const usage = `Usage: errata diagnose FILE... [--json] [--html FILE] [--fail-on-findings] [thresholds]
       errata diagnose --kql [--days N] [thresholds]

Reads exported Microsoft Entra sign-in logs and says, per app and error code, how many sign-ins and
users failed, whether they later succeeded, and why: a verdict with the numbers behind it. Reads
Graph signIns JSON (pages, arrays), JSON lines, the admin center's CSV and JSON downloads, Log
Analytics SigninLogs exports and diagnostic-settings records, gzip or not; the format is told from
the content. Several FILEs merge into one report (a paged export); - reads stdin. Files of any size
stream in bounded memory; malformed rows are counted and the first few shown, never fatal.

  --json                 the report as JSON: {"summary","timeline","apps":[{"appId","appDisplayName",
                         "signIns","users","failures":[…],"findings":[{"code","verdict","evidence",…}]}]}
  --html FILE            also write a self-contained HTML report with charts (opens from disk)
  --site-url URL         link entries in the HTML report to this Errata site
  --kql                  print the same diagnosis as a Kusto query for the SigninLogs table; no FILE
  --days N               how far back the --kql query looks (default 30)
  --fail-on-findings     exit 1 when there are findings (for scripts and CI)
  --threads N            threads reading a large JSON-lines file at once, 1–64 (default: one per core, at most 4)

Thresholds (docs/diagnose.md explains each; defaults in brackets):
  --policy-share X       share of an app's users declining consent that reads as policy/scope design [0.5]
  --min-users N          fewest users for a finding [3]
  --min-share X          smallest share of an app's users for a finding [0.05]
  --min-sign-ins N       fewest sign-ins for a finding on sign-ins without users [5]
  --retry-share X        share of affected users succeeding later that counts as "most" [0.5]
  --onset-quiet-share X  65001 onset: share of sign-ins before it [0.2]
  --onset-user-share X   65001 onset: share of users active since who hit it [0.3]
  --mfa-completed-share X  share completing MFA for prompts to read as a normal step [0.8]

Exit 0 with a report (even an empty one), 1 with --fail-on-findings and findings present,
2 on bad usage or input in no format Errata reads.`;

/** Threshold flags, each a number, mapped to the threshold it sets. */
const THRESHOLD_FLAGS: Record<string, keyof Thresholds> = {
  'policy-share': 'policyShare',
  'min-users': 'minUsers',
  'min-share': 'minShare',
  'min-sign-ins': 'minSignIns',
  'retry-share': 'retryShare',
  'onset-quiet-share': 'onsetQuietShare',
  'onset-user-share': 'onsetUserShare',
  'mfa-completed-share': 'mfaCompletedShare',
};

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      json: { type: 'boolean' },
      html: { type: 'string' },
      'site-url': { type: 'string' },
      kql: { type: 'boolean' },
      days: { type: 'string' },
      'fail-on-findings': { type: 'boolean' },
      threads: { type: 'string' },
      ...Object.fromEntries(Object.keys(THRESHOLD_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
    },
    usage,
  );
  if (values.help) {
    out(usage);
    return EXIT.ok;
  }
  const flags = values as Record<string, string | boolean | undefined>;
  const thresholds = readThresholds(flags);

  if (values.kql) {
    if (positionals.length) throw new CliError(`--kql prints a query to run where the logs live; it reads no FILE\n\n${usage}`);
    out(toKql({ thresholds, days: positiveInt(values.days, '--days', 30) }).trimEnd());
    return EXIT.ok;
  }
  if (values.days !== undefined) throw new CliError('--days goes with --kql');

  const inputs = openInputs(positionals);
  const progress = new Progress(process.stderr, inputs.total);
  let report: DiagnoseReport;
  try {
    report = await diagnoseFiles(inputs.logs, {
      catalog: loadCatalog(),
      ...(values.threads !== undefined ? { workers: readThreads(values.threads) } : {}),
      thresholds,
      onProgress: (p) => progress.update(inputs.offsets[p.index] ?? 0, p.bytes, p.signIns, `${p.index + 1}/${inputs.logs.length}`),
    });
  } catch (error) {
    if (error instanceof DiagnoseInputError || error instanceof PieceError) throw new CliError(error.message);
    // A file that vanished or cannot be read after the check above.
    if ((error as NodeJS.ErrnoException).code && (error as NodeJS.ErrnoException).syscall)
      throw new CliError(`cannot read input: ${(error as Error).message}`);
    throw error;
  } finally {
    progress.done();
  }

  if (values.html) writeAtomically(values.html, renderHtmlReport(report, { siteUrl: values['site-url'] }));
  if (values.json) printJson(report);
  else out(renderDiagnosis(report, colorsFor(process.stdout), width()));
  if (values.html) err(`HTML report written to ${values.html}`);
  return values['fail-on-findings'] && report.summary.findings > 0 ? EXIT.nothing : EXIT.ok;
}

/** Each thread holds a piece's statistics; past a few dozen they cost memory and save nothing. */
const MAX_THREADS = 64;

function readThreads(value: string): number {
  const n = positiveInt(value, '--threads', 1);
  if (n > MAX_THREADS) throw new CliError(`--threads takes at most ${MAX_THREADS}, not ${n}`);
  return n;
}

function readThresholds(flags: Record<string, string | boolean | undefined>): Partial<Thresholds> {
  const thresholds: Partial<Thresholds> = {};
  for (const [flag, key] of Object.entries(THRESHOLD_FLAGS)) {
    const value = flags[flag];
    if (typeof value !== 'string') continue;
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw new CliError(`--${flag} takes a number, not "${value}"`);
    thresholds[key] = n;
  }
  try {
    resolveThresholds(thresholds);
  } catch (error) {
    const key = /threshold (\w+)/.exec((error as Error).message)?.[1];
    const flag = Object.entries(THRESHOLD_FLAGS).find(([, k]) => k === key)?.[0];
    throw new CliError(`--${flag ?? key}: ${(error as Error).message.replace(/^threshold \w+: /, '')}`);
  }
  return thresholds;
}

/** Files (or stdin for -) as named byte streams, with their sizes for the progress bar. */
function openInputs(files: string[]): { logs: LogFile[]; total: number | undefined; offsets: number[] } {
  const names = files.length ? files : ['-'];
  if (names.filter((f) => f === '-').length > 1) throw new CliError('stdin (-) can be read only once');
  const logs: LogFile[] = [];
  const offsets: number[] = [];
  let total: number | undefined = 0;
  for (const file of names) {
    offsets.push(total ?? 0);
    if (file === '-') {
      if (process.stdin.isTTY) throw new CliError(`nothing to diagnose: pass a FILE or pipe a log in\n\n${usage}`);
      logs.push({ name: 'stdin', data: process.stdin });
      total = undefined;
      continue;
    }
    let size: number;
    let regular: boolean;
    try {
      const stat = statSync(file);
      if (stat.isDirectory()) throw new CliError(`${file} is a folder, not a file`);
      size = stat.size;
      regular = stat.isFile();
    } catch (error) {
      if (error instanceof CliError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
    if (total !== undefined) total += size;
    // Only a regular file can be cut into pieces; a pipe or device is read as it comes.
    logs.push({ name: file, data: fileChunks(file, READ_BYTES), ...(regular ? { path: file, size } : {}) });
  }
  return { logs, total, offsets };
}

/** Writes beside the target, then renames: a reader never sees half a report. */
function writeAtomically(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${(error as Error).message}`);
  }
}
