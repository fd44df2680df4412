import { z } from 'zod';
import { EntryFrontMatter } from './entry.js';
import { Facts } from './facts.js';
import { Provider } from './provider.js';

/**
 * An error entry cut to what a running app needs to decide (id, title, summary, actor, retry, category)
 * and what the decoder needs to recognise it (code, aliases, number, symbolic name).
 */
export const SummaryEntry = EntryFrontMatter.pick({
  id: true,
  provider: true,
  code: true,
  title: true,
  summary: true,
  aliases: true,
  category: true,
  actor: true,
  retry: true,
}).extend({
  facts: Facts.pick({ number: true, symbolicName: true }),
});
export type SummaryEntry = z.infer<typeof SummaryEntry>;

/** A provider cut to what the decoder needs: its code shape, numeric prefix, lookup URL and matchers. */
export const SummaryProvider = Provider.pick({
  id: true,
  name: true,
  codePattern: true,
  numericPrefix: true,
  lookupUrl: true,
  matchers: true,
});
export type SummaryProvider = z.infer<typeof SummaryProvider>;

/**
 * The small dataset `classify` and `decode` run on in a browser. `errata build` writes it to
 * `data/summary.json` beside the full catalog, leaving out what can be derived (`compactSummary`);
 * `readSummary` restores it. Full entries (causes, fixes, sources) load on demand.
 */
export const SummaryData = z.strictObject({
  /** Bumped when the shape changes, so stale build output is rebuilt rather than misread. */
  format: z.literal(1),
  providers: z.array(SummaryProvider),
  entries: z.array(SummaryEntry),
});
export type SummaryData = z.infer<typeof SummaryData>;
