// Time to build the whole site from the compiled catalog, and the weight of its pages (HTML with inlined
// CSS), against the 90 s build target and the 50 KB entry-page budget. Baseline in the same run: the
// catalog compile (`errata build`), the step every build must do anyway.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmt, measure, ROOT } from './lib.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const catalog = measure(process.execPath, [`${ROOT}packages/cli/bin/errata.js`, 'build'], { cwd: ROOT });
const site = measure(npm, ['run', '--silent', 'build:site'], { cwd: ROOT });
const dist = join(ROOT, 'site/dist/client');

const pages = [];
const walk = (dir) => {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) walk(p);
    else if (d.name === 'index.html')
      pages.push({
        path: p.slice(dist.length).replace(/index\.html$/, ''),
        bytes: statSync(p).size,
        gzip: gzipSync(readFileSync(p)).length,
      });
  }
};
walk(dist);
const entries = pages.filter((p) => p.path.startsWith('/errors/') && p.path.split('/').length === 5).sort((a, b) => a.bytes - b.bytes);
const kb = (n) => `${fmt(n / 1024, 1)} KB`;
const at = (q) => entries[Math.min(entries.length - 1, Math.floor(q * entries.length))];

console.log(`catalog compile: ${fmt(catalog.seconds)} s (baseline)`);
console.log(
  `site build:      ${fmt(site.seconds)} s for ${pages.length} pages, peak ${fmt(site.peakMB, 0)} MB  (target: under 90 s; ratio to catalog compile ${fmt(site.seconds / catalog.seconds, 1)}x)`,
);
console.log(
  `entry pages (HTML + inlined CSS): ${entries.length}; median ${kb(at(0.5).bytes)}, p95 ${kb(at(0.95).bytes)}, largest ${kb(entries.at(-1).bytes)} ${entries.at(-1).path} (budget 50 KB)`,
);
console.log(`  gzip on the wire: median ${kb(at(0.5).gzip)}, largest ${kb(Math.max(...entries.map((e) => e.gzip)))}`);
for (const path of ['/', '/decode/', '/compare/429-vs-503/', '/playbooks/api-timeout-recovery/', '/errors/entra/']) {
  const p = pages.find((x) => x.path === path);
  if (p) console.log(`  ${path.padEnd(36)} ${kb(p.bytes).padStart(9)}  gzip ${kb(p.gzip)}`);
}
const over = entries.filter((e) => e.bytes > 50 * 1024);
console.log(over.length ? `OVER BUDGET: ${over.map((e) => e.path).join(', ')}` : 'every entry page is within the 50 KB budget');
