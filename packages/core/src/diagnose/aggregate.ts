import { Counter } from './counter.js';
import { own } from './normalize/fields.js';
import type { SignInRecord } from './schema.js';
import { TimeSeries } from './series.js';
import { UserTimes } from './user-times.js';

/** Everything kept about one error code in one app: counts and per-user first failures, never the rows. */
export class FailureStats {
  count = 0;
  /** Sign-ins with this code that had no user (service principals). */
  withoutUser = 0;
  /** user (interned, see Aggregator) → time of their first sign-in with this code. */
  readonly firstFailure = new UserTimes();
  first = Number.POSITIVE_INFINITY;
  last = Number.NEGATIVE_INFINITY;
  failureReason = '';
  readonly interactive = { yes: 0, no: 0, unknown: 0 };
  readonly clientApps = new Counter();
  readonly browsers = new Counter();
  readonly operatingSystems = new Counter();
  readonly conditionalAccess = new Counter();
  readonly series = new TimeSeries();

  constructor(readonly code: number) {}

  add(r: SignInRecord, user: number): void {
    this.count++;
    if (user >= 0) this.firstFailure.keepEarliest(user, r.time);
    else this.withoutUser++;
    if (r.time < this.first) this.first = r.time;
    if (r.time > this.last) this.last = r.time;
    if (!this.failureReason && r.failureReason) this.failureReason = own(r.failureReason);
    if (r.interactive === true) this.interactive.yes++;
    else if (r.interactive === false) this.interactive.no++;
    else this.interactive.unknown++;
    this.clientApps.add(r.clientApp);
    this.browsers.add(r.browser);
    this.operatingSystems.add(r.os);
    this.conditionalAccess.add(r.conditionalAccess);
    this.series.add(r.time);
  }

  /** Adds the same code's statistics from a later part of the log; `user` maps the other part's users to this one's. */
  merge(other: FailureStats, user: Int32Array): void {
    this.count += other.count;
    this.withoutUser += other.withoutUser;
    for (const [u, time] of other.firstFailure.entries()) this.firstFailure.keepEarliest(user[u] as number, time);
    this.first = Math.min(this.first, other.first);
    this.last = Math.max(this.last, other.last);
    if (!this.failureReason) this.failureReason = other.failureReason;
    this.interactive.yes += other.interactive.yes;
    this.interactive.no += other.interactive.no;
    this.interactive.unknown += other.interactive.unknown;
    this.clientApps.merge(other.clientApps);
    this.browsers.merge(other.browsers);
    this.operatingSystems.merge(other.operatingSystems);
    this.conditionalAccess.merge(other.conditionalAccess);
    this.series.merge(other.series);
  }
}

/** One app: its users' last sign-in and last success, its series, and its failures by code. */
export class AppStats {
  appName = '';
  signIns = 0;
  failedSignIns = 0;
  /** user → their last sign-in to this app, and their last successful one. */
  readonly lastSeen = new UserTimes();
  readonly lastSuccess = new UserTimes();
  readonly series = new TimeSeries();
  readonly failureSeries = new TimeSeries();
  readonly failures = new Map<number, FailureStats>();

  constructor(readonly appId: string) {}

  /** `user` is the interned user, -1 for a sign-in without one. */
  add(r: SignInRecord, user: number): void {
    this.signIns++;
    if (!this.appName && r.appName) this.appName = own(r.appName);
    if (user >= 0) this.lastSeen.keepLatest(user, r.time);
    this.series.add(r.time);
    if (r.code === 0) {
      if (user >= 0) this.lastSuccess.keepLatest(user, r.time);
      return;
    }
    this.failedSignIns++;
    this.failureSeries.add(r.time);
    let stats = this.failures.get(r.code);
    if (!stats) {
      stats = new FailureStats(r.code);
      this.failures.set(r.code, stats);
    }
    stats.add(r, user);
  }

  /** Adds the same app's statistics from a later part of the log; `user` maps the other part's users to this one's. */
  merge(other: AppStats, user: Int32Array): void {
    this.signIns += other.signIns;
    this.failedSignIns += other.failedSignIns;
    if (!this.appName) this.appName = other.appName;
    for (const [u, time] of other.lastSeen.entries()) this.lastSeen.keepLatest(user[u] as number, time);
    for (const [u, time] of other.lastSuccess.entries()) this.lastSuccess.keepLatest(user[u] as number, time);
    this.series.merge(other.series);
    this.failureSeries.merge(other.failureSeries);
    for (const [code, stats] of other.failures) {
      let mine = this.failures.get(code);
      if (!mine) {
        mine = new FailureStats(code);
        this.failures.set(code, mine);
      }
      mine.merge(stats, user);
    }
  }

  /** Users who hit the code and signed in to this app successfully after their first failure. */
  retried(stats: FailureStats): number {
    let n = 0;
    for (const [user, failedAt] of stats.firstFailure.entries())
      if ((this.lastSuccess.get(user) ?? Number.NEGATIVE_INFINITY) > failedAt) n++;
    return n;
  }

  /** Distinct users with a sign-in to this app at or after a time. */
  usersActiveSince(time: number): number {
    let n = 0;
    for (const last of this.lastSeen.values()) if (last >= time) n++;
    return n;
  }
}

/**
 * Folds sign-ins into per-app, per-code statistics. Memory grows with apps × codes × distinct users
 * (a set of users is what "share of users" needs), never with the number of sign-ins. Each user is
 * interned once as a number, so the per-app maps hold small integers, not a copy of the id per app.
 */
export class Aggregator {
  readonly apps = new Map<string, AppStats>();
  readonly users = new Map<string, number>();
  signIns = 0;
  failedSignIns = 0;
  from = Number.POSITIVE_INFINITY;
  to = Number.NEGATIVE_INFINITY;

  add(r: SignInRecord): void {
    this.signIns++;
    if (r.code !== 0) this.failedSignIns++;
    let user = -1;
    if (r.user) {
      user = this.users.get(r.user) ?? this.users.size;
      if (user === this.users.size) this.users.set(own(r.user), user);
    }
    if (r.time < this.from) this.from = r.time;
    if (r.time > this.to) this.to = r.time;
    const key = r.appId || r.appName || '(no app id)';
    let app = this.apps.get(key);
    if (!app) {
      // Without an app id, the app is known by its name.
      app = new AppStats(own(key));
      this.apps.set(app.appId, app);
    }
    app.add(r, user);
  }

  /**
   * Adds what another Aggregator folded from a later part of the same logs (a parallel reader's piece),
   * giving what one pass over both would: counts add up, first and last times and per-user times keep the
   * earliest or latest, names the first seen. Counters past their limit are the one inexact part (Counter.merge).
   */
  merge(other: Aggregator): void {
    this.signIns += other.signIns;
    this.failedSignIns += other.failedSignIns;
    this.from = Math.min(this.from, other.from);
    this.to = Math.max(this.to, other.to);
    const user = new Int32Array(other.users.size);
    for (const [key, id] of other.users) {
      let mine = this.users.get(key);
      if (mine === undefined) {
        mine = this.users.size;
        this.users.set(key, mine);
      }
      user[id] = mine;
    }
    for (const [key, stats] of other.apps) {
      let app = this.apps.get(key);
      if (!app) {
        app = new AppStats(key);
        this.apps.set(key, app);
      }
      app.merge(stats, user);
    }
  }
}

/**
 * An Aggregator again after a structured clone (postMessage from a worker keeps the data and the Maps but
 * not the classes), so it can be merged. The clone is adopted, not copied.
 */
export function reviveAggregator(clone: Aggregator): Aggregator {
  Object.setPrototypeOf(clone, Aggregator.prototype);
  for (const app of clone.apps.values()) {
    Object.setPrototypeOf(app, AppStats.prototype);
    reviveSeries(app.series, app.failureSeries);
    for (const times of [app.lastSeen, app.lastSuccess]) Object.setPrototypeOf(times, UserTimes.prototype);
    for (const stats of app.failures.values()) {
      Object.setPrototypeOf(stats, FailureStats.prototype);
      Object.setPrototypeOf(stats.firstFailure, UserTimes.prototype);
      reviveSeries(stats.series);
      for (const counter of [stats.clientApps, stats.browsers, stats.operatingSystems, stats.conditionalAccess])
        Object.setPrototypeOf(counter, Counter.prototype);
    }
  }
  return clone;
}

function reviveSeries(...series: TimeSeries[]): void {
  for (const s of series) Object.setPrototypeOf(s, TimeSeries.prototype);
}
