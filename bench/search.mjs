// Search latency on a catalog of 1,000 entries (the real ones plus generated extras, for this benchmark
// only), against a baseline in the same run: a plain substring scan over titles and summaries.
import { readFileSync } from 'node:fs';
import { Catalog, Search } from 'errata';
import { fmt, percentile, ROOT } from './lib.mjs';

const data = JSON.parse(readFileSync(`${ROOT}packages/core/data/catalog.json`, 'utf8'));
const words =
  'token expired consent refused gateway timeout upstream quota throttle certificate redirect tenant policy device password account locked network proxy'.split(
    ' ',
  );
const extra = [];
for (let i = 0; data.entries.length + extra.length < 1000; i++) {
  const base = data.entries[i % data.entries.length];
  const w = (k) => words[(i * 7 + k) % words.length];
  extra.push({
    ...base,
    id: `bench/B${i}`,
    provider: 'bench',
    code: `B${i}`,
    aliases: [],
    title: `Synthetic ${w(0)} ${w(1)} failure ${i}`,
    summary: `A generated entry about ${w(2)} and ${w(3)} used only to size the benchmark catalog.`,
  });
}
const catalog = new Catalog({ ...data, entries: [...data.entries, ...extra] });
const started = performance.now();
const search = new Search(catalog);
const buildMs = performance.now() - started;

const queries = [
  'AADSTS65004',
  '65004',
  'DeadlineExceeded',
  'HTTP 429',
  '429 Too Many Requests',
  'grpc 4',
  'user closed the consent popup',
  'rate limit exceeded retry later',
  'refresh token expired',
  'redirect uri mismatch',
  'admin consent required',
  'gateway timeout upstream',
  'throttled',
  'certificate expired client secret',
  'account locked too many attempts',
  'interaction required mfa',
];
const run = (fn) => {
  for (let i = 0; i < 200; i++) fn(queries[i % queries.length]); // warm up
  const times = [];
  for (let round = 0; round < 100; round++) {
    for (const q of queries) {
      const t = performance.now();
      fn(q);
      times.push(performance.now() - t);
    }
  }
  return times.sort((a, b) => a - b);
};
const docs = catalog.documents().map((d) => `${d.id} ${d.title} ${d.summary}`.toLowerCase());
const baseline = run((q) => {
  const terms = q.toLowerCase().split(/\s+/);
  return docs.filter((d) => terms.some((t) => d.includes(t))).slice(0, 10);
});
const ours = run((q) => search.search(q, { limit: 10 }));

console.log(`catalog: ${catalog.documents().length} documents (${extra.length} generated); index built in ${fmt(buildMs, 1)} ms`);
console.log(`errata search:   p50 ${fmt(percentile(ours, 50), 3)} ms   p99 ${fmt(percentile(ours, 99), 3)} ms   (target: p99 < 2 ms)`);
console.log(
  `substring scan:  p50 ${fmt(percentile(baseline, 50), 3)} ms   p99 ${fmt(percentile(baseline, 99), 3)} ms   (baseline, no ranking)`,
);
console.log(`ratio p99 errata/baseline: ${fmt(percentile(ours, 99) / percentile(baseline, 99))}`);
console.log(percentile(ours, 99) < 2 ? 'search p99 target met' : 'search p99 target NOT met');
