import type { SearchResult } from 'errata/search';
import { browserCatalog, pathOf } from './browser-catalog.ts';

// Instant search in the header. Without JavaScript the form submits to /search/, rendered by the server.
const input = document.querySelector<HTMLInputElement>('#q');
const list = document.querySelector<HTMLUListElement>('#search-results');
let search: ((q: string) => SearchResult[]) | undefined;
let selected = -1;

async function ready() {
  if (search) return search;
  const [{ Search }, catalog] = await Promise.all([import('errata/search'), browserCatalog()]);
  const index = new Search(catalog);
  search = (q) => index.search(q, { limit: 8 });
  return search;
}

function render(results: SearchResult[]) {
  if (!list) return;
  selected = -1;
  list.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = pathOf(r.id);
      a.setAttribute('role', 'option');
      a.textContent = `${r.id} — ${r.title}`;
      const small = document.createElement('small');
      small.textContent = r.summary;
      a.append(small);
      li.append(a);
      return li;
    }),
  );
}

function move(step: number) {
  const links = [...(list?.querySelectorAll('a') ?? [])];
  if (!links.length) return;
  selected = (selected + step + links.length) % links.length;
  for (const [i, a] of links.entries()) a.setAttribute('aria-selected', String(i === selected));
  links[selected]?.scrollIntoView({ block: 'nearest' });
}

if (input && list) {
  input.addEventListener('focus', () => void ready());
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    if (!q) return render([]);
    const run = await ready();
    if (input.value.trim() === q) render(run(q));
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Escape') render([]);
    else if (event.key === 'Enter' && selected >= 0) {
      event.preventDefault();
      list.querySelectorAll('a')[selected]?.click();
      return;
    } else return;
    event.preventDefault();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && !target.isContentEditable) {
      event.preventDefault();
      input.focus();
    }
  });
}
