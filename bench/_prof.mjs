import { readFileSync } from 'node:fs';
import { Decoder } from 'errata';
import { readSummary } from 'errata/summary';

const d = new Decoder(readSummary(JSON.parse(readFileSync('packages/core/data/summary.json', 'utf8'))));
const buf = readFileSync('bench/.out/mixed-100mb.log');
const td = new TextDecoder();
let t = performance.now();
let n = 0;
let tdec = 0,
  tview = 0;
for (let i = 0; i < buf.length; i += 1 << 20) {
  const t0 = performance.now();
  const text = td.decode(buf.subarray(i, i + (1 << 20)));
  tdec += performance.now() - t0;
  n += d.decode(text, { maxLength: Infinity }).length;
}
console.log('decode 100MB', (performance.now() - t).toFixed(0), 'ms; utf8', tdec.toFixed(0), 'ms;', n);
const text = td.decode(buf.subarray(0, 20 << 20));
for (const set of d.sets) {
  t = performance.now();
  let k = 0;
  set.regex.lastIndex = 0;
  while (set.regex.exec(text)) k++;
  console.log(set.regex.flags, 'regex only 20MB', (performance.now() - t).toFixed(0), 'ms', k);
}
