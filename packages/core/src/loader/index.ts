import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Fault } from '../content/fault.js';
import { type Parsed, parseCompare, parseEntry, parsePlaybook, parseProvider } from '../content/parse.js';
import type { CatalogData } from '../schema/index.js';

export interface LoadResult {
  data: CatalogData;
  /** Every file that could not be read or parsed; those files are left out of `data`. */
  faults: Fault[];
  /** How many files were read. */
  files: number;
}

/** Reads and parses every content file under `root` (the `content/` folder). */
export function loadContent(root: string): LoadResult {
  const faults: Fault[] = [];
  const data: CatalogData = { format: 1, providers: [], entries: [], compares: [], playbooks: [] };
  let files = 0;
  const read = <T>(dir: string, ext: string, parse: (text: string, file: string) => Parsed<T>, into: T[]) => {
    for (const path of walk(join(root, dir))) {
      const file = relative(root, path).split(sep).join('/');
      if (!path.endsWith(ext)) {
        faults.push({ rule: 'layout', file, message: `only ${ext} files belong in content/${dir}/; move or remove this file` });
        continue;
      }
      files++;
      const result = parse(readFileSync(path, 'utf8'), file);
      faults.push(...result.faults);
      if (result.value) into.push(result.value);
    }
  };
  read('providers', '.yaml', parseProvider, data.providers);
  read('errors', '.md', parseEntry, data.entries);
  read('compare', '.md', parseCompare, data.compares);
  read('playbooks', '.md', parsePlaybook, data.playbooks);
  return { data, faults, files };
}

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
