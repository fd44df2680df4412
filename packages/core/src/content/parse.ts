import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  COMPARE_SECTIONS,
  CompareFrontMatter,
  type CompareGuide,
  ENTRY_SECTIONS,
  type Entry,
  EntryFrontMatter,
  type EntrySectionKey,
  type Item,
  PLAYBOOK_SECTIONS,
  type Playbook,
  PlaybookFrontMatter,
  Provider,
} from '../schema/index.js';
import type { Fault } from './fault.js';
import { splitFrontMatter } from './frontmatter.js';
import { citations, listItems, type Section, splitSections } from './markdown.js';

export interface Parsed<T> {
  value?: T;
  faults: Fault[];
}

type SectionSpec = readonly { key: string; heading: string }[];

/** Parses `content/errors/<provider>/<code>.md`. `file` is the path relative to the content root. */
export function parseEntry(text: string, file: string): Parsed<Entry> {
  const head = readFrontMatter(text, file, EntryFrontMatter);
  if (!head.value) return { faults: head.faults };
  const { data, body, bodyLine } = head.value;
  const faults = [...head.faults];
  const found = matchSections(body, bodyLine, file, ENTRY_SECTIONS, faults);
  const sections: Partial<Record<EntrySectionKey, string>> = {};
  for (const [key, section] of found) sections[key as EntrySectionKey] = section.markdown;
  const items = (key: EntrySectionKey): Item[] => {
    const section = found.get(key);
    if (!section) return [];
    return listItems(section).map((it) => ({ title: it.title, detail: it.detail, ...citations(it.detail) }));
  };
  return {
    value: { ...data, kind: 'error', path: file, sections, causes: items('causes'), fixes: items('fixes') },
    faults,
  };
}

/** Parses `content/compare/<slug>.md`. */
export function parseCompare(text: string, file: string): Parsed<CompareGuide> {
  const head = readFrontMatter(text, file, CompareFrontMatter);
  if (!head.value) return { faults: head.faults };
  const { data, body, bodyLine } = head.value;
  const faults = [...head.faults];
  const found = matchSections(body, bodyLine, file, COMPARE_SECTIONS, faults);
  return { value: { ...data, kind: 'compare', path: file, sections: markdownOf(found) }, faults };
}

/** Parses `content/playbooks/<slug>.md`. */
export function parsePlaybook(text: string, file: string): Parsed<Playbook> {
  const head = readFrontMatter(text, file, PlaybookFrontMatter);
  if (!head.value) return { faults: head.faults };
  const { data, body, bodyLine } = head.value;
  const faults = [...head.faults];
  const found = matchSections(body, bodyLine, file, PLAYBOOK_SECTIONS, faults);
  const stepsSection = found.get('steps');
  const steps = stepsSection ? listItems(stepsSection).map(({ title, detail }) => ({ title, detail })) : [];
  return { value: { ...data, kind: 'playbook', path: file, sections: markdownOf(found), steps }, faults };
}

/** Parses `content/providers/<id>.yaml`. */
export function parseProvider(text: string, file: string): Parsed<Provider> {
  let raw: unknown;
  try {
    raw = parseYaml(text, { uniqueKeys: true });
  } catch (err) {
    return { faults: [{ rule: 'front-matter', file, message: `invalid YAML: ${firstLine(err)}` }] };
  }
  return validate(raw, file, Provider, 0);
}

function markdownOf(found: Map<string, Section>): Record<string, string> {
  return Object.fromEntries([...found].map(([key, s]) => [key, s.markdown]));
}

function readFrontMatter<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): Parsed<{ data: z.infer<S>; body: string; bodyLine: number }> {
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(text);
  } catch (err) {
    return { faults: [{ rule: 'front-matter', file, line: 1, message: firstLine(err) }] };
  }
  const checked = validate(split.data, file, schema, 1);
  if (!checked.value) return { faults: checked.faults };
  return { value: { data: checked.value, body: split.body, bodyLine: split.bodyLine }, faults: [] };
}

function validate<S extends z.ZodType>(raw: unknown, file: string, schema: S, line: number): Parsed<z.infer<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { value: result.data, faults: [] };
  return {
    faults: result.error.issues.map((issue) => ({
      rule: 'front-matter',
      file,
      field: issue.path.join('.') || undefined,
      line: line || undefined,
      message: issue.message,
    })),
  };
}

/** Maps known H2 headings to section keys, reporting unknown, duplicate and out-of-order headings. */
function matchSections(body: string, bodyLine: number, file: string, spec: SectionSpec, faults: Fault[]): Map<string, Section> {
  const { preamble, sections } = splitSections(body);
  const found = new Map<string, Section>();
  if (preamble) {
    faults.push({ rule: 'sections', file, line: bodyLine, message: 'text before the first "## " heading; move it under a section' });
  }
  let lastIndex = -1;
  for (const section of sections) {
    const line = bodyLine + section.line - 1;
    const index = spec.findIndex((s) => s.heading.toLowerCase() === section.heading.toLowerCase());
    const known = spec[index];
    if (!known) {
      const allowed = spec.map((s) => `"${s.heading}"`).join(', ');
      faults.push({
        rule: 'sections',
        file,
        line,
        field: section.heading,
        message: `unknown heading "## ${section.heading}"; the headings are ${allowed}`,
      });
      continue;
    }
    if (found.has(known.key)) {
      faults.push({ rule: 'sections', file, line, field: known.heading, message: `"## ${known.heading}" appears twice` });
      continue;
    }
    if (index < lastIndex) {
      faults.push({
        rule: 'sections',
        file,
        line,
        field: known.heading,
        message: `"## ${known.heading}" is out of order; keep the template's order`,
      });
    }
    lastIndex = Math.max(lastIndex, index);
    found.set(known.key, { ...section, line });
  }
  return found;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'unknown error';
}
