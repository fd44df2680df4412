import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Rule } from '../src/check/rule.js';
import { loadContent } from '../src/loader/index.js';

export const GOOD = new URL('./fixtures/content-good/', import.meta.url).pathname;
const TODAY = '2026-11-28';
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the good fixture tree with some files rewritten (null deletes a file). */
export function fixture(changes: Record<string, ((text: string) => string | null) | string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'errata-fixture-'));
  made.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const path = join(dir, file);
    let before = '';
    try {
      before = readFileSync(path, 'utf8');
    } catch {}
    const after = typeof change === 'function' ? change(before) : change;
    if (after === null) rmSync(path);
    else writeFileSync(path, after);
  }
  return dir;
}

/** Loads a tree with the real loader and runs one rule over it. */
export function runRule(rule: Rule, dir: string) {
  const { data, faults } = loadContent(dir);
  if (faults.length) throw new Error(`fixture does not parse: ${JSON.stringify(faults)}`);
  return rule.check({ data, today: TODAY });
}

/** Replaces a substring, failing loudly when it is not there so a test cannot silently pass. */
export const swap = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return text.replace(from, () => to);
};

/** The text of a file in the good fixture tree. */
export const goodText = (file: string) => readFileSync(join(GOOD, file), 'utf8');
