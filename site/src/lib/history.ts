import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The last commit that touched a content file. */
export interface Change {
  /** YYYY-MM-DD, the commit date. */
  date: string;
  /** The commit message's first line. */
  subject: string;
  /** The file's history on the repository's web host, when ERRATA_REPO_URL is set. */
  url?: string;
}

const RECORD = '\u001e';

/**
 * Reads `git log --name-only` output (records `RS date TAB subject`, then file names) into the newest change
 * per file — what `git log -1 --format=%cs%x09%s -- <file>` says for each, from one pass over the history.
 */
export function parseLog(text: string): Map<string, Omit<Change, 'url'>> {
  const changes = new Map<string, Omit<Change, 'url'>>();
  for (const record of text.split(RECORD).slice(1)) {
    const [header = '', ...files] = record.split('\n');
    const tab = header.indexOf('\t');
    const change = { date: header.slice(0, tab), subject: header.slice(tab + 1).trim() };
    for (const file of files) if (file && !changes.has(file)) changes.set(file, change);
  }
  return changes;
}

/** A history URL for a file: ERRATA_REPO_URL as a template with {path}, or a GitHub-style repository URL. */
export function historyUrl(repoUrl: string | undefined, file: string): string | undefined {
  if (!repoUrl) return undefined;
  return repoUrl.includes('{path}') ? repoUrl.replace('{path}', file) : `${repoUrl.replace(/\/+$/, '')}/commits/HEAD/${file}`;
}

/** Newest change per content file (keys like `content/errors/http/429.md`); empty outside a git checkout. */
export function readHistory(cwd = process.cwd()): Map<string, Omit<Change, 'url'>> {
  try {
    const git = (args: string[], dir: string) =>
      execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
    const root = git(['rev-parse', '--show-toplevel'], cwd).trim();
    if (!existsSync(join(root, '.git')) || !existsSync(join(root, 'content'))) return new Map();
    return parseLog(git(['log', `--format=${RECORD}%cs%x09%s`, '--name-only', '--no-renames', '--', 'content/'], root));
  } catch {
    // No git, or not a checkout (a tarball, a container build): pages show no history line.
    return new Map();
  }
}

let cached: Map<string, Omit<Change, 'url'>> | undefined;

/** The last change of a content file (`path` relative to content/), read once per build. */
export function lastChange(path: string, env: NodeJS.ProcessEnv = process.env): Change | undefined {
  cached ??= readHistory();
  const file = `content/${path}`;
  const change = cached.get(file);
  if (!change) return undefined;
  const url = historyUrl(env.ERRATA_REPO_URL, file);
  return url ? { ...change, url } : change;
}
