/**
 * Cheap candidate pairing: two claims of different outlets are compared only when they share terms, ranked by
 * how distinctive the shared terms are (inverse frequency over the story's claims). The story's own subject is
 * not left out: outlets contradict each other most often on the central claim itself. An inverted index finds
 * the pairs, a term in very many claims is skipped (it would cost the square of its count and says little);
 * each claim keeps its best few partners and the story a bounded number of pairs, so a large story stays cheap.
 */
import type { Claim } from './claims.js';

export interface CandidateOptions {
  /** Distinctive terms two claims must share. */
  minShared: number;
  /** Partners kept per claim, best first. */
  perClaim: number;
  /** Pairs kept per story. */
  maxPairs: number;
  /** A term found in more claims than this is not used for pairing. */
  maxPosting: number;
}

export const CANDIDATE_DEFAULTS: CandidateOptions = { minShared: 2, perClaim: 6, maxPairs: 600, maxPosting: 60 };

/** Outlet of a claim's document; a document without a known outlet stands for itself. */
export function outletKey(c: Claim): string {
  return c.doc.outlet?.value ? `outlet:${c.doc.outlet.value}` : `doc:${c.doc.id}`;
}

export function candidatePairs(claims: readonly Claim[], opts: CandidateOptions = CANDIDATE_DEFAULTS): Array<[Claim, Claim]> {
  const n = claims.length;
  // terms as ids in the order they are first met (claim by claim), with the number of claims holding each
  const ids = new Map<string, number>();
  const df: number[] = [];
  const termsOf: number[][] = claims.map((c) => {
    const mine: number[] = [];
    for (const t of c.terms) {
      let id = ids.get(t);
      if (id === undefined) {
        id = df.length;
        ids.set(t, id);
        df.push(0);
      }
      df[id]!++;
      mine.push(id);
    }
    return mine;
  });
  const usable = (t: number) => df[t]! <= opts.maxPosting && df[t]! >= 2;
  const idf = df.map((d) => Math.log(n / d) + 1);
  // the claims holding each usable term, in claim order
  const postings: number[][] = df.map(() => []);
  termsOf.forEach((mine, i) => {
    for (const t of mine) if (usable(t)) postings[t]!.push(i);
  });
  // each claim's outlet once, as a number, not once per pair it is in
  const outletIds = new Map<string, number>();
  const outlets = claims.map((c) => {
    const k = outletKey(c);
    let id = outletIds.get(k);
    if (id === undefined) outletIds.set(k, (id = outletIds.size));
    return id;
  });
  // pairs claim by claim: the partners after claim i that share its usable terms, with the shared terms' count and
  // weight. A pair's weight adds its terms' idf in the order of the terms' ids (the order they were first met),
  // one sum per pair, so the rounding is that of a scan term by term over the whole story.
  const shared = new Int32Array(n);
  const weight = new Float64Array(n);
  const touched: number[] = [];
  const keys: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    const mine = termsOf[i]!.filter(usable).sort((a, b) => a - b);
    for (const t of mine) {
      const list = postings[t]!;
      const w = idf[t]!;
      for (let y = list.length - 1; y >= 0; y--) {
        const j = list[y]!;
        if (j <= i) break;
        if (outlets[i] === outlets[j]) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]!++;
        weight[j]! += w;
      }
    }
    for (const j of touched) {
      if (shared[j]! >= opts.minShared) {
        keys.push(i * n + j);
        weights.push(weight[j]!);
      }
      shared[j] = 0;
      weight[j] = 0;
    }
    touched.length = 0;
  }
  const order = keys.map((_, k) => k).sort((a, b) => weights[b]! - weights[a]! || keys[a]! - keys[b]!);
  const taken = new Int32Array(n);
  const out: Array<[Claim, Claim]> = [];
  for (const k of order) {
    const key = keys[k]!;
    const i = Math.floor(key / n);
    const j = key % n;
    if (taken[i]! >= opts.perClaim || taken[j]! >= opts.perClaim) continue;
    taken[i]!++;
    taken[j]!++;
    out.push([claims[i]!, claims[j]!]);
    if (out.length >= opts.maxPairs) break;
  }
  return out;
}
