import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from './env.js';

const ENTRY = '/errors/entra/AADSTS65004/';
const MODERATION = '/admin/corrections/';
const CLI = fileURLToPath(new URL('../../packages/cli/bin/errata.js', import.meta.url));

/** Markup that would run, or leave an element behind, if any visitor text were rendered as HTML. */
const XSS = [
  '<script>window.__xss = 1; alert("script")</script>',
  '<img src=x onerror="window.__xss = 1; alert(\'img\')" data-xss>',
  '<svg onload="alert(\'svg\')" data-xss></svg>',
  '"><img src=x onerror=alert(1) data-xss>',
  "'><script>alert(1)</script>",
  '</textarea><script>alert("textarea")</script><textarea>',
  '</dd></dl><iframe srcdoc="<script>parent.__xss=1</script>" data-xss></iframe>',
  '<a href="javascript:alert(1)" data-xss>click me</a>',
  '<math><mtext></mtext><mglyph><style></style><img src=x onerror=alert(1) data-xss>',
  '<details open ontoggle=alert(1) data-xss>',
  '<style>body { display: none }</style> hidden page?',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, meant literally.
  '{{constructor.constructor("alert(1)")()}} ${alert(1)}',
];

/** Fails the test on any dialog and any CSP violation the page reports. */
function watch(page: Page): { violations: string[] } {
  const seen = { violations: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.violations.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.violations.push(`csp: ${message.text()}`);
  });
  return seen;
}

async function signIn(page: Page, token = E2E_ADMIN_TOKEN): Promise<void> {
  await page.goto(MODERATION);
  await page.getByLabel('Admin token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Posts a report through the API, as a client without a browser would. */
async function report(request: APIRequestContext, fields: Record<string, string>): Promise<string> {
  const response = await request.post('/api/v1/corrections', { data: { target: 'http/429', suggestion: 'A suggestion.', ...fields } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).id;
}

test('a report sent without JavaScript appears in the moderation page and in `errata corrections list`', async ({ browser, baseURL }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(ENTRY);
  await page.getByText('Report a correction').click();
  const marker = `no-js report ${Date.now()}`;
  await page.getByLabel('What is wrong').fill(`The consent section is out of date (${marker}).`);
  await page.getByLabel('What it should say').fill('Admin consent is now the default for this scope.');
  await page.getByLabel('A source that shows it').fill('https://learn.microsoft.com/entra/identity-platform/reference-error-codes');
  await page.getByRole('button', { name: 'Send the report' }).click();
  await expect(page).toHaveURL(/\/corrections\/\?sent=[0-9a-f]{16}&target=entra%2FAADSTS65004$/);
  await expect(page.getByRole('status')).toContainText('Thank you: report');
  const id = new URL(page.url()).searchParams.get('sent') as string;
  await expect(page.getByRole('link', { name: /Back to entra\/AADSTS65004/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/correction-sent.png' });
  await noJs.close();

  const moderator = await browser.newPage();
  await signIn(moderator);
  const card = moderator.locator(`#report-${id}`);
  await expect(card).toContainText(marker);
  await expect(card).toContainText('entra/AADSTS65004');
  await expect(card.getByRole('link', { name: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' })).toBeVisible();

  const listed = execFileSync(process.execPath, [CLI, 'corrections', 'list', '--url', baseURL as string], {
    env: { ...process.env, ERRATA_ADMIN_TOKEN: E2E_ADMIN_TOKEN, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(listed).toContain(id);
  expect(listed).toContain('entra/AADSTS65004');
});

test('with JavaScript the report is sent in place, and errors point at their field', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/compare/429-vs-503/');
  await page.getByText('Report a correction').click();
  await page.getByLabel('What is wrong').fill('The table swaps the Retry-After rows.');
  await page.getByLabel('What it should say').fill('Swap them back.');
  await page.getByLabel('A source that shows it').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Send the report' }).click();
  await expect(page.getByRole('alert')).toHaveText('the field "source" must be an http:// or https:// URL');
  await expect(page.getByLabel('A source that shows it')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('A source that shows it')).toBeFocused();
  await page.getByLabel('A source that shows it').fill('https://www.rfc-editor.org/rfc/rfc9110#name-503-service-unavailable');
  await page.getByRole('button', { name: 'Send the report' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toContainText(/report [0-9a-f]{16} is in/);
  await expect(page).toHaveURL(/\/compare\/429-vs-503\/$/);
  expect(seen.violations).toEqual([]);
});

test('without JavaScript, a refused report comes back filled in, with the error', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/playbooks/api-timeout-recovery/');
  await page.getByText('Report a correction').click();
  const problem = `</textarea><script>alert(1)</script> ${XSS[1]} is what the page says.`;
  await page.getByLabel('What is wrong').fill(problem);
  await page.getByLabel('What it should say').fill('Something else.');
  await page.getByLabel('A source that shows it').fill('javascript:alert(document.domain)');
  const [response] = await Promise.all([
    page.waitForResponse('**/api/v1/corrections'),
    page.getByRole('button', { name: 'Send the report' }).click(),
  ]);
  expect(response.status()).toBe(400);
  await expect(page.getByRole('alert')).toHaveText('the field "source" must be an http:// or https:// URL');
  await expect(page.getByLabel('What is wrong')).toHaveValue(problem);
  await expect(page.getByLabel('What it should say')).toHaveValue('Something else.');
  await expect(page.locator('[data-xss]')).toHaveCount(0);
  await context.close();
});

test('XSS payloads in every field are shown as text on the moderation page, never run', async ({ page, request }) => {
  const seen = watch(page);
  const ids: string[] = [];
  for (const payload of XSS) {
    ids.push(
      await report(request, {
        problem: `${payload} (problem)`,
        suggestion: payload,
        contact: payload.replace(/\n/g, ' ').slice(0, 200),
        source: `https://example.com/${payload.replace(/\s/g, '')}`,
      }),
    );
  }
  await signIn(page);
  for (const [i, id] of ids.entries()) {
    const card = page.locator(`#report-${id}`);
    await expect(card.locator('dd').first()).toHaveText(`${XSS[i]} (problem)`);
    await expect(card.locator('dd').nth(1)).toHaveText(XSS[i] as string);
  }
  const injected = async () => ({
    marked: await page.locator('[data-xss]').count(),
    elements: await page.locator('main :is(script, iframe, svg, img, style, math)').count(),
    flag: await page.evaluate(() => (window as { __xss?: number }).__xss),
  });
  expect(await injected()).toEqual({ marked: 0, elements: 0, flag: undefined });
  await page.screenshot({ path: 'test-results/moderation-xss.png', fullPage: true });

  // Visitor text in the address reaches pages too.
  await page.goto(`/corrections/?target=${encodeURIComponent(XSS[1] as string)}`);
  await expect(page.locator('#target')).toHaveValue(XSS[1] as string);
  await page.goto(`/search/?q=${encodeURIComponent(XSS[0] as string)}`);
  await expect(page.locator('#page-q')).toHaveValue(XSS[0] as string);
  expect(await injected()).toEqual({ marked: 0, elements: 0, flag: undefined });
  expect(seen.violations).toEqual([]);
});

test('moderation: the token is required, reports are accepted or rejected once, with a reason to reject', async ({ page, request }) => {
  const seen = watch(page);
  await page.goto(MODERATION);
  await expect(page.getByLabel('Admin token')).toBeVisible();
  await signIn(page, 'not-the-admin-token-at-all');
  await expect(page.getByRole('alert')).toHaveText('That is not the admin token.');

  const accept = await report(request, { problem: 'Moderation test: accept this one.' });
  const reject = await report(request, { problem: 'Moderation test: reject this one.' });
  await signIn(page);
  await page.locator(`#report-${accept}`).getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('status')).toContainText(`Report ${accept} resolved.`);
  await expect(page.locator(`#report-${accept}`)).toHaveCount(0);

  await page.locator(`#report-${reject}`).getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByRole('alert')).toContainText('the field "reason" is required to reject a report');
  await page.locator(`#report-${reject}`).getByLabel('Reason (needed to reject)').fill('The page already says this under Causes.');
  await page.locator(`#report-${reject}`).getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByRole('status')).toContainText(`Report ${reject} resolved.`);

  await page.getByRole('link', { name: /^Rejected/ }).click();
  await expect(page.locator(`#report-${reject}`)).toContainText('rejected on');
  await expect(page.locator(`#report-${reject}`)).toContainText('The page already says this under Causes.');
  await page.getByRole('link', { name: /^Accepted/ }).click();
  await expect(page.locator(`#report-${accept}`)).toBeVisible();
  await page.screenshot({ path: 'test-results/moderation.png', fullPage: true });

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('Admin token')).toBeVisible();
  expect((await page.goto(MODERATION))?.status()).toBe(401);
  expect(seen.violations).toEqual([]);
});

test('the pages keep to their Content-Security-Policy: no violations while they work', async ({ page }) => {
  const seen = watch(page);
  for (const path of ['/', ENTRY, '/compare/429-vs-503/', '/decode/', '/coverage/', '/search/?q=throttled', '/no/such/page/']) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
  }
  await page.goto('/decode/');
  await page.locator('#input').fill('HTTP/1.1 429 Too Many Requests');
  await page.getByRole('button', { name: 'Explain every code' }).click();
  await expect(page.locator('#explanations li')).toHaveCount(1);
  await page.goto('/');
  await page.locator('#q').fill('AADSTS65004');
  await expect(page.locator('#search-results a').first()).toContainText('entra/AADSTS65004');
  expect(seen.violations).toEqual([]);
});

test('every page shows its review date and, from a git checkout, its last change; the ledger shows freshness', async ({ page }) => {
  for (const path of [ENTRY, '/compare/429-vs-503/', '/playbooks/api-timeout-recovery/']) {
    await page.goto(path);
    const meta = page.locator('#sources ~ p.meta');
    await expect(meta).toContainText(/Last reviewed \d{4}-\d\d-\d\d/);
    if (existsSync(fileURLToPath(new URL('../../.git', import.meta.url))))
      await expect(meta).toContainText(/Last changed \d{4}-\d\d-\d\d: \S/);
    await expect(page.locator('form[action="/api/v1/corrections"] input[name="target"]')).toHaveValue(/^(entra|compare|playbook)\//);
  }
  await page.goto('/coverage/');
  await expect(page.locator('table').first().locator('th', { hasText: 'Over a year' })).toBeVisible();
  await expect(page.locator('#ledger-http + table th', { hasText: 'Days ago' })).toBeVisible();
});

test('axe finds no accessibility violations in the open correction form and the corrections page', async ({ page }) => {
  await page.goto(ENTRY);
  await page.getByText('Report a correction').click();
  await page.locator('#report').screenshot({ path: 'test-results/correction-form.png' });
  const results = await new AxeBuilder({ page }).include('#report').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.goto('/corrections/?target=http/429');
  const standalone = await new AxeBuilder({ page }).analyze();
  expect(standalone.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
