// Decoder throughput on a 100 MB mixed log (mostly ordinary lines full of numbers that are not codes, a
// few percent carrying codes of every family), beside ripgrep printing every match of the same code
// shapes on the same file in the same run. Target: errata at most 2x ripgrep's time, memory flat.
import { spawnSync } from 'node:child_process';
import { appendFileSync, createWriteStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fmt, measure, OUT, ROOT } from './lib.mjs';

const SIZE = Number(process.env.BENCH_DECODE_MB ?? 100) * 1024 * 1024;
const file = `${OUT}mixed-${SIZE >> 20}mb.log`;

/** Deterministic pseudo-random numbers, so every run reads the same file. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const CODE_LINES = [
  (r) =>
    `${ts(r)} ERROR auth callback error=access_denied&error_description=AADSTS65004%3a+User+declined+consent.%0d%0aTrace+ID%3a+${guid(r)}`,
  (r) =>
    `${ts(r)} WARN token {"error":"invalid_grant","error_description":"AADSTS70008: The refresh token has expired.","error_codes":[70008],"correlation_id":"${guid(r)}"}`,
  (r) =>
    `${ts(r)} ERROR msal InteractionRequiredAuthError: interaction_required: AADSTS50076: Due to a configuration change made by your administrator`,
  (r) => `${ts(r)} ERROR upstream AxiosError: Request failed with status code ${pick(r, [502, 503, 504, 429])}`,
  (r) =>
    `10.0.${n(r, 255)}.${n(r, 255)} - - [${clf(r)}] "GET /api/v1/items/${n(r, 99999)} HTTP/1.1" ${pick(r, [500, 502, 503, 504, 404, 429])} ${n(r, 9000)} "-" "curl/8.5.0"`,
  (r) =>
    `${ts(r)} ERROR rpc error: code = ${pick(r, ['Unavailable', 'DeadlineExceeded', 'ResourceExhausted', 'Internal'])} desc = connection reset after ${n(r, 900)}ms`,
  (r) => `${ts(r)} ERROR Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 10.1.2.3:${n(r, 65535)}`,
  (r) =>
    `${ts(r)} ERROR requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://api.example.test/v2/orders/${n(r, 99999)}`,
  (r) =>
    `${ts(r)} ERROR BrowserAuthError: ${pick(r, ['popup_window_error', 'interaction_in_progress', 'timed_out', 'user_cancelled'])}: see console`,
];
const NOISE_LINES = [
  (r) => `${ts(r)} INFO request ${guid(r)} GET /api/v1/items/${n(r, 99999)} took ${n(r, 2000)}ms bytes=${n(r, 90000)} port=${n(r, 65535)}`,
  (r) => `10.0.${n(r, 255)}.${n(r, 255)} - - [${clf(r)}] "GET /static/app.${n(r, 999)}.js HTTP/1.1" 200 ${n(r, 90000)} "-" "Mozilla/5.0"`,
  (r) =>
    `${ts(r)} DEBUG cache hit ratio=0.${n(r, 99)} size=${n(r, 4096)} entries, evicted ${n(r, 500)} in ${n(r, 900)} ms (v4.${n(r, 20)}.${n(r, 600)})`,
  (r) => `    at Object.handler (/srv/app/routes/index.js:${n(r, 900)}:${n(r, 80)})`,
  (r) => `${ts(r)} INFO worker ${n(r, 64)} processed ${n(r, 5000)} jobs; queue depth ${n(r, 999)}; pid ${n(r, 99999)}`,
];
const n = (r, max) => Math.floor(r() * max);
const pick = (r, list) => list[n(r, list.length)];
const hex = (r, len) => Array.from({ length: len }, () => n(r, 16).toString(16)).join('');
const guid = (r) => `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}`;
const ts = (r) =>
  `2026-11-${String(1 + n(r, 28)).padStart(2, '0')}T${String(n(r, 24)).padStart(2, '0')}:${String(n(r, 60)).padStart(2, '0')}:${String(n(r, 60)).padStart(2, '0')}.${n(r, 999)}Z`;
const clf = (r) =>
  `${String(1 + n(r, 28)).padStart(2, '0')}/Nov/2026:${String(n(r, 24)).padStart(2, '0')}:${String(n(r, 60)).padStart(2, '0')}:00 +0000`;

async function generate() {
  if (existsSync(file) && statSync(file).size >= SIZE) return;
  const r = rng(20261128);
  const out = createWriteStream(file);
  let written = 0;
  while (written < SIZE) {
    const lines = [];
    for (let i = 0; i < 2000; i++) lines.push((r() < 0.03 ? pick(r, CODE_LINES) : pick(r, NOISE_LINES))(r));
    const chunk = `${lines.join('\n')}\n`;
    written += chunk.length;
    if (!out.write(chunk)) await new Promise((ok) => out.once('drain', ok));
  }
  await new Promise((ok) => out.end(ok));
}

await generate();
const mb = statSync(file).size / 1024 / 1024;
console.log(`input: ${fmt(mb, 0)} MB mixed log, about 3% of lines carrying codes (${file})`);

const pattern = [
  'AADSTS[0-9]{4,9}',
  '"error_codes":\\[[0-9, ]+\\]',
  'error=[a-z_]+',
  '"error":"[a-z_]+"',
  '(BrowserAuthError|InteractionRequiredAuthError|ClientAuthError): [a-z_]+',
  'HTTP/[0-9.]+" [1-5][0-9]{2}',
  'status code [0-9]{3}',
  '[0-9]{3} (Server|Client) Error',
  'code = [A-Z][A-Za-z]+',
  '[0-9]{1,2} [A-Z_]{2,}:',
].join('|');
let rg;
if (spawnSync('rg', ['--version']).status === 0) {
  rg = measure('rg', ['-on', pattern, file]);
  console.log(
    `ripgrep:  ${fmt(rg.seconds)} s  ${fmt(mb / rg.seconds, 0)} MB/s  peak ${fmt(rg.peakMB, 0)} MB  (${rg.stdout.split('\n').length - 1} lines printed; matching only, no meaning)`,
  );
} else console.log('ripgrep: not installed (apt-get install ripgrep) — no baseline this run');

const ours = measure(process.execPath, [`${ROOT}packages/cli/bin/errata.js`, 'decode', file, '--json']);
const count = (ours.stdout.match(/"id":/g) ?? []).length;
console.log(
  `errata:   ${fmt(ours.seconds)} s  ${fmt(mb / ours.seconds, 0)} MB/s  peak ${fmt(ours.peakMB, 0)} MB  (${count} codes with id, confidence, offsets, entry)`,
);
if (rg) console.log(`ratio errata/ripgrep: ${fmt(ours.seconds / rg.seconds)}x  (target: at most 2x)`);

// Memory must not grow with the input: decode the same log four times over and compare peaks.
const quadruple = `${OUT}mixed-4x.log`;
if (!existsSync(quadruple) || statSync(quadruple).size !== 4 * statSync(file).size) {
  writeFileSync(quadruple, '');
  for (let i = 0; i < 4; i++) appendFileSync(quadruple, readFileSync(file));
}
const big = measure(process.execPath, [`${ROOT}packages/cli/bin/errata.js`, 'decode', quadruple, '--json']);
console.log(
  `memory: peak ${fmt(ours.peakMB, 0)} MB on ${fmt(mb, 0)} MB, ${fmt(big.peakMB, 0)} MB on ${fmt(4 * mb, 0)} MB ` +
    `(${fmt(big.seconds)} s, ${fmt((4 * mb) / big.seconds, 0)} MB/s): flat when these are close`,
);
