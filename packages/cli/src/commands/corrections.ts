import { CONTROL_CHARACTERS, type Correction, CorrectionResolution, CorrectionStatus, correctionProblem } from 'errata/schema';
import { parse, positiveInt } from '../args.js';
import { CorrectionsApi, notFound } from '../corrections-api.js';
import { CliError, EXIT } from '../exit.js';
import { type Colors, colorsFor, out, printJson, width } from '../output.js';

export const usage = `Usage: errata corrections list [--status new|accepted|rejected|all] [--limit N] [--json]
       errata corrections show <id> [--json]
       errata corrections resolve <id> accepted|rejected [--reason TEXT] [--json]

Moderates readers' correction reports on a running Errata server, like its moderation page:
list them (newest first; new ones unless --status says otherwise), show one, or accept or reject it
(a rejection needs --reason). A report is resolved once.

  --url URL   the server (default: $ERRATA_URL, else http://localhost:4321)

The admin token is read from ERRATA_ADMIN_TOKEN, the same variable the server uses; it is never a
flag, so it does not show up in process lists or shell history.
Exit 0 on success, 1 when no report has the id, 2 on bad usage or when the server refuses.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      json: { type: 'boolean' },
      url: { type: 'string' },
      status: { type: 'string' },
      limit: { type: 'string' },
      reason: { type: 'string' },
    },
    usage,
  );
  if (values.help) {
    out(usage);
    return EXIT.ok;
  }
  const [action, id, decision, ...extra] = positionals;
  const c = colorsFor(process.stdout);
  if (action === 'list' && positionals.length === 1) {
    const status = values.status ?? 'new';
    if (status !== 'all' && !CorrectionStatus.safeParse(status).success)
      throw new CliError(`--status is new, accepted, rejected or all, not "${status}"`);
    const { corrections, counts } = await CorrectionsApi.fromEnv(values.url).list(
      status as CorrectionStatus | 'all',
      positiveInt(values.limit, '--limit', 100),
    );
    if (values.json) printJson({ corrections, counts });
    else printList(corrections, counts, c);
    return EXIT.ok;
  }
  if (action === 'show' && id && positionals.length === 2) {
    const report = await CorrectionsApi.fromEnv(values.url).show(id);
    if (!report) throw notFound(id);
    if (values.json) printJson(report);
    else printReport(report, c);
    return EXIT.ok;
  }
  if (action === 'resolve' && id && decision && extra.length === 0) {
    const status = { accept: 'accepted', reject: 'rejected' }[decision] ?? decision;
    const parsed = CorrectionResolution.safeParse({ status, reason: values.reason });
    if (!parsed.success) {
      const problem = correctionProblem(parsed.error);
      throw new CliError(problem.field === 'reason' ? `${problem.error}: add --reason "why"` : problem.error);
    }
    const report = await CorrectionsApi.fromEnv(values.url).resolve(id, parsed.data);
    if (!report) throw notFound(id);
    if (values.json) printJson(report);
    else out(`report ${report.id} ${c.bold(report.status)}${report.reason ? `: ${safe(report.reason)}` : ''}`);
    return EXIT.ok;
  }
  throw new CliError(`expected list, show <id> or resolve <id> accepted|rejected\n\n${usage}`);
}

/**
 * Reader text shown in a terminal: the server refuses control characters, but the CLI may talk to any server,
 * so escape sequences are neutralised here too rather than trusted.
 */
const CONTROL = new RegExp(CONTROL_CHARACTERS.source, 'g');
export const safe = (text: string) => text.replace(CONTROL, '\uFFFD');

const oneLine = (text: string, max: number) => {
  const line = safe(text).replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

function printList(reports: Correction[], counts: Record<string, number>, c: Colors): void {
  const room = Math.max(20, width() - 60);
  for (const r of reports) {
    out(`${c.cyan(r.id)}  ${r.status.padEnd(8)}  ${r.createdAt.slice(0, 10)}  ${r.target.padEnd(28)}  ${oneLine(r.problem, room)}`);
  }
  out(
    c.dim(
      `${reports.length ? '\n' : ''}${reports.length} shown · new ${counts.new ?? 0}, accepted ${counts.accepted ?? 0}, rejected ${counts.rejected ?? 0}`,
    ),
  );
}

function printReport(r: Correction, c: Colors): void {
  out(`${c.bold(`report ${r.id}`)} · ${r.status} · about ${r.target} · received ${r.createdAt}`);
  out(`\n${c.bold('What is wrong')}\n${safe(r.problem)}`);
  out(`\n${c.bold('What it should say')}\n${safe(r.suggestion)}`);
  if (r.source) out(`\n${c.bold('Source')}  ${safe(r.source)}`);
  if (r.contact) out(`${c.bold('Contact')} ${safe(r.contact)}`);
  if (r.status !== 'new')
    out(`\n${c.bold('Decision')} ${r.status}${r.resolvedAt ? ` on ${r.resolvedAt}` : ''}${r.reason ? `: ${safe(r.reason)}` : ''}`);
}
