import type { AppSummary, DiagnoseReport, Finding } from '../schema.js';
import { type BarItem, barChart, PALETTE, type StackSeries, stackedTimeChart } from './charts.js';
import { esc, fmt, share } from './escape.js';
import { STYLE } from './style.js';

export interface HtmlReportOptions {
  /** Base URL of an Errata site (e.g. https://errata.example.org): entry links point there. Without it they
   * point at Microsoft's lookup for the code, since a report opened from disk has no site beside it. */
  siteUrl?: string;
  title?: string;
}

const VERDICT_WORDS: Record<string, string> = {
  'tenant-policy-or-scope-design': 'Tenant policy or scope design',
  'consent-ux-abandonment': 'Consent UX or abandonment',
  'consent-not-granted': 'Consent not granted',
  'user-credentials': 'User credentials',
  'mfa-or-conditional-access': 'MFA or Conditional Access',
  'app-misconfiguration': 'App misconfiguration',
  'service-side': 'Service-side',
  other: 'Other',
};

type Linked = { code: number; link: string; lookupUrl?: string; title?: string };

/**
 * The report as one self-contained HTML page: inline styles and SVG charts, no scripts, nothing fetched,
 * so it opens from disk and can be mailed around. Every value from the log is escaped.
 */
export function renderHtmlReport(report: DiagnoseReport, options: HtmlReportOptions = {}): string {
  const title = options.title ?? 'Sign-in log diagnosis';
  const href = (f: Linked) =>
    options.siteUrl
      ? `${options.siteUrl.replace(/\/$/, '')}${f.link}`
      : (f.lookupUrl ?? `https://login.microsoftonline.com/error?code=${f.code}`);
  const codeLink = (f: Linked) =>
    `<a href="${esc(href(f))}" title="${esc(`errata show AADSTS${f.code}`)}">AADSTS${f.code}</a>${f.title ? ` <span class="muted">${esc(f.title)}</span>` : ''}`;
  const s = report.summary;
  const body = [
    `<header><h1>${esc(title)}</h1><p class="muted">${period(report)} · ${s.files.map((f) => `${esc(f.name)} (${esc(f.format ?? 'empty')}${f.gzip ? ', gzip' : ''})`).join(', ') || 'no input'}</p></header>`,
    summaryCards(report),
    findingsSection(report, codeLink),
    report.summary.signIns ? charts(report) : '<p class="empty">No sign-ins in the input: nothing to chart.</p>',
    ...report.apps.filter((a) => a.failures.length).map((a) => appSection(a, codeLink)),
    thresholdsSection(report),
    malformedSection(report),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function period(report: DiagnoseReport): string {
  const { from, to } = report.summary;
  if (!from || !to) return 'no sign-ins';
  return `${esc(from.slice(0, 16).replace('T', ' '))} – ${esc(to.slice(0, 16).replace('T', ' '))} UTC`;
}

function summaryCards(report: DiagnoseReport): string {
  const s = report.summary;
  const cards: [string, string][] = [
    ['Sign-ins', fmt(s.signIns)],
    ['Failed', `${fmt(s.failedSignIns)}${s.signIns ? ` <small>(${share(s.failedSignIns / s.signIns)})</small>` : ''}`],
    ['Users', fmt(s.users)],
    ['Apps', fmt(s.apps)],
    ['Findings', fmt(s.findings)],
    ['Malformed rows', fmt(s.malformed.count)],
  ];
  return `<section class="cards" aria-label="Summary">${cards.map(([k, v]) => `<div class="card"><div class="k">${k}</div><div class="v">${v}</div></div>`).join('')}</section>`;
}

function findingsSection(report: DiagnoseReport, codeLink: (f: Linked) => string): string {
  const apps = report.apps.filter((a) => a.findings.length);
  if (!apps.length)
    return '<section id="findings"><h2>Findings</h2><p class="empty">No findings: no failure touched enough users to stand out.</p></section>';
  const items = apps.flatMap((a) =>
    a.findings.map((f) => `<li>${verdictBadge(f)} <strong>${esc(appName(a))}</strong> · ${codeLink(f)}<p>${esc(f.evidence)}</p></li>`),
  );
  return `<section id="findings"><h2>Findings</h2><ul class="findings">${items.join('')}</ul></section>`;
}

const verdictBadge = (f: Finding) => `<span class="verdict v-${esc(f.verdict)}">${esc(VERDICT_WORDS[f.verdict] ?? f.verdict)}</span>`;
const appName = (a: AppSummary) => a.appDisplayName || a.appId || '(no app id)';

function charts(report: DiagnoseReport): string {
  // Failures over time: the six codes with most sign-ins, summed over apps, the rest together.
  const byCode = new Map<number, { count: number; users: number; apps: number; title: string; series: number[] }>();
  for (const app of report.apps) {
    for (const f of app.failures) {
      const c = byCode.get(f.code) ?? {
        count: 0,
        users: 0,
        apps: 0,
        title: f.title ?? '',
        series: new Array<number>(report.timeline.buckets).fill(0),
      };
      c.count += f.count;
      c.users += f.users;
      c.apps++;
      f.series.forEach((n, i) => {
        c.series[i] = (c.series[i] ?? 0) + n;
      });
      byCode.set(f.code, c);
    }
  }
  const codes = [...byCode].sort((a, b) => b[1].count - a[1].count);
  const top = codes.slice(0, PALETTE.length - 2);
  const stacks: StackSeries[] = top.map(([code, c]) => ({ label: `AADSTS${code}`, values: c.series }));
  const rest = codes.slice(top.length);
  if (rest.length) {
    const values = new Array<number>(report.timeline.buckets).fill(0);
    for (const [, c] of rest) {
      c.series.forEach((n, i) => {
        values[i] = (values[i] ?? 0) + n;
      });
    }
    stacks.push({ label: `${rest.length} other codes`, values });
  }
  const start = Date.parse(report.timeline.start ?? '') || 0;
  const appBars: BarItem[] = report.apps
    .filter((a) => a.failedSignIns)
    .sort((a, b) => b.failedSignIns - a.failedSignIns)
    .slice(0, 12)
    .map((a) => ({ label: appName(a), value: a.failedSignIns, note: `${fmt(a.users)} users` }));
  const codeBars: BarItem[] = codes.slice(0, 12).map(([code, c]) => ({
    label: `AADSTS${code}${c.title ? ` ${c.title}` : ''}`,
    value: c.count,
    note: `${c.apps} app${c.apps === 1 ? '' : 's'}`,
  }));
  const hours = report.timeline.bucketMs / 3_600_000;
  const width = hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? '' : 's'}` : `${hours} hour${hours === 1 ? '' : 's'}`;
  return `<section id="charts"><h2>Charts</h2>
${stacks.length ? stackedTimeChart('timeline', `Failed sign-ins over time (per ${width})`, stacks, start, report.timeline.bucketMs) : '<p class="empty">No failed sign-ins.</p>'}
${appBars.length ? barChart('apps', 'Failed sign-ins per app', appBars, PALETTE[0]) : ''}
${codeBars.length ? barChart('codes', 'Failed sign-ins per error code', codeBars, PALETTE[3]) : ''}
</section>`;
}

function appSection(app: AppSummary, codeLink: (f: Linked) => string): string {
  const rows = app.failures
    .slice(0, 25)
    .map(
      (f) =>
        `<tr><td>${codeLink(f)}</td><td class="n">${fmt(f.count)}</td><td class="n">${fmt(f.users)}</td><td class="n">${share(f.userFraction)}</td>` +
        `<td class="n">${f.users ? share(f.retryFraction) : '–'}</td><td>${esc(top(f.clientApps))}</td><td>${esc(top(f.browsers))}</td><td>${esc(top(f.operatingSystems))}</td></tr>`,
    )
    .join('');
  const readings = [...app.findings.map((f) => ({ f, note: false })), ...app.notes.map((f) => ({ f, note: true }))]
    .map(
      ({ f, note }) =>
        `<li${note ? ' class="note"' : ''}>${note ? '<span class="verdict v-note">Normal</span>' : verdictBadge(f)} ${codeLink(f)}<p>${esc(f.evidence)}</p><p class="muted">Rule: ${esc(f.rule)}</p></li>`,
    )
    .join('');
  return `<section class="app" data-app-id="${esc(app.appId)}"><h2>${esc(appName(app))}</h2>
<p class="muted">${esc(app.appId)} · ${fmt(app.signIns)} sign-ins by ${fmt(app.users)} users · ${fmt(app.failedSignIns)} failed</p>
${readings ? `<ul class="findings">${readings}</ul>` : ''}
<table><thead><tr><th>Code</th><th>Sign-ins</th><th>Users</th><th>Share of users</th><th>Later succeeded</th><th>Client app</th><th>Browser</th><th>OS</th></tr></thead><tbody>${rows}</tbody></table>
${app.failures.length > 25 ? `<p class="muted">…and ${app.failures.length - 25} more codes in the JSON report.</p>` : ''}
</section>`;
}

const top = (shares: { value: string; count: number }[]) => shares[0]?.value ?? '';

function thresholdsSection(report: DiagnoseReport): string {
  const rows = Object.entries(report.summary.thresholds)
    .map(([k, v]) => `<tr><td><code>${esc(k)}</code></td><td class="n">${esc(v)}</td></tr>`)
    .join('');
  return `<section id="thresholds"><h2>Thresholds</h2><p class="muted">The numbers the verdicts rest on (change them with the CLI's flags; docs/diagnose.md explains each).</p><table><tbody>${rows}</tbody></table></section>`;
}

function malformedSection(report: DiagnoseReport): string {
  const m = report.summary.malformed;
  if (!m.count) return '';
  const items = m.first.map((r) => `<li><code>${esc(r.file)}:${r.line}</code> ${esc(r.reason)}</li>`).join('');
  return `<section id="malformed"><h2>Malformed rows</h2><p>${fmt(m.count)} rows could not be read and were skipped${m.count > m.first.length ? `; the first ${m.first.length}` : ''}:</p><ul>${items}</ul></section>`;
}
