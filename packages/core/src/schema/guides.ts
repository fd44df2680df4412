import { z } from 'zod';
import { Source } from './source.js';
import { EntryId, IsoDate } from './vocab.js';

const shared = {
  title: z.string().min(3).max(120),
  /** One sentence on what the page settles. */
  summary: z.string().min(20).max(300),
  sources: z.array(Source).min(1),
  reviewed: IsoDate,
};

/** Front matter of `content/compare/<a>-vs-<b>.md`. */
export const CompareFrontMatter = z.strictObject({
  /** `compare/<slug>`; the slug is the file name. */
  id: z.string().regex(/^compare\/[A-Za-z0-9_-]+-vs-[A-Za-z0-9_-]+$/, 'a compare id looks like compare/<a>-vs-<b>'),
  /** The entries compared, in the order of the aspect table's columns. */
  compares: z.array(EntryId).min(2),
  /** The rule of thumb, in one line. */
  ruleOfThumb: z.string().min(10).max(300),
  /** Rows of the comparison: one value per compared id, in order. */
  aspects: z.array(z.strictObject({ aspect: z.string(), values: z.array(z.string().min(1)) })).min(2),
  faq: z.array(z.strictObject({ q: z.string().min(5), a: z.string().min(10) })).min(1),
  ...shared,
});
export type CompareFrontMatter = z.infer<typeof CompareFrontMatter>;

/** The H2 sections of a compare guide. */
export const COMPARE_SECTIONS = [
  { key: 'telling', heading: 'How to tell them apart', required: true },
  { key: 'examples', heading: 'Examples', required: true },
  { key: 'notes', heading: 'Notes', required: false },
] as const;

export const CompareGuide = CompareFrontMatter.extend({
  kind: z.literal('compare'),
  path: z.string(),
  sections: z.record(z.string(), z.string()),
});
export type CompareGuide = z.infer<typeof CompareGuide>;

/** Front matter of `content/playbooks/<slug>.md`. */
export const PlaybookFrontMatter = z.strictObject({
  id: z.string().regex(/^playbook\/[a-z0-9-]+$/, 'a playbook id looks like playbook/<slug>'),
  /** The entries this playbook resolves. */
  covers: z.array(EntryId).min(1),
  /** The decision rule, in one or two sentences. */
  decisionRule: z.string().min(10).max(400),
  ...shared,
});
export type PlaybookFrontMatter = z.infer<typeof PlaybookFrontMatter>;

/** The H2 sections of a playbook. */
export const PLAYBOOK_SECTIONS = [
  { key: 'when', heading: 'When to use this', required: true },
  { key: 'steps', heading: 'Steps', required: true },
  { key: 'prevention', heading: 'Prevention', required: false },
] as const;

/** An ordered step: bold title and detail. */
export const Step = z.strictObject({ title: z.string(), detail: z.string() });

export const Playbook = PlaybookFrontMatter.extend({
  kind: z.literal('playbook'),
  path: z.string(),
  sections: z.record(z.string(), z.string()),
  steps: z.array(Step),
});
export type Playbook = z.infer<typeof Playbook>;
