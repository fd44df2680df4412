#!/usr/bin/env node
// Started by an older Node directly (not through npm/npx, which use the project's pinned Node 24),
// say what to do instead of failing on syntax or a missing API deep inside.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `errata needs Node.js 22.12 or newer; this is ${process.version}.\n` +
      'From the project folder run it as `npx errata ...` (npm ci installs Node 24 into the project),\n' +
      'or install a current Node.js LTS.\n',
  );
  process.exit(2);
}
const { main } = await import('../dist/main.js');
process.exitCode = await main(process.argv.slice(2));
