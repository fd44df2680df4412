import type { AppFacts, FailureFacts, RuleContext } from '../src/diagnose/rules/rule.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../src/diagnose/thresholds.js';

const T0 = Date.UTC(2026, 10, 1);
const HOUR = 3_600_000;

/**
 * A rule's input, built from the numbers a test cares about: `users` of `appUsers` hit `code`, `retried`
 * of them later succeeded; the rest is filled in consistently.
 */
export function context(
  f: Partial<FailureFacts> & { code: number; users: number },
  app: Partial<AppFacts> & { users: number } = { users: 100 },
  thresholds: Partial<Thresholds> = {},
): RuleContext {
  const appUsers = app.users;
  const retried = f.retried ?? 0;
  const failure: FailureFacts = {
    title: '',
    count: f.users * 2,
    userFraction: appUsers ? f.users / appUsers : 0,
    retried,
    retryFraction: f.users ? retried / f.users : 0,
    withoutUser: 0,
    first: T0,
    last: T0 + 48 * HOUR,
    onset: f.first ?? T0,
    usersFromOnset: f.users,
    peak: [T0, f.users, HOUR],
    ...f,
  };
  const facts: AppFacts = {
    name: 'Demo',
    signIns: appUsers * 10,
    signInsBefore: () => 0,
    usersActiveSince: () => appUsers,
    ...app,
  };
  return { app: facts, failure, thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } };
}
