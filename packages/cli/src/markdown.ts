import { Lexer, type Token, type Tokens } from 'marked';
import wrapAnsi from 'wrap-ansi';
import type { Colors } from './output.js';

/** Renders Markdown for a terminal: wrapped paragraphs, bullets, indented code, inline emphasis. */
export function renderMarkdown(markdown: string, c: Colors, width: number, indent = '  '): string {
  return new Lexer()
    .lex(markdown)
    .map((t) => block(t, c, width, indent))
    .filter((s) => s !== '')
    .join('\n\n');
}

function block(token: Token, c: Colors, width: number, indent: string): string {
  switch (token.type) {
    case 'paragraph':
    case 'text':
      // A line break inside a paragraph is soft in Markdown: rewrap the paragraph as one.
      return wrap(inline((token as Tokens.Paragraph).text.replace(/\n/g, ' '), c), width, indent);
    case 'heading':
      return `${indent}${c.bold(inline((token as Tokens.Heading).text, c))}`;
    case 'list': {
      const list = token as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      return list.items
        .map((item, i) => {
          const marker = list.ordered ? `${start + i}. ` : '• ';
          const inner = indent + ' '.repeat(marker.length);
          // An item holds blocks of its own (text, code, nested lists): render each at the item's indent.
          const body = item.tokens
            .map((t) => block(t, c, width, inner))
            .filter((b) => b !== '')
            .join('\n');
          return `${indent}${marker}${body.trimStart()}`;
        })
        .join('\n');
    }
    case 'code': {
      const code = token as Tokens.Code;
      const label = code.lang ? `${c.dim(`${indent}${code.lang}`)}\n` : '';
      return (
        label +
        code.text
          .split('\n')
          .map((line) => `${indent}  ${c.cyan(line)}`)
          .join('\n')
      );
    }
    case 'blockquote':
      return wrap(inline((token as Tokens.Blockquote).text, c), width, `${indent}│ `);
    case 'table': {
      const table = token as Tokens.Table;
      const rows = [table.header.map((h) => h.text), ...table.rows.map((r) => r.map((cell) => cell.text))];
      // Columns padded to the widest cell as it will show (markup removed), header in bold.
      const shown = (cell: string) => cell.replace(/\*\*|`/g, '').length;
      const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => shown(r[i] ?? '')))) ?? [];
      const line = (r: string[], header: boolean) =>
        r.map((cell, i) => (header ? c.bold(cell) : inline(cell, c)) + ' '.repeat((widths[i] ?? 0) - shown(cell))).join('  │  ');
      return rows.map((r, i) => `${indent}${line(r, i === 0).trimEnd()}`).join('\n');
    }
    case 'space':
    case 'hr':
      return '';
    default:
      return wrap(inline(token.raw.trim(), c), width, indent);
  }
}

function inline(text: string, c: Colors): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, (_, s: string) => c.bold(s))
    .replace(/`([^`]+)`/g, (_, s: string) => c.cyan(s))
    .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\*)/g, (_, before: string, s: string) => before + c.italic(s))
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, (_, label: string, url: string) => `${label} (${c.underline(url)})`)
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Wraps to the width, every line indented. */
export function wrap(text: string, width: number, indent: string): string {
  return wrapAnsi(text, Math.max(20, width - indent.length), { hard: true })
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}
