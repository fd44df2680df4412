import { parse as parseYaml } from 'yaml';

export interface FrontMatterSplit {
  data: unknown;
  body: string;
  /** 1-based line where the body starts, so body faults can name a file line. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits `---` YAML front matter from a Markdown body. Throws with a plain message when malformed. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const m = FENCE.exec(text);
  if (!m) throw new Error('the file must start with YAML front matter between two "---" lines');
  const data = parseYaml(m[1] ?? '', { prettyErrors: true, uniqueKeys: true });
  const bodyLine = m[0].split('\n').length + (m[0].endsWith('\n') ? 0 : 1);
  return { data, body: text.slice(m[0].length), bodyLine };
}
