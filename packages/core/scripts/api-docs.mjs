// Writes docs/api/<subpath>.md from TypeScript's own declaration output (packages/core/dist/**/*.d.ts):
// every export of each documented subpath, its doc comment, and its declaration as the compiler wrote it.
// Run after `npm run build:ts`:  npx node packages/core/scripts/api-docs.mjs [--check]
// --check writes nothing and exits 1 when a page is missing or stale (for CI).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const core = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(core, '../../docs/api');
/** The subpaths documented, with one line on what each is for. */
const SUBPATHS = {
  classify: 'Turn a caught error into a decision: retry or not, after how long, who acts, what to tell the user.',
  retry: 'Retry-After parsing, full-jitter backoff and idempotency by method.',
  summary: 'The summary data classify and decode run on, and full entries loaded on demand.',
  decode: 'Find every error code in pasted text.',
  diagnose: 'Read Entra sign-in logs in any export format and judge each failure with a verdict and its evidence.',
  search: 'Rank entries for codes and plain-language questions.',
  catalog: 'The knowledge base in memory: documents by id, lookups of anything a person types, links between entries.',
};

const files = Object.keys(SUBPATHS).map((s) => join(core, 'dist', s, 'index.d.ts'));
for (const f of files) {
  if (!existsSync(f)) {
    console.error(`api-docs: ${f} is missing; run \`npm run build:ts\` first`);
    process.exit(2);
  }
}
const program = ts.createProgram(files, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();

/** The declaration as the compiler emitted it, without `export declare` and without private members. */
function declarationText(decl) {
  const node = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  const kept = [];
  for (const line of node.getText().split('\n')) {
    if (/^\s*private /.test(line)) {
      // Drop the member's doc comment too, one line or many.
      if ((kept.at(-1) ?? '').trim().endsWith('*/')) {
        while (kept.length && !kept.at(-1).trim().startsWith('/**')) kept.pop();
        kept.pop();
      }
      continue;
    }
    kept.push(line);
  }
  return kept.join('\n').replace(/^export (declare )?|^declare /, '');
}

function page(subpath, blurb, file) {
  const source = program.getSourceFile(file);
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source));
  const lines = [
    `# errata/${subpath}`,
    '',
    '<!-- Generated from the type declarations by packages/core/scripts/api-docs.mjs; do not edit by hand. -->',
    '',
    blurb,
    '',
    '```ts',
    `import { ... } from 'errata/${subpath}';`,
    '```',
    '',
  ];
  const symbols = exports
    .map((e) => (e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e))
    .map((symbol, i) => ({ name: exports[i].name, symbol }))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const { name, symbol } of symbols) {
    const decls = symbol.declarations ?? [];
    if (!decls.length) continue;
    lines.push(`## ${name}`, '');
    const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    if (doc) lines.push(doc, '');
    for (const tag of symbol.getJsDocTags(checker)) {
      const text = ts.displayPartsToString(tag.text ?? []).trim();
      if (tag.name === 'example') lines.push('Example:', '', '```ts', text.replace(/^```ts\n?|```$/g, '').trim(), '```', '');
      else if (tag.name === 'param') lines.push(`- \`${text.split(/\s/)[0]}\`: ${text.slice(text.split(/\s/)[0].length).trim()}`, '');
    }
    lines.push('```ts', ...decls.map(declarationText), '```', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const pages = Object.entries(SUBPATHS).map(([subpath, blurb], i) => [join(out, `${subpath}.md`), page(subpath, blurb, files[i])]);
const index = [
  '# API reference',
  '',
  '<!-- Generated from the type declarations by packages/core/scripts/api-docs.mjs; do not edit by hand. -->',
  '',
  'The `errata` package, by subpath. Each page lists every export with its doc comment and its declaration',
  'as TypeScript emits it. Regenerate with `npx node packages/core/scripts/api-docs.mjs` after `npm run build:ts`.',
  '',
  ...Object.entries(SUBPATHS).map(([s, blurb]) => `- [errata/${s}](${s}.md): ${blurb}`),
  '',
].join('\n');
pages.push([join(out, 'README.md'), index]);

if (process.argv.includes('--check')) {
  const stale = pages.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text).map(([file]) => file);
  for (const file of stale) console.error(`api-docs: ${file} is missing or stale; run \`npx node packages/core/scripts/api-docs.mjs\``);
  process.exit(stale.length ? 1 : 0);
}
mkdirSync(out, { recursive: true });
for (const [file, text] of pages) writeFileSync(file, text);
console.log(`api-docs: wrote ${pages.length} pages to ${out}`);
