import { type Catalog, type Document, ENTRY_SECTIONS, type Entry } from 'errata';
import { renderMarkdown, wrap } from './markdown.js';
import type { Colors } from './output.js';

const say = (s: string) => s.replace(/-/g, ' ');

/** An entry, compare guide or playbook as a reader wants it in a terminal. */
export function renderDocument(doc: Document, catalog: Catalog, c: Colors, width: number): string {
  const parts = [`${c.bold(c.cyan(doc.id))}  ${c.bold(doc.title)}`, wrap(doc.summary, width, '')];
  if (doc.kind === 'error') parts.push(...renderEntry(doc, catalog, c, width));
  if (doc.kind === 'compare') {
    parts.push(`${heading('Rule of thumb', c)}\n${wrap(doc.ruleOfThumb, width, '  ')}`);
    parts.push(`${heading('Compared', c)}\n${doc.compares.map((id) => `  ${c.cyan(id)}  ${catalog.get(id)?.title ?? ''}`).join('\n')}`);
    parts.push(
      `${heading('Side by side', c)}\n${doc.aspects
        .map((a) => `  ${c.bold(a.aspect)}\n${a.values.map((v, i) => wrap(`${doc.compares[i]}: ${v}`, width, '    ')).join('\n')}`)
        .join('\n')}`,
    );
    parts.push(...sections(doc.sections, c, width));
    parts.push(`${heading('FAQ', c)}\n${doc.faq.map((f) => `${wrap(c.bold(f.q), width, '  ')}\n${wrap(f.a, width, '  ')}`).join('\n\n')}`);
  }
  if (doc.kind === 'playbook') {
    parts.push(`${heading('Decision rule', c)}\n${wrap(doc.decisionRule, width, '  ')}`);
    parts.push(`${heading('Covers', c)}\n${doc.covers.map((id) => `  ${c.cyan(id)}  ${catalog.get(id)?.title ?? ''}`).join('\n')}`);
    parts.push(...sections(doc.sections, c, width));
  }
  parts.push(
    `${heading('Sources', c)}\n${doc.sources
      .map((s, i) => wrap(`[${i + 1}] ${s.title}${s.kind === 'secondary' ? ' (secondary)' : ''}\n${c.underline(s.url)}`, width, '  '))
      .join('\n')}`,
  );
  parts.push(c.dim(`Last reviewed ${doc.reviewed}${doc.kind === 'error' ? ` · depth: ${doc.depth}` : ''}`));
  return `${parts.join('\n\n')}\n`;
}

function renderEntry(e: Entry, catalog: Catalog, c: Colors, width: number): string[] {
  const facts = [
    `category ${say(e.category)}`,
    `who acts: ${say(e.actor)}`,
    `retry: ${say(e.retry)}`,
    e.aliases.length ? `also ${e.aliases.join(', ')}` : '',
  ].filter(Boolean);
  const parts = [c.dim(wrap(facts.join(' · '), width, ''))];
  for (const s of ENTRY_SECTIONS) {
    const md = e.sections[s.key];
    if (md) parts.push(`${heading(s.heading, c)}\n${renderMarkdown(md, c, width)}`);
  }
  const related = catalog.related(e.id);
  if (related.length) {
    parts.push(`${heading('Related', c)}\n${related.map((r) => `  ${c.cyan(r.id.padEnd(28))} ${r.title}`).join('\n')}`);
  }
  const guides = catalog.guidesFor(e.id);
  const guideList = [...guides.compares, ...guides.playbooks];
  if (guideList.length) {
    parts.push(`${heading('Guides', c)}\n${guideList.map((g) => `  ${c.cyan(g.id)}  ${g.title}`).join('\n')}`);
  }
  const provider = catalog.provider(e.provider);
  if (!e.sections.causes && provider) {
    parts.push(
      c.dim(wrap(`This is a reference entry: the meaning and the facts. ${provider.name}: ${provider.sources[0]?.url ?? ''}`, width, '')),
    );
  }
  return parts;
}

function sections(map: Record<string, string>, c: Colors, width: number): string[] {
  return Object.entries(map).map(([key, md]) => `${heading(titleOf(key), c)}\n${renderMarkdown(md, c, width)}`);
}

const TITLES: Record<string, string> = {
  telling: 'How to tell them apart',
  examples: 'Examples',
  notes: 'Notes',
  when: 'When to use this',
  steps: 'Steps',
  prevention: 'Prevention',
};
const titleOf = (key: string) => TITLES[key] ?? key;

function heading(text: string, c: Colors): string {
  return c.bold(c.yellow(text.toUpperCase()));
}
