import { defineConfig } from '@playwright/test';
import { E2E_SERVER_ENV } from './tests/e2e/env';

// Browser tests run in Debian's chromium (installed by .ci/run); Playwright's own browser download cannot work here.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4329',
    screenshot: 'on',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node scripts/serve-test.mjs',
    env: E2E_SERVER_ENV,
    url: 'http://127.0.0.1:4329/',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
