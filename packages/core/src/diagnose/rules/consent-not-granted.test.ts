import { describe, expect, it } from 'vitest';
import { context } from '../../../test/rule-context.js';
import { consentNotGranted } from './consent-not-granted.js';

const onset = Date.UTC(2026, 10, 10, 9);

describe('consent-not-granted rule', () => {
  it('reads 65001 starting at one moment across many users as consent not granted', () => {
    const j = consentNotGranted.judge(
      context({ code: 65001, users: 40, first: onset }, { users: 60, signIns: 1000, signInsBefore: () => 600, usersActiveSince: () => 50 }),
    );
    expect(j?.verdict).toBe('consent-not-granted');
    expect(j?.note).toBeUndefined();
    expect(j?.evidence).toContain('took hold at 2026-11-10 09:00 UTC');
    expect(j?.facts).toMatchObject({ signInsBeforeOnset: 600, usersActiveSinceOnset: 50, shareOfUsersSinceOnset: 0.8 });
  });

  it('reads most users failing all along, few succeeding, as never consented', () => {
    const j = consentNotGranted.judge(context({ code: 65001, users: 70, retried: 5 }, { users: 100 }));
    expect(j?.evidence).toContain('never consented');
  });

  it('notes a trickle people get past as first-time consent, and ignores noise', () => {
    const trickle = consentNotGranted.judge(context({ code: 65001, users: 10, retried: 9 }, { users: 100, signInsBefore: () => 10 }));
    expect(trickle).toMatchObject({ verdict: 'consent-not-granted', note: true });
    expect(consentNotGranted.judge(context({ code: 65001, users: 2 }, { users: 100 }))).toBeUndefined();
  });
});
