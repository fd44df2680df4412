import type { DiagnoseReport } from 'errata/diagnose';
import { browserCatalog } from './browser-catalog.ts';

// Reads the dropped logs in the page with core's diagnose(): streaming, gzip included. No request is made
// but the one for the public catalog (entry titles in the findings).
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);
let urls: string[] = [];

export async function run(files: File[]): Promise<void> {
  const status = $('#diagnose-status');
  if (!files.length || !status) return;
  status.textContent = `Reading ${files.length} file(s)…`;
  const [{ diagnose, renderHtmlReport }, catalog] = await Promise.all([import('errata/diagnose'), browserCatalog()]);
  let report: DiagnoseReport;
  try {
    report = await diagnose(
      files.map((f) => ({ name: f.name, data: f })),
      {
        catalog,
        onProgress: (p) => {
          status.textContent = `Reading ${p.file}: ${p.signIns.toLocaleString()} sign-ins so far…`;
        },
      },
    );
  } catch (error) {
    status.textContent = (error as Error).message;
    return;
  }
  show(report, renderHtmlReport(report, { siteUrl: location.origin }));
  const s = report.summary as { signIns?: number; apps?: number };
  status.textContent = `Read ${Number(s.signIns ?? 0).toLocaleString()} sign-ins across ${report.apps.length} app(s).`;
}

function show(report: DiagnoseReport, html: string): void {
  for (const url of urls) URL.revokeObjectURL(url);
  urls = [];
  const list = $('#findings');
  if (list) {
    const findings = report.apps.flatMap((app) => app.findings.map((f) => ({ app, f })));
    list.replaceChildren(
      ...(findings.length
        ? findings.map(({ app, f }) => {
            const li = document.createElement('li');
            const strong = document.createElement('strong');
            strong.textContent = `${app.appDisplayName || app.appId}: AADSTS${f.code} — ${f.verdict.replace(/-/g, ' ')}`;
            const a = document.createElement('a');
            a.href = `/errors/entra/AADSTS${f.code}/`;
            a.textContent = 'entry';
            li.append(strong, ' (', a, ')', document.createElement('br'), String(f.evidence));
            return li;
          })
        : [Object.assign(document.createElement('li'), { textContent: 'No findings: nothing in these logs crosses a threshold.' })]),
    );
  }
  const frame = $<HTMLIFrameElement>('#report');
  if (frame) frame.srcdoc = html;
  const link = (id: string, body: string, type: string) => {
    const url = URL.createObjectURL(new Blob([body], { type }));
    urls.push(url);
    $<HTMLAnchorElement>(id)?.setAttribute('href', url);
  };
  link('#download-html', html, 'text/html');
  link('#download-json', JSON.stringify(report, null, 2), 'application/json');
  const section = $('#diagnosis');
  if (section) section.hidden = false;
}
