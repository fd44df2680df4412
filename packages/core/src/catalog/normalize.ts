/** Folds case, width and separators so `DEADLINE_EXCEEDED`, `DeadlineExceeded` and `deadline-exceeded` meet. */
export function keyOf(text: string): string {
  // NFKC only when there is something outside ASCII to fold (full-width digits, ligatures): the decoder calls this per code.
  const folded = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  return folded.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const NON_ASCII = /[^\p{ASCII}]/u;

/** Words that wrap a code in how people write it ("code = 4", "status 503", "error: ..."). */
export const FILLER_WORDS = new Set(['code', 'codes', 'status', 'statuscode', 'error', 'errorcode', 'err', 'rpc', 'the']);

/** Splits a query into its words, cutting at spaces, punctuation and the dots of `StatusCode.UNAVAILABLE`. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[\s=:,;()[\]{}"'`<>|.!?/\\]+/)
    .filter(Boolean);
}
