// Settings of the server the browser tests run against (playwright.config.ts starts it with these).
export const E2E_ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';
export const E2E_SERVER_ENV = {
  ERRATA_ADMIN_TOKEN: E2E_ADMIN_TOKEN,
  // Many reports come from one address in these tests; the limit itself is tested in tests/corrections-api.test.ts.
  ERRATA_RATE_LIMIT: '1000',
};
