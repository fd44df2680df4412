export type { Fault } from './fault.js';
export { splitFrontMatter } from './frontmatter.js';
export { citations, listItems, splitSections } from './markdown.js';
export { type Parsed, parseCompare, parseEntry, parsePlaybook, parseProvider } from './parse.js';
