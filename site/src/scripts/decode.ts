import type { Catalog } from 'errata/catalog';
import type { DecodeMatch } from 'errata/decode';
import { browserCatalog, pathOf } from './browser-catalog.ts';

// Everything here runs in the page: the pasted text is read, decoded and shown without any request
// but the one that fetches the (public) catalog.
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);

async function decoder() {
  const [{ Decoder }, catalog] = await Promise.all([import('errata/decode'), browserCatalog()]);
  return { decoder: new Decoder(catalog), catalog };
}

export async function decodeInto(text: string): Promise<void> {
  const status = $('#status');
  if (status) status.textContent = 'Reading…';
  const { decoder: d, catalog } = await decoder();
  let matches: DecodeMatch[];
  try {
    matches = d.decode(text, { maxLength: 5_000_000 });
  } catch (error) {
    if (status) status.textContent = (error as Error).message;
    return;
  }
  const pre = $('#highlighted');
  if (pre) pre.replaceChildren(...highlight(text, matches));
  explain(uniqueIds(matches), catalog, matches);
  const ids = uniqueIds(matches);
  history.replaceState(null, '', ids.length ? `#ids=${encodeURIComponent(ids.join(','))}` : location.pathname);
  if (status)
    status.textContent = matches.length ? `${matches.length} code(s) found, ${ids.length} distinct.` : 'No error codes found in this text.';
}

/** Shows the explanations for ids from a shared link (the text itself was never in the link). */
export async function showIds(ids: string[]): Promise<void> {
  const { catalog } = await decoder();
  const pre = $('#highlighted');
  if (pre) pre.hidden = true;
  explain(ids, catalog, []);
}

function uniqueIds(matches: DecodeMatch[]): string[] {
  return [...new Set(matches.map((m) => m.id))];
}

/** The text as nodes, each code wrapped in a <mark> that links to its explanation. No HTML is ever parsed from the text. */
function highlight(text: string, matches: DecodeMatch[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start < at) continue;
    nodes.push(document.createTextNode(text.slice(at, m.start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(m.start, m.end);
    mark.title = m.title ?? m.id;
    nodes.push(mark);
    at = m.end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

function explain(ids: string[], catalog: Catalog, matches: DecodeMatch[]): void {
  const list = $('#explanations');
  const section = $('#result');
  if (!list || !section) return;
  list.replaceChildren(
    ...ids.map((id) => {
      const li = document.createElement('li');
      const entry = catalog.entry(id);
      const heading = document.createElement('p');
      const code = document.createElement('code');
      code.textContent = id;
      heading.append(code, ' ');
      if (entry) {
        const link = document.createElement('a');
        link.href = pathOf(id);
        link.textContent = entry.title;
        heading.append(link);
        const summary = document.createElement('p');
        summary.textContent = entry.summary;
        li.append(heading, summary);
      } else {
        const match = matches.find((m) => m.id === id);
        heading.append('is not in Errata yet.');
        li.append(heading);
        if (match?.lookupUrl) {
          const p = document.createElement('p');
          const a = document.createElement('a');
          a.href = match.lookupUrl;
          a.textContent = 'Official lookup';
          p.append(a);
          li.append(p);
        }
      }
      const context = matches.find((m) => m.id === id && m.context)?.context;
      if (context) {
        const p = document.createElement('p');
        p.className = 'meta';
        p.textContent = Object.entries(context)
          .map(([k, v]) => `${k}: ${v}`)
          .join(' · ');
        li.append(p);
      }
      return li;
    }),
  );
  section.hidden = false;
}
