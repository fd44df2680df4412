import { describe, expect, it } from 'vitest';
import { Aggregator } from './aggregate.js';
import type { SignInRecord } from './schema.js';

const T0 = Date.UTC(2026, 10, 1);
const rec = (user: string, code: number, minutes: number, appId = 'app'): SignInRecord => ({
  time: T0 + minutes * 60_000,
  user,
  appId,
  appName: 'Demo',
  code,
  failureReason: code ? `reason ${code}` : 'Other.',
  interactive: true,
  clientApp: 'Browser',
  browser: 'Edge',
  os: 'Windows10',
  correlationId: '',
  conditionalAccess: 'notApplied',
});

function fold(records: SignInRecord[]) {
  const a = new Aggregator();
  for (const r of records) a.add(r);
  return a;
}

describe('Aggregator', () => {
  it('counts sign-ins, distinct users and failures per app and code', () => {
    const a = fold([rec('u1', 65004, 0), rec('u1', 65004, 1), rec('u2', 65004, 2), rec('u3', 0, 3), rec('u3', 0, 4, 'other')]);
    const app = a.apps.get('app');
    expect([a.signIns, a.failedSignIns, a.users.size, a.apps.size]).toEqual([5, 3, 3, 2]);
    expect([app?.signIns, app?.lastSeen.size, app?.failures.get(65004)?.count, app?.failures.get(65004)?.firstFailure.size]).toEqual([
      4, 3, 3, 2,
    ]);
  });

  it('counts a user as retried only when a success on the same app came after their first failure, in any order', () => {
    const records = [
      rec('later', 65004, 10),
      rec('later', 0, 20),
      rec('before', 0, 5),
      rec('before', 65004, 10),
      rec('elsewhere', 65004, 10),
      rec('elsewhere', 0, 30, 'other'),
    ];
    for (const order of [records, [...records].reverse()]) {
      const app = fold(order).apps.get('app');
      const stats = app?.failures.get(65004);
      expect(stats && app?.retried(stats)).toBe(1);
    }
  });

  it('counts sign-ins without a user apart, never as a user', () => {
    const a = fold([rec('', 7000222, 0), rec('', 7000222, 1), rec('', 0, 2)]);
    const stats = a.apps.get('app')?.failures.get(7000222);
    expect([a.users.size, stats?.count, stats?.withoutUser, stats?.firstFailure.size]).toEqual([0, 2, 2, 0]);
  });
});
