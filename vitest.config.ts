import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser (Playwright) specs live apart and run through their own runner.
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'tests/**/*.test.ts', 'site/src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
