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

/** A story's claims' terms as small ids, in the order they are first met (claim by claim). */
interface TermTable {
  /** Each claim's term ids, in its set's order. */
  termsOf: number[][];
  /** Claims holding each term. */
  df: number[];
}

// The steps below are separate functions on purpose: V8 optimises a hot loop while the first story runs (on-stack
// replacement), and optimised code that runs on into code the run has not met yet bails out there, on every
// story after. One loop per function keeps each loop's optimised code to what it has seen.

function termTable(claims: readonly Claim[]): TermTable {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const termsOf = new Array<number[]>(claims.length);
  for (let i = 0; i < claims.length; i++) termsOf[i] = termIds(claims[i]!.terms, ids, df);
  return { termsOf, df };
}

function termIds(terms: ReadonlySet<string>, ids: Map<string, number>, df: number[]): number[] {
  const mine: number[] = [];
  for (const t of terms) {
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
}

/** Whether each term is used for pairing: in at least two claims and at most `maxPosting`. */
function usableTerms(df: readonly number[], maxPosting: number): Uint8Array {
  const out = new Uint8Array(df.length);
  for (let t = 0; t < df.length; t++) out[t] = df[t]! <= maxPosting && df[t]! >= 2 ? 1 : 0;
  return out;
}

function idfOf(df: readonly number[], n: number): Float64Array {
  const out = new Float64Array(df.length);
  for (let t = 0; t < df.length; t++) out[t] = Math.log(n / df[t]!) + 1;
  return out;
}

/** Each claim's usable term ids, ascending. */
function usableSorted(termsOf: readonly number[][], usable: Uint8Array): Int32Array[] {
  const out = new Array<Int32Array>(termsOf.length);
  for (let i = 0; i < termsOf.length; i++) out[i] = usableOf(termsOf[i]!, usable);
  return out;
}

function usableOf(mine: readonly number[], usable: Uint8Array): Int32Array {
  let k = 0;
  for (let x = 0; x < mine.length; x++) if (usable[mine[x]!]) k++;
  const out = new Int32Array(k);
  k = 0;
  for (let x = 0; x < mine.length; x++) if (usable[mine[x]!]) out[k++] = mine[x]!;
  return out.sort();
}

/** The claims holding each usable term, in claim order. */
function postingsOf(usableTermsOf: readonly Int32Array[], terms: number): number[][] {
  const postings = new Array<number[]>(terms);
  for (let t = 0; t < terms; t++) postings[t] = [];
  for (let i = 0; i < usableTermsOf.length; i++) {
    const mine = usableTermsOf[i]!;
    for (let x = 0; x < mine.length; x++) postings[mine[x]!]!.push(i);
  }
  return postings;
}

/** Each claim's outlet once, as a number, not once per pair it is in. */
function outletIdsOf(claims: readonly Claim[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const k = outletKey(claims[i]!);
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    out[i] = id;
  }
  return out;
}

/** The pairs sharing at least `minShared` usable terms, as `i * n + j` (i < j), with their weights. */
class PairCollector {
  readonly keys: number[] = [];
  readonly weights: number[] = [];
  private readonly shared: Int32Array;
  private readonly weight: Float64Array;
  private readonly touched: Int32Array;
  private count = 0;
  constructor(
    private readonly n: number,
    private readonly postings: readonly number[][],
    private readonly idf: Float64Array,
    private readonly outlets: Int32Array,
    private readonly minShared: number,
  ) {
    this.shared = new Int32Array(n);
    this.weight = new Float64Array(n);
    this.touched = new Int32Array(n);
  }

  /**
   * The partners after claim i that share its usable terms, with the shared terms' count and weight. A pair's
   * weight adds its terms' idf in the order of the terms' ids (the order they were first met), one sum per pair,
   * so the rounding is that of a scan term by term over the whole story.
   */
  claim(i: number, mine: Int32Array): void {
    for (let x = 0; x < mine.length; x++) this.term(i, mine[x]!);
    this.flush(i);
  }

  private term(i: number, t: number): void {
    const list = this.postings[t]!;
    const w = this.idf[t]!;
    const outlet = this.outlets[i]!;
    const { shared, weight, touched, outlets } = this;
    for (let y = list.length - 1; y >= 0; y--) {
      const j = list[y]!;
      if (j <= i) break;
      if (outlet === outlets[j]) continue;
      if (shared[j] === 0) touched[this.count++] = j;
      shared[j]!++;
      weight[j]! += w;
    }
  }

  private flush(i: number): void {
    const { shared, weight, touched } = this;
    for (let k = 0; k < this.count; k++) {
      const j = touched[k]!;
      if (shared[j]! >= this.minShared) {
        this.keys.push(i * this.n + j);
        this.weights.push(weight[j]!);
      }
      shared[j] = 0;
      weight[j] = 0;
    }
    this.count = 0;
  }
}

/** Pair indices by weight, heaviest first, ties by key. */
function pairOrder(keys: readonly number[], weights: readonly number[]): number[] {
  const order = new Array<number>(keys.length);
  for (let k = 0; k < keys.length; k++) order[k] = k;
  return order.sort((a, b) => weights[b]! - weights[a]! || keys[a]! - keys[b]!);
}

/** The pairs taken in order, each claim in at most `perClaim`, at most `maxPairs` in all. */
function takePairs(claims: readonly Claim[], keys: readonly number[], order: readonly number[], opts: CandidateOptions): Array<[Claim, Claim]> {
  const n = claims.length;
  const perClaim = opts.perClaim;
  const maxPairs = opts.maxPairs;
  const taken = new Int32Array(n);
  const out: Array<[Claim, Claim]> = [];
  for (let o = 0; o < order.length; o++) {
    const key = keys[order[o]!]!;
    const i = Math.floor(key / n);
    const j = key % n;
    if (taken[i]! >= perClaim || taken[j]! >= perClaim) continue;
    taken[i]!++;
    taken[j]!++;
    out.push([claims[i]!, claims[j]!]);
    if (out.length >= maxPairs) break;
  }
  return out;
}

export function candidatePairs(claims: readonly Claim[], opts: CandidateOptions = CANDIDATE_DEFAULTS): Array<[Claim, Claim]> {
  const n = claims.length;
  const { termsOf, df } = termTable(claims);
  const usable = usableTerms(df, opts.maxPosting);
  const idf = idfOf(df, n);
  const mine = usableSorted(termsOf, usable);
  const pairs = new PairCollector(n, postingsOf(mine, df.length), idf, outletIdsOf(claims), opts.minShared);
  for (let i = 0; i < n; i++) pairs.claim(i, mine[i]!);
  return takePairs(claims, pairs.keys, pairOrder(pairs.keys, pairs.weights), opts);
}
