export { matcherProblem } from './compile.js';
export type { TicketContext } from './context.js';
export {
  DEFAULT_MAX_LENGTH,
  DecodeInputError,
  type DecodeMatch,
  type DecodeOptions,
  Decoder,
  type DecoderData,
  PUBLIC_MATCH_FIELDS,
  publicMatch,
} from './decode.js';
export { plainView } from './unescape.js';
