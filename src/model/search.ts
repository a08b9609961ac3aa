/**
 * Binary search over what a document keeps in text order (tokens, sentences, mentions): the stages look up the
 * token at an offset many times per document, and a walk from the start would make that quadratic.
 */

/** The first index in `[0, n)` where `ok` holds, for a test that holds from some index on; n when none. */
export function firstIndex(n: number, ok: (x: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the first token starting at or after body offset `at` (tokens are in body order); n when none. */
export function firstTokenFrom(tokens: ReadonlyArray<{ bodyStart: number }>, at: number): number {
  return firstIndex(tokens.length, (x) => tokens[x]!.bodyStart >= at);
}
