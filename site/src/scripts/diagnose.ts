import type { Catalog } from 'errata/catalog';
import type { DiagnoseReport, DiagnosisPart, LogPiece } from 'errata/diagnose';
import { browserCatalog } from './browser-catalog.ts';
import type { DiagnoseJob, DiagnoseJobMessage } from './diagnose-worker.ts';

// Reads the dropped logs in this browser with core's diagnose code, on web workers so the page stays
// responsive: one per log, and one per core for each piece of a large JSON-lines log. No request is
// made but the one for the public catalog (entry titles in the findings).
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);
let urls: string[] = [];

export async function run(files: File[]): Promise<void> {
  const status = $('#diagnose-status');
  if (!files.length || !status) return;
  status.textContent = `Reading ${files.length} file(s)…`;
  const [core, catalog] = await Promise.all([import('errata/diagnose'), browserCatalog()]);
  let report: DiagnoseReport;
  try {
    const onProgress = (file: string, signIns: number) => {
      status.textContent = `Reading ${file}: ${signIns.toLocaleString()} sign-ins so far…`;
    };
    report =
      typeof Worker === 'undefined'
        ? await core.diagnose(
            files.map((f) => ({ name: f.name, data: f })),
            { catalog, onProgress: (p) => onProgress(p.file, p.signIns) },
          )
        : await inWorkers(core, files, catalog, onProgress);
  } catch (error) {
    status.textContent = (error as Error).message;
    return;
  }
  show(report, core.renderHtmlReport(report, { siteUrl: location.origin }));
  status.textContent = `Read ${report.summary.signIns.toLocaleString()} sign-ins across ${report.apps.length} app(s).`;
}

type Core = typeof import('errata/diagnose');

/** Each log on a worker; a large JSON-lines log cut at line ends into one piece per core (at most four). */
async function inWorkers(core: Core, files: File[], catalog: Catalog, onProgress: (file: string, signIns: number) => void) {
  const diagnosis = new core.Diagnosis({ catalog });
  const threads = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
  for (const file of files) {
    const readAt = async (offset: number, length: number) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
    const ranges = await core.planPieces(file.size, threads, readAt);
    const counts = new Array<number>(ranges?.length ?? 1).fill(0);
    const progress = (i: number) => (signIns: number) => {
      counts[i] = signIns;
      onProgress(file.name, diagnosis.signIns + counts.reduce((a, b) => a + b, 0));
    };
    if (ranges) {
      const pieces = await Promise.all(ranges.map(([start, end], i) => job<LogPiece>({ kind: 'piece', file, start, end }, progress(i))));
      for (const piece of pieces) piece.aggregator = core.reviveAggregator(piece.aggregator);
      diagnosis.addPieces(file.name, file.size, pieces);
    } else {
      const part = await job<DiagnosisPart>({ kind: 'whole', file }, progress(0));
      part.aggregator = core.reviveAggregator(part.aggregator);
      diagnosis.addPart(part);
    }
  }
  return diagnosis.report();
}

/** Runs one job on a new worker and resolves with what it found (data only: classes are revived by the caller). */
function job<T>(task: DiagnoseJob, onSignIns: (signIns: number) => void): Promise<T> {
  const worker = new Worker(new URL('./diagnose-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<DiagnoseJobMessage>) => {
      if ('progress' in data) onSignIns(data.progress.signIns);
      else if ('done' in data) resolve(data.done as T);
      else reject(new Error(data.error));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the diagnosis worker failed'));
    worker.postMessage(task);
  }).finally(() => worker.terminate());
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
