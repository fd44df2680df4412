import type { Catalog } from '../catalog/index.js';
import type { Aggregator, AppStats, FailureStats } from './aggregate.js';
import { type FailureFacts, type Judgement, judge } from './rules/index.js';
import type { AppSummary, DiagnoseReport, FailureSummary, FileSummary, Finding, MalformedRow } from './schema.js';
import { Verdict } from './schema.js';
import { type Timeline, timelineFor } from './series.js';
import { ONSET_PERCENTILE, type Thresholds } from './thresholds.js';

/** Where a code's entry lives: its id, its page on an Errata site, its title, or Microsoft's lookup when Errata lacks it. */
export function codeLinks(code: number, catalog?: Catalog): { id: string; link: string; title?: string; lookupUrl?: string } {
  const id = `entra/AADSTS${code}`;
  const entry = catalog?.entry(id);
  const links = { id, link: `/errors/${id}` };
  if (entry) return { ...links, title: entry.title };
  return { ...links, lookupUrl: `https://login.microsoftonline.com/error?code=${code}` };
}

export interface ReportInput {
  aggregator: Aggregator;
  files: FileSummary[];
  malformed: { count: number; first: MalformedRow[] };
  thresholds: Thresholds;
  catalog?: Catalog;
}

const iso = (t: number) => new Date(t).toISOString();
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : 0);
const VERDICT_ORDER = Verdict.options;

/** Turns the folded statistics into the report: numbers per app and code, then each code judged by the rules. */
export function buildReport({ aggregator, files, malformed, thresholds, catalog }: ReportInput): DiagnoseReport {
  const apps = [...aggregator.apps.values()];
  const widest = Math.max(0, ...apps.flatMap((a) => [a.series.width, ...[...a.failures.values()].map((f) => f.series.width)]));
  const timeline = timelineFor(aggregator.from, aggregator.to, widest);
  const summaries = apps.map((app) => summariseApp(app, timeline, thresholds, catalog)).sort(byConcern);
  const verdicts: Record<string, number> = {};
  for (const app of summaries) for (const v of new Set(app.findings.map((f) => f.verdict))) verdicts[v] = (verdicts[v] ?? 0) + 1;
  return {
    summary: {
      files,
      signIns: aggregator.signIns,
      failedSignIns: aggregator.failedSignIns,
      users: aggregator.users.size,
      apps: apps.length,
      ...(aggregator.signIns ? { from: iso(aggregator.from), to: iso(aggregator.to) } : {}),
      malformed,
      findings: summaries.reduce((n, a) => n + a.findings.length, 0),
      verdicts,
      thresholds: { ...thresholds },
    },
    timeline: { ...(timeline.buckets ? { start: iso(timeline.start) } : {}), bucketMs: timeline.bucketMs, buckets: timeline.buckets },
    apps: summaries,
  };
}

function summariseApp(app: AppStats, timeline: Timeline, thresholds: Thresholds, catalog?: Catalog): AppSummary {
  const users = app.lastSeen.size;
  const facts = {
    name: app.appName || app.appId,
    signIns: app.signIns,
    users,
    signInsBefore: (time: number) => app.series.countBefore(time),
    usersActiveSince: (time: number) => app.usersActiveSince(time),
  };
  const failures: FailureSummary[] = [];
  const findings: Finding[] = [];
  const notes: Finding[] = [];
  for (const stats of app.failures.values()) {
    const links = codeLinks(stats.code, catalog);
    const failure = failureFacts(app, stats, users, links.title ?? '');
    failures.push(failureSummary(stats, failure, timeline, links));
    const judgement = judge({ app: facts, failure, thresholds });
    if (judgement) (judgement.note ? notes : findings).push(toFinding(stats.code, judgement, links));
  }
  failures.sort((a, b) => b.users - a.users || b.count - a.count || a.code - b.code);
  const order = (f: Finding) => VERDICT_ORDER.indexOf(f.verdict);
  const byWeight = (a: Finding, b: Finding) => order(a) - order(b) || Number(b.facts.users) - Number(a.facts.users) || a.code - b.code;
  return {
    appId: app.appId,
    appDisplayName: app.appName,
    signIns: app.signIns,
    users,
    failedSignIns: app.failedSignIns,
    failures,
    findings: findings.sort(byWeight),
    notes: notes.sort(byWeight),
    series: { signIns: app.series.toArray(timeline), failures: app.failureSeries.toArray(timeline) },
  };
}

function failureFacts(app: AppStats, stats: FailureStats, appUsers: number, title: string): FailureFacts {
  const users = stats.firstFailure.size;
  const retried = app.retried(stats);
  const [peakStart, peakCount] = stats.series.peak();
  const starts = [...stats.firstFailure.values()].sort((a, b) => a - b);
  const onset = starts[Math.floor(starts.length * ONSET_PERCENTILE)] ?? stats.first;
  return {
    code: stats.code,
    title,
    count: stats.count,
    users,
    userFraction: ratio(users, appUsers),
    retried,
    retryFraction: ratio(retried, users),
    withoutUser: stats.withoutUser,
    first: stats.first,
    last: stats.last,
    onset,
    usersFromOnset: starts.length - starts.findIndex((t) => t >= onset),
    peak: [peakStart, peakCount, stats.series.width],
  };
}

function failureSummary(stats: FailureStats, f: FailureFacts, timeline: Timeline, links: ReturnType<typeof codeLinks>): FailureSummary {
  return {
    code: f.code,
    count: f.count,
    users: f.users,
    userFraction: f.userFraction,
    retried: f.retried,
    retryFraction: f.retryFraction,
    firstSeen: iso(f.first),
    lastSeen: iso(f.last),
    failureReason: stats.failureReason,
    interactive: { ...stats.interactive },
    clientApps: stats.clientApps.top(),
    browsers: stats.browsers.top(),
    operatingSystems: stats.operatingSystems.top(),
    conditionalAccess: stats.conditionalAccess.top(),
    series: stats.series.toArray(timeline),
    ...links,
  };
}

function toFinding(code: number, j: Judgement, links: ReturnType<typeof codeLinks>): Finding {
  return { code, verdict: j.verdict, evidence: j.evidence, rule: j.rule, facts: j.facts, ...links };
}

/** Apps with findings first (most users affected first), then by failed sign-ins. */
function byConcern(a: AppSummary, b: AppSummary): number {
  const weight = (app: AppSummary) => app.findings.reduce((n, f) => n + Number(f.facts.users ?? 0) + 1, 0);
  return (
    Number(b.findings.length > 0) - Number(a.findings.length > 0) ||
    weight(b) - weight(a) ||
    b.failedSignIns - a.failedSignIns ||
    b.signIns - a.signIns ||
    a.appId.localeCompare(b.appId)
  );
}
