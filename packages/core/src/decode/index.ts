export { matcherProblem } from './compile.js';
export type { TicketContext } from './context.js';
export { DEFAULT_MAX_LENGTH, DecodeInputError, type DecodeMatch, type DecodeOptions, Decoder } from './decode.js';
export { plainView } from './unescape.js';
