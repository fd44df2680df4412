export { Catalog, lookupUrlFor, type UnknownCode } from './catalog.js';
export type { Candidate, MatchKind } from './lookup.js';
export { keyOf } from './normalize.js';
