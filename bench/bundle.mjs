// Browser bundle size of decode + classify with the summary data: what an app ships to read caught
// errors in the browser. Builds with esbuild (ESM, minified, platform browser — a `node:` import on
// these paths fails the build), gzips with node:zlib, and prints the figure against the target.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const TARGET_KB = 60;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const summaryFile = join(root, 'packages/core/data/summary.json');
for (const needed of [summaryFile, join(root, 'packages/core/dist/classify/index.js')]) {
  if (!existsSync(needed)) {
    console.error(`bundle: ${needed} is missing; run \`npm run build\` first`);
    process.exit(2);
  }
}

const ENTRIES = {
  'decode + classify + summary data': `
    import summary from 'errata/data/summary.json';
    import { Decoder } from 'errata/decode';
    import { Classifier, readSummary } from 'errata/classify';
    const data = readSummary(summary);
    const classifier = new Classifier(data);
    const decoder = new Decoder(data);
    export const decode = (text) => decoder.decode(text);
    export const classify = (error) => classifier.classify(error);
    export const auth = (error) => classifier.auth(error);`,
  'code alone (decode + classify, no data)': `
    import { Decoder } from 'errata/decode';
    import { Classifier } from 'errata/classify';
    export { Decoder, Classifier };`,
  'retry helpers alone': `export { nextDelay, parseRetryAfter, isIdempotent } from 'errata/retry';`,
};

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'entry.mjs', loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = false;
for (const [name, contents] of Object.entries(ENTRIES)) {
  const { raw, gzip } = await measure(contents);
  const headline = name === 'decode + classify + summary data';
  const verdict = headline ? (gzip <= TARGET_KB * 1024 ? `within the ${TARGET_KB} KB target` : `OVER the ${TARGET_KB} KB target`) : '';
  if (headline && gzip > TARGET_KB * 1024) over = true;
  console.log(`bundle: ${name}: ${kb(gzip)} gzip (${kb(raw)} minified)${verdict ? ` — ${verdict}` : ''}`);
}
if (over) process.exitCode = 1;
