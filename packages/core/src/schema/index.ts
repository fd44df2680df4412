export * from './catalog.js';
export * from './entry.js';
export * from './facts.js';
export * from './guides.js';
export * from './provider.js';
export * from './source.js';
export * from './vocab.js';
