import { Classifier } from '../src/classify/index.js';
import { loadContent } from '../src/loader/index.js';
import { summarize } from '../src/summary/index.js';

/** The real content, compiled to summary data in memory (what `errata build` writes to data/summary.json). */
export const summary = summarize(loadContent(new URL('../../../content/', import.meta.url).pathname).data);

/** A classifier on the real summary data, as an app would build it. */
export const classifier = new Classifier(summary);
