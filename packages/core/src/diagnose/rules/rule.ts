import type { Verdict } from '../schema.js';
import type { Thresholds } from '../thresholds.js';

/** One code in one app, as the rules see it. */
export interface FailureFacts {
  code: number;
  /** The code's entry title, or '' when the catalog has none. */
  title: string;
  count: number;
  users: number;
  userFraction: number;
  retried: number;
  retryFraction: number;
  /** Sign-ins with the code that had no user (service principals, managed identities). */
  withoutUser: number;
  first: number;
  last: number;
  /**
   * When the code took hold: the first failure of the user at the 10th percentile of first failures, so a
   * trickle before a change (first-time consent now and then) does not hide the moment it began.
   */
  onset: number;
  /** Users whose first failure came at or after the onset. */
  usersFromOnset: number;
  /** The busiest bucket: [start, count, width in ms]. */
  peak: [number, number, number];
}

export interface AppFacts {
  name: string;
  signIns: number;
  users: number;
  signInsBefore(time: number): number;
  usersActiveSince(time: number): number;
}

export interface RuleContext {
  app: AppFacts;
  failure: FailureFacts;
  thresholds: Thresholds;
}

/** A rule's reading: a finding (a problem), or a note (a failure that is a normal part of signing in). */
export interface Judgement {
  verdict: Verdict;
  evidence: string;
  /** The thresholds behind the verdict, in words. */
  rule: string;
  facts: Record<string, number | string>;
  note?: boolean;
}

export interface Rule {
  /** The module's name, for tests and docs. */
  name: string;
  claims(code: number): boolean;
  /** A judgement, or undefined to leave the code to the next rule. */
  judge(context: RuleContext): Judgement | undefined;
}

/** Enough users, and a large enough share of the app, for a failure to be more than noise. */
export function significant({ failure: f, app, thresholds: t }: RuleContext): boolean {
  if (f.users >= t.minUsers) return f.userFraction >= t.minShare;
  return f.users === 0 && f.count >= t.minSignIns && app.signIns > 0 && f.count / app.signIns >= t.minShare;
}

/** 0.9 → "90%", 0.004 → "0.4%". */
export function pct(x: number): string {
  if (x > 0 && x < 0.01) return `${(x * 100).toFixed(1)}%`;
  return `${Math.round(x * 100)}%`;
}

export const num = (n: number) => n.toLocaleString('en-US');

/** "AADSTS65004": the entry's title travels beside the evidence (Finding.title), not inside it. */
export const named = (f: FailureFacts) => `AADSTS${f.code}`;

/** "18 of 20 users (90%)". */
export const usersOfApp = (f: FailureFacts, app: AppFacts) => `${num(f.users)} of ${num(app.users)} users (${pct(f.userFraction)})`;

/** "15 of them (83%) signed in successfully later" / "none of them signed in later". */
export function retryText(f: FailureFacts): string {
  if (f.users === 0) return 'these sign-ins had no user, so there is no later success to look for';
  if (f.retried === 0) return 'none of them signed in to the app successfully later';
  return `${num(f.retried)} of them (${pct(f.retryFraction)}) signed in to the app successfully later`;
}

/** "2026-11-05 14:00 UTC". */
export const when = (time: number) => `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The numbers every finding carries. */
export function baseFacts(f: FailureFacts, app: AppFacts): Record<string, number | string> {
  return {
    signIns: f.count,
    users: f.users,
    appUsers: app.users,
    userFraction: round(f.userFraction),
    retried: f.retried,
    retryFraction: round(f.retryFraction),
    firstSeen: new Date(f.first).toISOString(),
    lastSeen: new Date(f.last).toISOString(),
  };
}

export const round = (x: number) => Math.round(x * 1000) / 1000;
