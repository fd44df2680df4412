// `npm start`: build whatever is missing or stale, then serve the site and its API on http://localhost:4321.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
const catalog = join(root, 'packages/core/data/catalog.json');
const entry = join(root, 'site/dist/server/entry.mjs');
// The adapter's server wrapped with the security headers (site/server.mjs); reports go to ./data unless DATABASE_URL is set.
const server = join(root, 'site/server.mjs');

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, d) => {
    const p = join(dir, d.name);
    return Math.max(t, d.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const step = (what, cmd, args) => {
  console.log(`errata: ${what}…`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

step('compiling the library and CLI', 'npm', ['run', '--silent', 'build:ts']);
if (mtime(catalog) < newest(join(root, 'content'))) step('compiling content/ into the catalog', 'npx', ['errata', 'build']);
if (mtime(entry) < Math.max(mtime(catalog), newest(join(root, 'site/src'))))
  step('building the site', 'npm', ['run', '--silent', 'build:site']);

const child = spawn(process.execPath, [server], {
  cwd: root,
  env: { ...process.env, HOST: host, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
child.stdout.on('data', (chunk) => {
  const text = String(chunk);
  if (/listening/i.test(text)) console.log(`errata: the site and its API are ready at http://${host}:${port}/  (Ctrl-C to stop)`);
  else process.stdout.write(text);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
