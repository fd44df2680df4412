import { z } from 'zod';

/** A document a claim rests on. */
export const Source = z.strictObject({
  /** What the reader will find at the URL. */
  title: z.string().min(3),
  /** Where it is; https only. */
  url: z.url({ protocol: /^https$/, error: 'a source URL must be an https:// URL' }),
  /**
   * primary: the vendor's documentation, a specification, or the library's source;
   * secondary: anything else we relied on (issue threads, Q&A where the vendor's staff answer).
   */
  kind: z.enum(['primary', 'secondary']).default('primary'),
});
export type Source = z.infer<typeof Source>;
