// `errata check --stale DAYS` on a small content tree with known review dates.
import { describe, expect, it } from 'vitest';
import { fixture, swap } from '../packages/core/test/fixture.js';
import { errata, errataJson } from './cli.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('errata check --stale', () => {
  const tree = () =>
    fixture({
      'errors/http/429.md': swap('reviewed: 2026-01-15', `reviewed: ${daysAgo(400)}`),
      'errors/entra/AADSTS65004.md': swap('reviewed: 2026-01-15', `reviewed: ${daysAgo(10)}`),
    });

  it('lists documents reviewed longer ago than DAYS, oldest first, and exits 1', () => {
    const dir = tree();
    const { code, data } = errataJson<{ faults: unknown[]; stale: { id: string; file: string; days: number }[] }>([
      'check',
      '--content',
      dir,
      '--stale',
      '365',
      '--json',
    ]);
    expect(code).toBe(1);
    expect(data.faults).toEqual([]);
    expect(data.stale).toEqual([{ id: 'http/429', file: 'errors/http/429.md', reviewed: daysAgo(400), days: 400 }]);
    const text = errata(['check', '--content', dir, '--stale', '365']);
    expect(text.stdout).toContain(`content/errors/http/429.md [stale] http/429 reviewed: ${daysAgo(400)}, 400 days ago`);
    expect(text.stdout).toContain('1 document(s) not reviewed in the last 365 days');
  });

  it('exits 0 when everything is fresh enough, and lists more as DAYS shrinks', () => {
    const dir = tree();
    const fresh = errata(['check', '--content', dir, '--stale', '1000']);
    expect([fresh.code, fresh.stdout]).toEqual([0, expect.stringContaining('ok: every document reviewed in the last 1000 days')]);
    const { data } = errataJson<{ stale: { id: string }[] }>(['check', '--content', dir, '--stale', '5', '--json']);
    expect(data.stale.map((s) => s.id)).toEqual(expect.arrayContaining(['http/429', 'entra/AADSTS65004']));
    expect(data.stale[0]?.id).toBe('http/429');
  });

  it('without --stale, prints no stale list', () => {
    const { data } = errataJson(['check', '--content', tree(), '--json']);
    expect(data).not.toHaveProperty('stale');
  });

  it.each(['soon', '1.5', '', '-3'])('refuses --stale %j with exit 2', (value) => {
    const r = errata(['check', '--content', tree(), `--stale=${value}`]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('--stale takes a whole number of days')]);
  });
});
