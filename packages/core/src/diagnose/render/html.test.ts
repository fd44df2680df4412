import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';
import { renderHtmlReport } from './html.js';

const row = (user: string, code: number, app = 'Demo <script>alert(1)</script>') =>
  JSON.stringify({
    createdDateTime: '2026-11-01T10:00:00Z',
    userId: user,
    appId: 'demo"app',
    appDisplayName: app,
    status: { errorCode: code },
  });
const log = Array.from({ length: 20 }, (_, i) => row(`u${i}`, i < 18 ? 65004 : 0)).join('\n');

describe('renderHtmlReport', () => {
  it('is one self-contained page with the three charts and every log value escaped', async () => {
    const html = renderHtmlReport(await diagnose(log));
    expect(html).toMatch(/^<!doctype html>/);
    for (const chart of ['timeline', 'apps', 'codes']) expect(html).toContain(`data-chart="${chart}"`);
    expect(html).not.toContain('<script');
    expect(html).toContain('Demo &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-app-id="demo&quot;app"');
    expect(html).not.toMatch(/<link|src="http|url\(http/);
  });

  it('links entries to Microsoft’s lookup from disk, or to an Errata site when given one', async () => {
    const report = await diagnose(log);
    expect(renderHtmlReport(report)).toContain('href="https://login.microsoftonline.com/error?code=65004"');
    expect(renderHtmlReport(report, { siteUrl: 'https://errata.example/' })).toContain(
      'href="https://errata.example/errors/entra/AADSTS65004"',
    );
  });

  it('renders an empty report without charts', async () => {
    const html = renderHtmlReport(await diagnose(''));
    expect(html).toContain('No sign-ins in the input');
    expect(html).not.toContain('data-chart=');
  });
});
