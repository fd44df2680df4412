import { Counter } from './counter.js';
import { own } from './normalize/fields.js';
import type { SignInRecord } from './schema.js';
import { TimeSeries } from './series.js';

/** Everything kept about one error code in one app: counts and per-user first failures, never the rows. */
export class FailureStats {
  count = 0;
  /** Sign-ins with this code that had no user (service principals). */
  withoutUser = 0;
  /** user (interned, see Aggregator) → time of their first sign-in with this code. */
  readonly firstFailure = new Map<number, number>();
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
    if (user >= 0) {
      const seen = this.firstFailure.get(user);
      if (seen === undefined || r.time < seen) this.firstFailure.set(user, r.time);
    } else this.withoutUser++;
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
}

/** One app: its users' last sign-in and last success, its series, and its failures by code. */
export class AppStats {
  appName = '';
  signIns = 0;
  failedSignIns = 0;
  /** user → their last sign-in to this app, and their last successful one. */
  readonly lastSeen = new Map<number, number>();
  readonly lastSuccess = new Map<number, number>();
  readonly series = new TimeSeries();
  readonly failureSeries = new TimeSeries();
  readonly failures = new Map<number, FailureStats>();

  constructor(readonly appId: string) {}

  /** `user` is the interned user, -1 for a sign-in without one. */
  add(r: SignInRecord, user: number): void {
    this.signIns++;
    if (!this.appName && r.appName) this.appName = own(r.appName);
    if (user >= 0) {
      const seen = this.lastSeen.get(user);
      if (seen === undefined || r.time > seen) this.lastSeen.set(user, r.time);
    }
    this.series.add(r.time);
    if (r.code === 0) {
      if (user >= 0) {
        const ok = this.lastSuccess.get(user);
        if (ok === undefined || r.time > ok) this.lastSuccess.set(user, r.time);
      }
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

  /** Users who hit the code and signed in to this app successfully after their first failure. */
  retried(stats: FailureStats): number {
    let n = 0;
    for (const [user, failedAt] of stats.firstFailure) if ((this.lastSuccess.get(user) ?? Number.NEGATIVE_INFINITY) > failedAt) n++;
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
}
