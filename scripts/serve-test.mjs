// Serves the built site for the browser tests on a port of their own, so a running `npm start` does not clash.
// Correction reports go to a fresh temporary SQLite file unless DATABASE_URL or ERRATA_DATA_DIR says otherwise.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.HOST = '127.0.0.1';
process.env.PORT = process.env.PORT ?? '4329';
if (!process.env.DATABASE_URL && !process.env.ERRATA_DATA_DIR) {
  const dir = mkdtempSync(join(tmpdir(), 'errata-e2e-'));
  process.env.ERRATA_DATA_DIR = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}
await import('../site/server.mjs');
