import { expect, test } from '@playwright/test';

/** 20 users of one app, 18 of whom hit AADSTS65004: tenant policy or scope design, by the documented thresholds. */
function signInLog(): string {
  const rows = [];
  for (let i = 0; i < 20; i++) {
    rows.push(
      JSON.stringify({
        createdDateTime: `2026-11-01T10:${String(i).padStart(2, '0')}:00Z`,
        userPrincipalName: `private-user-${i}@contoso.example`,
        userId: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
        appId: '22222222-2222-2222-2222-222222222222',
        appDisplayName: 'Expense Portal',
        status: { errorCode: i < 18 ? 65004 : 0 },
        isInteractive: true,
      }),
    );
  }
  return `${rows.join('\n')}\n`;
}

test('a dropped sign-in log is diagnosed in the page and never uploaded', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
  await page.goto('/diagnose/');
  await expect(page.locator('#privacy')).toContainText('Never uploaded');
  await page.locator('#logs').setInputFiles({ name: 'signins.jsonl', mimeType: 'application/json', buffer: Buffer.from(signInLog()) });
  await expect(page.locator('#findings')).toContainText('tenant policy or scope design');
  await expect(page.locator('#findings')).toContainText('Expense Portal');
  await expect(page.locator('#findings a').first()).toHaveAttribute('href', '/errors/entra/AADSTS65004/');
  const report = page.frameLocator('#report');
  await expect(report.locator('svg').first()).toBeVisible();
  expect(sent.filter((s) => s.includes('private-user-'))).toEqual([]);
  await page.screenshot({ path: 'test-results/diagnose-page.png', fullPage: true });
});

test('a file in no known format gets a clear message', async ({ page }) => {
  await page.goto('/diagnose/');
  await page
    .locator('#logs')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some words\nnothing like a log\n') });
  await expect(page.locator('#diagnose-status')).toContainText(/format/i);
});

/** A JSON-lines log past 16 MB: 3,000 users of one app, nine in ten of whom decline consent. */
function largeSignInLog(): { text: string; rows: number } {
  const rows: string[] = [];
  const pad = 'x'.repeat(160);
  for (let user = 0; user < 3000; user++) {
    for (let i = 0; i < 20; i++) {
      rows.push(
        JSON.stringify({
          createdDateTime: new Date(Date.UTC(2026, 10, 1) + (user * 20 + i) * 1000).toISOString(),
          userPrincipalName: `bulk-user-${user}@contoso.example`,
          appId: '33333333-3333-3333-3333-333333333333',
          appDisplayName: 'Bulk Portal',
          status: { errorCode: user % 10 === 0 && i === 19 ? 0 : 65004 },
          isInteractive: true,
          userAgent: pad,
        }),
      );
    }
  }
  return { text: `${rows.join('\n')}\n`, rows: rows.length };
}

test('a large JSON-lines log is read in pieces on web workers, with the same verdict', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const { text, rows } = largeSignInLog();
  expect(text.length).toBeGreaterThan(16 << 20);
  await page.goto('/diagnose/');
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.locator('#logs').setInputFiles({ name: 'bulk.jsonl', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('#diagnose-status')).toContainText(`Read ${rows.toLocaleString('en-US')} sign-ins across 1 app(s).`, {
    timeout: 30_000,
  });
  await expect(page.locator('#findings')).toContainText('Bulk Portal: AADSTS65004 — tenant policy or scope design');
  // One web worker per piece, one piece per core (at most four); a single core reads the file whole on one.
  expect(workers.length).toBe(cores >= 2 ? Math.min(4, cores) : 1);
  expect(workers.every((url) => url.includes('diagnose-worker'))).toBe(true);
});
