export { type DelayOptions, isIdempotent, nextDelay, parseRetryAfter, type RetryAdvice } from '../retry/index.js';
export { type CatalogLoader, type FullEntries, lazyEntries, readSummary, SummaryFormatError } from '../summary/index.js';
export { type AuthAction, type AuthAdvice, authAdvice } from './auth.js';
export { Classifier, type ClassifierOptions } from './classifier.js';
export { USER_MESSAGES, type UserMessageKey } from './messages.js';
export { oauthParamsOf } from './oauth.js';
export type { ClassifyOptions, Decision, InputKind, ReadCode } from './types.js';
