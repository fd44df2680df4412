import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = {
  home: '/',
  entry: '/errors/entra/AADSTS65004/',
  compare: '/compare/429-vs-503/',
  playbook: '/playbooks/api-timeout-recovery/',
  decode: '/decode/',
};

test('search a code from the header and land on its page', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#q')).toBeFocused();
  await page.keyboard.type('AADSTS65004');
  const first = page.locator('#search-results a').first();
  await expect(first).toContainText('entra/AADSTS65004');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/errors\/entra\/AADSTS65004\/$/);
  await expect(page.locator('h1')).toContainText('User declined consent');
  await page.screenshot({ path: 'test-results/search-to-entry.png', fullPage: false });
});

test('plain-language search finds the closed-popup entries', async ({ page }) => {
  await page.goto('/');
  await page.locator('#q').fill('user closed the consent popup');
  await expect(page.locator('#search-results')).toContainText('msal/user_cancelled');
});

test('decode a pasted redirect URL in the page, without sending the text anywhere', async ({ page }) => {
  const secret = 'tenant-secret-marker-7731';
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
  await page.goto(PAGES.decode);
  const text = `https://app.example.com/cb?error=access_denied&error_description=AADSTS65004%3a+User+declined+consent.+${secret}&state=abc`;
  await page.locator('#input').fill(text);
  await page.getByRole('button', { name: 'Explain every code' }).click();
  await expect(page.locator('#explanations')).toContainText('User declined consent');
  await expect(page.locator('#highlighted mark', { hasText: 'AADSTS65004' })).toBeVisible();
  await expect(page).toHaveURL(/#ids=.*AADSTS65004/);
  expect(page.url()).not.toContain(secret);
  expect(sent.filter((s) => s.includes(secret) || s.includes('AADSTS65004%253a'))).toEqual([]);
  await page.screenshot({ path: 'test-results/decode.png', fullPage: true });

  // The shared link shows the same explanations without the text.
  const shared = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(shared);
  await expect(fresh.locator('#explanations')).toContainText('User declined consent');
  await expect(fresh.locator('#input')).toHaveValue('');
});

test('the home paste box hands the text to the decoder', async ({ page }) => {
  await page.goto('/');
  await page.locator('#text').fill('rpc error: code = DeadlineExceeded desc = context deadline exceeded');
  await page.getByRole('button', { name: 'Explain every code' }).click();
  await expect(page).toHaveURL(/\/decode\//);
  await expect(page.locator('#explanations')).toContainText('grpc/DEADLINE_EXCEEDED');
});

test('a compare guide shows its rule, table and questions, with FAQ structured data', async ({ page }) => {
  await page.goto(PAGES.compare);
  await expect(page.locator('h1')).toContainText('429');
  await expect(page.locator('#rule + p')).not.toBeEmpty();
  await expect(page.locator('table th', { hasText: '503' })).toBeVisible();
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(ld.map((s) => JSON.parse(s)['@type'])).toEqual(['TechArticle', 'FAQPage']);
  await page.screenshot({ path: 'test-results/compare.png' });
});

test('every key page is readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGES.entry);
  await expect(page.locator('h1')).toContainText('User declined consent');
  await expect(page.locator('#meaning')).toBeVisible();
  await expect(page.locator('#sources')).toBeVisible();
  await page.locator('#q').fill('throttled');
  await page.locator('#q').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=throttled/);
  await expect(page.locator('main ol')).toContainText('http/429');
  await page.goto(PAGES.decode);
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});

test('the JSON API answers, and the decode route validates its input', async ({ request }) => {
  const entry = await (await request.get('/api/v1/errors/http/429.json')).json();
  expect(entry).toMatchObject({ id: 'http/429', depth: 'full' });
  const index = await (await request.get('/api/v1/index.json')).json();
  expect(index.documents.length).toBeGreaterThan(600);
  expect((await request.get('/api/v1/compare/429-vs-503.json')).ok()).toBe(true);
  expect((await request.get('/api/v1/playbooks/api-timeout-recovery.json')).ok()).toBe(true);
  expect((await (await request.get('/api/v1/openapi.json')).json()).openapi).toBe('3.1.0');

  const decoded = await request.post('/api/v1/decode', { data: { text: 'HTTP/1.1 503 Service Unavailable; AADSTS50076' } });
  expect(decoded.status()).toBe(200);
  expect((await decoded.json()).matches.map((m: { id: string }) => m.id)).toEqual(['http/503', 'entra/AADSTS50076']);

  const notJson = await request.post('/api/v1/decode', { headers: { 'content-type': 'application/json' }, data: Buffer.from('{"text":') });
  expect(notJson.status()).toBe(400);
  expect(await notJson.json()).toMatchObject({ error: expect.stringContaining('not valid JSON') });
  const noText = await request.post('/api/v1/decode', { data: { words: 'x' } });
  expect(await noText.json()).toEqual({ error: 'the field "text" is required and must be a string', field: 'text' });
  const huge = await request.post('/api/v1/decode', { data: { text: 'x'.repeat(1_100_000) } });
  expect(huge.status()).toBe(413);
  const form = await request.post('/api/v1/decode', { form: { text: 'AADSTS50076' } });
  expect(form.status()).toBe(415);
});

test('a missing page suggests the closest codes and names an unknown code', async ({ page }) => {
  const response = await page.goto('/errors/entra/AADSTS99999/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main')).toContainText('Errata does not cover it yet');
  await expect(page.locator('main')).toContainText('login.microsoftonline.com/error?code=99999');
});

test('pages are light: an entry page with its CSS is at most 50 KB, with canonical, OpenGraph and JSON-LD', async ({ page, request }) => {
  for (const path of [PAGES.entry, '/errors/http/429/', '/errors/grpc/DEADLINE_EXCEEDED/', '/errors/entra/AADSTS50076/']) {
    const html = await (await request.get(path)).text();
    // Stylesheets are inlined (build.inlineStylesheets: always), so the HTML holds the page's CSS.
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(Buffer.byteLength(html), path).toBeLessThanOrEqual(50 * 1024);
  }
  await page.goto(PAGES.entry);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/errors\/entra\/AADSTS65004\/$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /AADSTS65004/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
  expect(ld['@type']).toBe('TechArticle');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/errors/entra/AADSTS65004/');
});

test('no layout shift while an entry page loads, in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(PAGES.entry);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBe(0);
    await page.screenshot({ path: `test-results/entry-${colorScheme}.png` });
  }
});

for (const [name, path] of Object.entries(PAGES)) {
  test(`axe finds no accessibility violations on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    if (name === 'decode') {
      await page.locator('#input').fill('HTTP/1.1 429 Too Many Requests');
      await page.getByRole('button', { name: 'Explain every code' }).click();
      await expect(page.locator('#explanations li')).toHaveCount(1);
    }
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
