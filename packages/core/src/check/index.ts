import type { Fault } from '../content/fault.js';
import type { CheckContext, Rule } from './rule.js';
import { aliasCollisions } from './rules/alias-collisions.js';
import { citationsRule } from './rules/citations.js';
import { guideShape } from './rules/guide-shape.js';
import { matchersSafe } from './rules/matchers-safe.js';
import { noEmptySections } from './rules/no-empty-sections.js';
import { pathMatchesId } from './rules/path-matches-id.js';
import { providerKnown } from './rules/provider-known.js';
import { referencesResolve } from './rules/references-resolve.js';
import { requiredSections } from './rules/required-sections.js';
import { reviewedDate } from './rules/reviewed-date.js';
import { uniqueIds } from './rules/unique-ids.js';

export type { CheckContext, Rule } from './rule.js';
export { type StaleDocument, staleDocuments } from './stale.js';

/** Every rule `errata check` runs, in the order their faults are listed. */
export const RULES: readonly Rule[] = [
  uniqueIds,
  pathMatchesId,
  providerKnown,
  requiredSections,
  noEmptySections,
  citationsRule,
  referencesResolve,
  aliasCollisions,
  guideShape,
  matchersSafe,
  reviewedDate,
];

/** Runs every rule over a parsed base. Parse faults come from the loader; these are the whole-base invariants. */
export function runRules(ctx: CheckContext, rules: readonly Rule[] = RULES): Fault[] {
  return rules.flatMap((rule) => rule.check(ctx));
}
