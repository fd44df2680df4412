import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../site/server.mjs', import.meta.url));
const ENTRY = fileURLToPath(new URL('../site/dist/server/entry.mjs', import.meta.url));

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Everything the server wrote, for failure messages. */
  output(): string;
  /** SIGTERM, and wait for the process to end. */
  stop(): Promise<void>;
  /** SIGKILL: no chance to flush or close anything. */
  kill9(): Promise<void>;
}

/** Starts the real built server (site/server.mjs) on 127.0.0.1 and a free port, with `env` added; resolves once its store is open. */
export async function startServer(env: Record<string, string> = {}, { storeMustOpen = true } = {}): Promise<RunningServer> {
  if (!existsSync(ENTRY)) throw new Error('the site is not built: run `npm run build` first');
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 20 s:\n${log}`)), 20_000);
    const read = (chunk: Buffer) => {
      log += chunk;
      const match = /listening on (http:\/\/[\d.]+:\d+)/i.exec(log);
      const storeDown = /corrections store is not ready/.test(log);
      if (storeDown && storeMustOpen) reject(new Error(`the corrections store did not open:\n${log}`));
      if (match && (/correction reports go to/.test(log) || storeDown)) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${log}`));
    });
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, process: child, output: () => log, stop: () => end('SIGTERM'), kill9: () => end('SIGKILL') };
}
