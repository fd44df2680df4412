export { type CompactRow, compactSummary, expandSummary, type SummaryFile } from './compact.js';
export { type CatalogLoader, type FullEntries, lazyEntries } from './lazy.js';
export { readSummary, SummaryFormatError, summarize } from './summarize.js';
