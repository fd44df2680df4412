import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

export const OUT = new URL('./.out/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });
export const ROOT = new URL('..', import.meta.url).pathname;

/** Runs a command, returning wall seconds and peak resident memory in MB (from GNU time when present). */
export function measure(cmd, args, options = {}) {
  const gnuTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { ...options, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { ...options, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr ?? '').slice(-500)}`);
  const peakMB = gnuTime ? Number(r.stderr.trim().split('\n').at(-1) ?? '0') / 1024 : Number.NaN;
  return { seconds, peakMB, stdout: r.stdout };
}

export const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** Percentile of a sorted array. */
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
