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
  const df = new Map<string, number>();
  for (const c of claims) for (const t of c.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const t of c.terms) {
      if (df.get(t)! > opts.maxPosting || df.get(t)! < 2) continue;
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const scores = new Map<number, { shared: number; weight: number }>();
  const n = claims.length;
  // each claim's outlet once, not once per pair it is in
  const outlets = claims.map(outletKey);
  for (const [t, list] of postings) {
    const idf = Math.log(n / df.get(t)!) + 1;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (outlets[i] === outlets[j]) continue;
        const key = i * n + j;
        const s = scores.get(key);
        if (s) {
          s.shared++;
          s.weight += idf;
        } else scores.set(key, { shared: 1, weight: idf });
      }
  }
  const ranked = [...scores]
    .filter(([, s]) => s.shared >= opts.minShared)
    .sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0]);
  const taken = new Array<number>(n).fill(0);
  const out: Array<[Claim, Claim]> = [];
  for (const [key] of ranked) {
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
