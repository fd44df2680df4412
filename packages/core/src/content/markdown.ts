import { Lexer, type Token, type Tokens } from 'marked';

export interface Section {
  heading: string;
  /** Markdown between this heading and the next H2, trimmed. */
  markdown: string;
  /** 1-based line of the heading within the body. */
  line: number;
  tokens: Token[];
}

/** Splits a Markdown body at its H2 headings. Text before the first H2 is returned as `preamble`. */
export function splitSections(body: string): { preamble: string; sections: Section[] } {
  const tokens = new Lexer().lex(body);
  const sections: Section[] = [];
  let preamble = '';
  let line = 1;
  let current: Section | undefined;
  for (const token of tokens) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      current = { heading: (token as Tokens.Heading).text.trim(), markdown: '', line, tokens: [] };
      sections.push(current);
    } else if (current) {
      current.markdown += token.raw;
      current.tokens.push(token);
    } else {
      preamble += token.raw;
    }
    line += countLines(token.raw);
  }
  for (const s of sections) s.markdown = s.markdown.trim();
  return { preamble: preamble.trim(), sections };
}

function countLines(raw: string): number {
  let n = 0;
  for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) n++;
  return n;
}

export interface ListItem {
  title: string;
  detail: string;
  raw: string;
}

const BOLD_LEAD = /^\*\*(.+?)\*\*[.:]?\s*([\s\S]*)$/;

/**
 * The items of the lists in a section, each split into a bold lead title and the rest.
 * Items without a bold lead get an empty title, which the rules report.
 */
export function listItems(section: Section): ListItem[] {
  const items: ListItem[] = [];
  for (const token of section.tokens) {
    if (token.type !== 'list') continue;
    for (const item of (token as Tokens.List).items) {
      const text = item.text.trim();
      const m = BOLD_LEAD.exec(text);
      const title = m ? (m[1] ?? '').trim().replace(/[.:]$/, '') : '';
      const detail = m ? (m[2] ?? '').trim() : text;
      items.push({ title, detail, raw: item.raw });
    }
  }
  return items;
}

const CITE = /\[(\d+(?:\s*,\s*\d+)*)\]/g;
const FIELD = /\[field\s+experience\]/i;

/** The source indexes an item cites as `[1]` or `[1, 2]`, and whether it is marked field experience. */
export function citations(text: string): { cites: number[]; fieldExperience: boolean } {
  const cites = new Set<number>();
  for (const m of text.matchAll(CITE)) {
    for (const n of (m[1] ?? '').split(',')) cites.add(Number(n.trim()));
  }
  return { cites: [...cites].sort((a, b) => a - b), fieldExperience: FIELD.test(text) };
}
