import type { Fault } from '../content/fault.js';
import type { CatalogData } from '../schema/index.js';

/** What every rule sees: the whole parsed base and today's date. */
export interface CheckContext {
  data: CatalogData;
  /** YYYY-MM-DD; review dates after it are faults. */
  today: string;
}

/** One invariant of the knowledge base. One rule per module, each with a test beside it. */
export interface Rule {
  name: string;
  description: string;
  check(ctx: CheckContext): Fault[];
}
