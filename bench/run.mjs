// `npm run bench`: runs every benchmark in this folder in turn (after `npm run build`), each printing its
// figures beside a baseline measured in the same run. Pass names to run some: npm run bench -- search decode
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const wanted = process.argv.slice(2);
const all = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('_') && f !== 'lib.mjs')
  .sort();
let failed = 0;
for (const file of all.filter((f) => !wanted.length || wanted.includes(f.replace(/\.mjs$/, '')))) {
  console.log(`\n== ${file} ==`);
  const r = spawnSync(process.execPath, [here + file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
