export { Search, type SearchOptions, type SearchResult } from './search.js';
export { expandTerms, processTerm, SYNONYMS } from './terms.js';
