import { z } from 'zod';
import { Entry } from './entry.js';
import { CompareGuide, Playbook } from './guides.js';
import { Provider } from './provider.js';

/** The compiled knowledge base: what `errata build` writes and every tool loads. */
export const CatalogData = z.strictObject({
  /** Bumped when the shape changes, so stale build output is rebuilt rather than misread. */
  format: z.literal(1),
  providers: z.array(Provider),
  entries: z.array(Entry),
  compares: z.array(CompareGuide),
  playbooks: z.array(Playbook),
});
export type CatalogData = z.infer<typeof CatalogData>;

export type Document = Entry | CompareGuide | Playbook;
