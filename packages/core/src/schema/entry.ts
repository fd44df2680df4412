import { z } from 'zod';
import { Facts } from './facts.js';
import { Source } from './source.js';
import { Actor, Category, Depth, EntryId, IsoDate, Retry } from './vocab.js';

/** The fixed H2 sections of an error entry, in page order. */
export const ENTRY_SECTIONS = [
  { key: 'meaning', heading: 'Meaning' },
  { key: 'causes', heading: 'Common causes' },
  { key: 'fixes', heading: 'How to fix' },
  { key: 'diagnosis', heading: 'Step-by-step diagnosis' },
  { key: 'differences', heading: 'How it differs' },
  { key: 'decisionRules', heading: 'Decision rules' },
  { key: 'examples', heading: 'Implementation examples' },
  { key: 'verify', heading: 'Verify the fix' },
  { key: 'prevention', heading: 'Prevention' },
] as const;
export type EntrySectionKey = (typeof ENTRY_SECTIONS)[number]['key'];

/** Sections that must be lists of `**Title.** detail` items. */
export const ITEM_SECTIONS = ['causes', 'fixes'] as const satisfies readonly EntrySectionKey[];

/** Front matter of `content/errors/<provider>/<code>.md`. */
export const EntryFrontMatter = z.strictObject({
  /** `<provider>/<code>`; must agree with the file path. */
  id: EntryId,
  /** The provider id; the first half of `id`. */
  provider: z.string(),
  /** The canonical code; the second half of `id`. A YAML number (429) is read as its digits. */
  code: z.union([z.string(), z.number().int().nonnegative()]).transform(String),
  /** A short name in plain words ("User declined consent"). */
  title: z.string().min(3).max(90),
  /** One sentence: what happened. */
  summary: z.string().min(20).max(300),
  /** Other spellings and symbolic names a person may type or see in a log. */
  aliases: z.array(z.string().min(1)).default([]),
  category: Category,
  actor: Actor,
  retry: Retry,
  /** Counterparts in other families and close neighbours, by id. */
  related: z.array(EntryId).default([]),
  /** Facts from official tables. */
  facts: Facts.default({}),
  /** What the claims rest on; cite them in the body as [1], [2]. */
  sources: z.array(Source).min(1),
  /** When a person last checked every claim against its sources. */
  reviewed: IsoDate,
  depth: Depth,
});
export type EntryFrontMatter = z.infer<typeof EntryFrontMatter>;

/** A cause or fix: a short bold title, a detail, and what backs it. */
export const Item = z.strictObject({
  title: z.string(),
  detail: z.string(),
  /** 1-based indexes into the entry's `sources`. */
  cites: z.array(z.number().int().positive()),
  /** Marked `[field experience]`: backed by reasoning in the detail rather than a document. */
  fieldExperience: z.boolean(),
});
export type Item = z.infer<typeof Item>;

/** Markdown of each section present, keyed by section. */
export const EntrySections = z.partialRecord(
  z.enum(ENTRY_SECTIONS.map((s) => s.key) as [EntrySectionKey, ...EntrySectionKey[]]),
  z.string(),
);

/** A compiled error entry: front matter, where it came from, and its body. */
export const Entry = EntryFrontMatter.extend({
  kind: z.literal('error'),
  /** The content file, relative to the content root. */
  path: z.string(),
  sections: EntrySections,
  causes: z.array(Item),
  fixes: z.array(Item),
});
export type Entry = z.infer<typeof Entry>;
