import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyUrl, parseLog, readHistory } from './history.js';

const hasGit = (() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('content history', () => {
  it('keeps the newest change of each file', () => {
    const log =
      '\u001e2026-11-20\tFix 429 causes\n\ncontent/errors/http/429.md\n\u001e2026-10-01\tFirst entries\n\ncontent/errors/http/429.md\ncontent/errors/http/503.md\n';
    expect(Object.fromEntries(parseLog(log))).toEqual({
      'content/errors/http/429.md': { date: '2026-11-20', subject: 'Fix 429 causes' },
      'content/errors/http/503.md': { date: '2026-10-01', subject: 'First entries' },
    });
  });

  it('links to the history on the web host', () => {
    expect(historyUrl('https://github.com/o/errata/', 'content/a.md')).toBe('https://github.com/o/errata/commits/HEAD/content/a.md');
    expect(historyUrl('https://git.example/o/errata/-/commits/main/{path}', 'content/a.md')).toBe(
      'https://git.example/o/errata/-/commits/main/content/a.md',
    );
    expect(historyUrl(undefined, 'content/a.md')).toBeUndefined();
  });

  it('is empty outside a git checkout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errata-nogit-'));
    try {
      expect(readHistory(dir).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!hasGit)('reads the last commit of each content file from a real repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errata-git-'));
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    };
    const git = (...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, stdio: 'ignore' });
    try {
      mkdirSync(join(dir, 'content/errors/http'), { recursive: true });
      git('init', '-q');
      writeFileSync(join(dir, 'content/errors/http/429.md'), 'one');
      writeFileSync(join(dir, 'content/errors/http/503.md'), 'one');
      git('add', '.');
      git('commit', '-q', '-m', 'First entries');
      writeFileSync(join(dir, 'content/errors/http/429.md'), 'two');
      git('commit', '-q', '-am', 'Fix 429: Retry-After <b>advice</b>');
      const history = readHistory(join(dir, 'content/errors'));
      expect(history.get('content/errors/http/429.md')).toMatchObject({ subject: 'Fix 429: Retry-After <b>advice</b>' });
      expect(history.get('content/errors/http/503.md')).toMatchObject({
        subject: 'First entries',
        date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
