import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errata, errataJson } from './cli.js';

/** The escape character that starts every ANSI colour sequence. */
const ESC = String.fromCharCode(27);
const GOOD = 'packages/core/test/fixtures/content-good';

describe('errata show', () => {
  it.each([
    ['AADSTS65004', 'entra/AADSTS65004'],
    ['65004', 'entra/AADSTS65004'],
    ['UserDeclinedConsent', 'entra/AADSTS65004'],
    ['DeadlineExceeded', 'grpc/DEADLINE_EXCEEDED'],
    ['DEADLINE_EXCEEDED', 'grpc/DEADLINE_EXCEEDED'],
    ['grpc 4', 'grpc/DEADLINE_EXCEEDED'],
    ['429', 'http/429'],
    ['HTTP 429', 'http/429'],
    ['429 Too Many Requests', 'http/429'],
    ['compare/429-vs-503', 'compare/429-vs-503'],
  ])('resolves %j to %s', (query, id) => {
    const { code, data } = errataJson<{ id: string; sources: unknown[]; reviewed: string }>(['show', query, '--json']);
    expect(code).toBe(0);
    expect(data.id).toBe(id);
    expect(data.sources.length).toBeGreaterThan(0);
    expect(data.reviewed).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('lists every family a shared value fits', () => {
    const { code, data } = errataJson<{ candidates: { id: string }[] }>(['show', 'consent_required', '--json']);
    expect(code).toBe(0);
    expect(data.candidates.map((c) => c.id).sort()).toEqual(['msal/consent_required', 'oauth/consent_required']);
  });

  it('renders an entry for a terminal with its sections, sources and review date', () => {
    const r = errata(['show', 'AADSTS65004']);
    expect(r.code).toBe(0);
    for (const text of ['entra/AADSTS65004', 'MEANING', 'COMMON CAUSES', 'HOW TO FIX', 'SOURCES', 'Last reviewed'])
      expect(r.stdout).toContain(text);
    expect(r.stdout).not.toContain(ESC);
  });

  it('colours only when asked and never with NO_COLOR', () => {
    expect(errata(['show', '429'], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } }).stdout).toContain(ESC);
  });

  it('exits 1 for nothing found, and names an unknown well-formed code with its official lookup', () => {
    expect(errata(['show', 'no-such-code-zz', '--json']).code).toBe(1);
    const r = errataJson<{ known: boolean; lookupUrl: string }>(['show', 'AADSTS99999999', '--json']);
    expect(r.code).toBe(1);
    expect(r.data).toMatchObject({ known: false, lookupUrl: 'https://login.microsoftonline.com/error?code=99999999' });
  });

  it('exits 2 on bad usage', () => {
    expect(errata(['show']).code).toBe(2);
    expect(errata(['show', '429', '--bogus']).code).toBe(2);
    expect(errata(['frobnicate']).code).toBe(2);
  });
});

describe('errata search', () => {
  it('ranks the closed-popup entries first for a plain-language question', () => {
    const { code, data } = errataJson<{ results: { id: string; title: string; score: number }[] }>([
      'search',
      'user closed the consent popup',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(data.results.slice(0, 3).map((r) => r.id)).toContain('msal/user_cancelled');
  });

  it('puts an exact code first and honours --limit', () => {
    const { data } = errataJson<{ results: { id: string; score: number }[] }>(['search', 'AADSTS50011', '--json', '--limit', '3']);
    expect(data.results[0]?.id).toBe('entra/AADSTS50011');
    expect(data.results.length).toBeLessThanOrEqual(3);
    expect(errata(['search', 'x', '--limit', 'zero']).code).toBe(2);
  });

  it('finds rate limiting by a synonym', () => {
    const { data } = errataJson<{ results: { id: string }[] }>(['search', 'throttled', '--json', '--limit', '5']);
    expect(data.results.map((r) => r.id)).toContain('http/429');
  });
});

describe('errata list', () => {
  it('lists every entry, guide and playbook with depth and review date', () => {
    const { code, data } = errataJson<{ entries: { id: string; depth: string; reviewed: string }[] }>(['list', '--json']);
    expect(code).toBe(0);
    const ids = data.entries.map((e) => e.id);
    for (const id of ['entra/AADSTS65004', 'http/429', 'compare/429-vs-503', 'playbook/api-timeout-recovery']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of data.entries) expect(['full', 'reference']).toContain(e.depth);
  });

  it('filters by provider', () => {
    const { data } = errataJson<{ entries: { id: string }[] }>(['list', '--provider', 'grpc', '--json']);
    expect(data.entries.every((e) => e.id.startsWith('grpc/'))).toBe(true);
    expect(errata(['list', '--provider', 'nope']).code).toBe(2);
  });
});

describe('errata check', () => {
  it('passes the real content', () => {
    const r = errata(['check']);
    expect(r.stdout + r.stderr).toContain('ok:');
    expect(r.code).toBe(0);
  });

  it('passes a good tree, and names file, line, field and fix in a broken one with exit 1', () => {
    expect(errataJson<{ faults: unknown[] }>(['check', '--content', GOOD, '--json']).data.faults).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'errata-cli-'));
    cpSync(GOOD, dir, { recursive: true });
    const file = join(dir, 'errors/http/429.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('actor: client-code', 'actor: nobody'));
    const r = errata(['check', '--content', dir]);
    rmSync(dir, { recursive: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('content/errors/http/429.md:1 [front-matter] actor:');
  });

  it('exits 2 for a folder that is not content', () => {
    expect(errata(['check', '--content', 'packages']).code).toBe(2);
  });
});

describe('errata --version and --help', () => {
  it('prints the version and the commands', () => {
    expect(errata(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(errata(['--help']).stdout).toContain('Exit codes');
  });
});
