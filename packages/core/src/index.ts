/**
 * Errata's public surface: the schema, the catalog and its lookups, and search.
 * Runs in Node and in browsers; nothing here touches the file system.
 */
export { type Candidate, Catalog, keyOf, lookupUrlFor, type UnknownCode } from './catalog/index.js';
export { RULES, runRules } from './check/index.js';
export {
  type AuthAction,
  type AuthAdvice,
  authAdvice,
  Classifier,
  type ClassifierOptions,
  type ClassifyOptions,
  type Decision,
} from './classify/index.js';
export type { Fault } from './content/index.js';
export { parseCompare, parseEntry, parsePlaybook, parseProvider } from './content/index.js';
export { DecodeInputError, type DecodeMatch, type DecodeOptions, Decoder, publicMatch, type TicketContext } from './decode/index.js';
export {
  DiagnoseInputError,
  type DiagnoseOptions,
  DiagnoseReport,
  diagnose,
  renderHtmlReport,
  resolveThresholds,
  toKql,
  Verdict,
} from './diagnose/index.js';
export * from './schema/index.js';
export { Search, type SearchOptions, type SearchResult } from './search/index.js';
