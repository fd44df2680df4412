import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { jsonLines } from '../../packages/core/test/signin-formats.js';
import { generateSignIns } from '../../packages/core/test/signin-generator.js';

const BIN = new URL('../../packages/cli/bin/errata.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'errata-report-'));
const html = join(dir, 'report.html');

test.beforeAll(() => {
  // The real CLI writes the report from a generated log, as an admin would.
  const log = join(dir, 'signins.jsonl');
  writeFileSync(log, jsonLines(generateSignIns({ seed: 5 }).records));
  const r = spawnSync(process.execPath, [BIN, 'diagnose', log, '--html', html], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(r.status, r.stderr).toBe(0);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the HTML report opens from disk and shows its summary, findings and charts', async ({ page }) => {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pathToFileURL(html).href);

  await expect(page.locator('h1')).toHaveText('Sign-in log diagnosis');
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Findings');
  const findings = page.locator('#findings li');
  await expect(findings.first()).toBeVisible();
  await expect(page.locator('#findings')).toContainText('Tenant policy or scope design');
  await expect(page.locator('#findings')).toContainText('Consent UX or abandonment');

  // Each chart is drawn: an SVG with a real size and bars that have height (or width) in it.
  for (const chart of ['timeline', 'apps', 'codes']) {
    const svg = page.locator(`[data-chart="${chart}"] svg`);
    await expect(svg).toBeVisible();
    const box = await svg.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(box?.height ?? 0).toBeGreaterThan(100);
    const bars = svg.locator('rect.bar');
    expect(await bars.count()).toBeGreaterThan(3);
    const sizes = await bars.evaluateAll((rects) => rects.map((r) => (r as SVGRectElement).getBBox()).map((b) => b.width * b.height));
    expect(sizes.filter((s) => s > 0).length).toBeGreaterThan(3);
  }
  await expect(page.locator('[data-chart="timeline"] .legend')).toContainText('AADSTS');

  // Self-contained: nothing fetched but the page itself, and no script errors.
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  expect(errors).toEqual([]);
  await page.screenshot({ path: 'test-results/diagnose-report.png', fullPage: true });
});

test('the HTML report has no accessibility violations', async ({ page }) => {
  await page.goto(pathToFileURL(html).href);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.any[0]?.message ?? n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
