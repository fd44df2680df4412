import type { AppSummary, DiagnoseReport, Finding } from 'errata/diagnose';
import { wrap } from './markdown.js';
import type { Colors } from './output.js';

const say = (verdict: string) => verdict.replace(/-/g, ' ');
const fmt = (n: number) => n.toLocaleString('en-US');
const pct = (x: number) => (x > 0 && x < 0.01 ? `${(x * 100).toFixed(1)}%` : `${Math.round(x * 100)}%`);
const appName = (a: AppSummary) => a.appDisplayName || a.appId || '(no app id)';
const minute = (iso: string | undefined) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

/** The report for a terminal: the summary and every finding first, then each app's detail, then the thresholds. */
export function renderDiagnosis(report: DiagnoseReport, c: Colors, width: number): string {
  const s = report.summary;
  const parts: string[] = [];
  const period = s.from ? `${minute(s.from)} – ${minute(s.to)} UTC` : 'no sign-ins';
  parts.push(`${c.bold('Sign-in log diagnosis')}  ${c.dim(period)}`);
  parts.push(
    [
      `${fmt(s.signIns)} sign-ins`,
      `${fmt(s.failedSignIns)} failed${s.signIns ? ` (${pct(s.failedSignIns / s.signIns)})` : ''}`,
      `${fmt(s.users)} users`,
      `${fmt(s.apps)} apps`,
      c.bold(`${fmt(s.findings)} finding${s.findings === 1 ? '' : 's'}`),
    ].join(' · '),
  );
  parts.push(
    c.dim(
      `Read ${s.files.map((f) => `${f.name} (${f.format ?? 'empty'}${f.gzip ? ', gzip' : ''}, ${fmt(f.records)} sign-ins)`).join(', ') || 'nothing'}`,
    ),
  );
  if (s.malformed.count) parts.push(malformed(report, c));

  const withFindings = report.apps.filter((a) => a.findings.length);
  if (!s.signIns) parts.push('\nNo sign-ins in the input: an empty report.');
  else if (!withFindings.length) parts.push(`\n${c.green('No findings:')} no failure touched enough users of an app to stand out.`);
  else {
    parts.push(`\n${heading('Summary', c)}`);
    const nameWidth = Math.min(32, Math.max(...withFindings.map((a) => appName(a).length)));
    for (const app of withFindings) {
      for (const f of app.findings) {
        const who = Number(f.facts.users)
          ? `${fmt(Number(f.facts.users))} users (${pct(Number(f.facts.userFraction))})`
          : `${fmt(Number(f.facts.signIns))} sign-ins`;
        parts.push(
          `  ${clip(appName(app), nameWidth).padEnd(nameWidth)}  ${c.cyan(`AADSTS${f.code}`.padEnd(13))} ${verdict(f, c, 30)} ${who}`,
        );
      }
    }
    parts.push(`\n${heading('Findings', c)}`);
    for (const app of withFindings) parts.push(appDetail(app, c, width));
  }
  const quiet = report.apps.filter((a) => !a.findings.length && a.failedSignIns);
  if (quiet.length) {
    parts.push(`\n${heading('Apps without findings', c)}`);
    for (const app of quiet.slice(0, 15)) {
      const notes = app.notes.map((n) => `AADSTS${n.code}`).join(', ');
      parts.push(
        `  ${appName(app)}  ${c.dim(`${fmt(app.signIns)} sign-ins · ${fmt(app.users)} users · ${fmt(app.failedSignIns)} failed${notes ? ` · normal: ${notes}` : ''}`)}`,
      );
    }
    if (quiet.length > 15) parts.push(c.dim(`  …and ${quiet.length - 15} more (see --json or --html)`));
  }
  parts.push(
    `\n${c.dim(
      wrap(
        `Thresholds: ${Object.entries(s.thresholds)
          .map(([k, v]) => `${k} ${v}`)
          .join(' · ')} (docs/diagnose.md; change with flags such as --policy-share 0.6)`,
        width,
        '',
      ),
    )}`,
  );
  return `${parts.join('\n')}\n`;
}

function appDetail(app: AppSummary, c: Colors, width: number): string {
  const lines = [
    `\n${c.bold(appName(app))}  ${c.dim(`${app.appId} · ${fmt(app.signIns)} sign-ins · ${fmt(app.users)} users · ${fmt(app.failedSignIns)} failed`)}`,
  ];
  for (const f of app.findings) lines.push(reading(f, c, width, false));
  for (const n of app.notes) lines.push(reading(n, c, width, true));
  lines.push(c.dim('  code           sign-ins    users   share   later ok   top client app / browser / OS'));
  for (const f of app.failures.slice(0, 6)) {
    const top = [f.clientApps[0]?.value, f.browsers[0]?.value, f.operatingSystems[0]?.value].filter(Boolean).join(' / ');
    lines.push(
      `  ${`AADSTS${f.code}`.padEnd(13)} ${fmt(f.count).padStart(9)} ${fmt(f.users).padStart(8)} ${pct(f.userFraction).padStart(7)} ${(f.users ? pct(f.retryFraction) : '–').padStart(10)}   ${c.dim(top)}`,
    );
  }
  if (app.failures.length > 6) lines.push(c.dim(`  …${app.failures.length - 6} more codes`));
  return lines.join('\n');
}

function reading(f: Finding, c: Colors, width: number, note: boolean): string {
  const head = note
    ? `  ${c.dim('○ normal')}  ${c.cyan(`AADSTS${f.code}`)} ${c.dim(f.title ?? '')}`
    : `  ● ${verdict(f, c)}  ${c.cyan(`AADSTS${f.code}`)} ${f.title ?? ''}`;
  const body = wrap(f.evidence, width, '    ');
  const more = note ? '' : `\n${c.dim(wrap(`rule: ${f.rule} · more: errata show ${f.id}`, width, '    '))}`;
  return `${head}\n${note ? c.dim(body) : body}${more}`;
}

/** The verdict in words and colour, padded before colouring so columns line up. */
function verdict(f: Finding, c: Colors, pad = 0): string {
  const text = say(f.verdict).padEnd(pad);
  if (f.verdict === 'tenant-policy-or-scope-design' || f.verdict === 'app-misconfiguration') return c.magenta(text);
  if (f.verdict === 'user-credentials' || f.verdict === 'mfa-or-conditional-access') return c.yellow(text);
  return c.blue(text);
}

function malformed(report: DiagnoseReport, c: Colors): string {
  const m = report.summary.malformed;
  const first = m.first.map((r) => `  ${r.file}:${r.line}  ${r.reason}`).join('\n');
  return (
    c.yellow(
      `${fmt(m.count)} malformed row${m.count === 1 ? '' : 's'} skipped${m.count > m.first.length ? `; the first ${m.first.length}` : ''}:\n`,
    ) + first
  );
}

const heading = (text: string, c: Colors) => c.bold(c.yellow(text.toUpperCase()));
const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
