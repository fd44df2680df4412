import { transformerStyleToClass } from '@shikijs/transformers';
import { Marked, type Tokens } from 'marked';
import { bundledLanguages, createHighlighter, type Highlighter } from 'shiki';

/** Languages our examples use; anything else renders as plain text. */
const LANGUAGES = [
  'ts',
  'js',
  'json',
  'python',
  'csharp',
  'java',
  'go',
  'http',
  'bash',
  'powershell',
  'yaml',
  'xml',
  'kusto',
  'ini',
] as const;
const ALIASES: Record<string, string> = {
  typescript: 'ts',
  javascript: 'js',
  sh: 'bash',
  shell: 'bash',
  cs: 'csharp',
  'c#': 'csharp',
  py: 'python',
  ps1: 'powershell',
  pwsh: 'powershell',
  kql: 'kusto',
};

let highlighter: Highlighter | undefined;
/** Token colours become shared classes instead of inline styles: pages stay small. */
const toClasses = transformerStyleToClass({ classPrefix: 'k' });
let marked: Marked | undefined;

/** Markdown to HTML with highlighted code, citation links and field-experience labels. */
export async function renderMarkdown(markdown: string): Promise<string> {
  if (!marked) {
    highlighter = await createHighlighter({
      themes: ['github-light-high-contrast', 'github-dark-high-contrast'],
      langs: LANGUAGES.filter((l) => l in bundledLanguages),
    });
    const h = highlighter;
    marked = new Marked({
      renderer: {
        code({ text, lang }: Tokens.Code) {
          const wanted = ALIASES[lang ?? ''] ?? lang ?? 'text';
          const language = h.getLoadedLanguages().includes(wanted) ? wanted : 'text';
          const html = h.codeToHtml(text, {
            lang: language,
            themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
            defaultColor: false,
            transformers: [toClasses],
          });
          return `<div class="codeblock"><span class="lang">${escapeHtml(lang || 'text')}</span><button type="button" class="copy" hidden>Copy</button>${html}</div>`;
        },
      },
    });
  }
  return decorate(await marked.parse(markdown));
}

/** Turns `[1, 2]` into links to the sources and `[field experience]` into a label, outside code. */
function decorate(html: string): string {
  return html
    .split(/(<pre[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>)/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(
              /\[(\d+(?:,\s*\d+)*)\]/g,
              (_, list: string) =>
                `<sup class="cite">${list
                  .split(',')
                  .map((n) => `<a href="#source-${n.trim()}">${n.trim()}</a>`)
                  .join(', ')}</sup>`,
            )
            .replace(
              /\[field\s+experience\]/gi,
              '<span class="field" title="Backed by the reasoning that follows, not by a document">field experience</span>',
            ),
    )
    .join('');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** CSS for every token class used so far; a page inlines it after rendering its own code blocks. */
export function codeCss(): string {
  return toClasses.getCSS();
}
