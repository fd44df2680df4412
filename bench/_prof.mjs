import { readFileSync } from 'node:fs';
import { Catalog, Decoder } from 'errata';

const data = JSON.parse(readFileSync('packages/core/data/catalog.json', 'utf8'));
const d = new Decoder(new Catalog(data));
const text = readFileSync('bench/.out/mixed-100mb.log', 'utf8').slice(0, 20 * 1024 * 1024);
let t = performance.now();
let n = 0;
for (let i = 0; i < text.length; i += 1 << 20) n += d.decode(text.slice(i, i + (1 << 20)), { maxLength: Infinity }).length;
console.log('decode 20MB', (performance.now() - t).toFixed(0), 'ms', n);
for (const set of d.sets ?? []) {
  t = performance.now();
  let k = 0;
  set.regex.lastIndex = 0;
  while (set.regex.exec(text)) k++;
  console.log(
    set.regex.flags,
    'regex only',
    (performance.now() - t).toFixed(0),
    'ms',
    k,
    set.matchers.map((m) => m.matcher.name).join(','),
  );
}
