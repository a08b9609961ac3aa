/**
 * Story analysis `reuse`: pairs of the story's articles that share wording — wire copy passed on, rewritten,
 * lightly edited. Each article becomes a set of loose word trigrams (see shingles.ts); a pair's `score` is the
 * containment of the shorter article's shingles in the other's (how much of the smaller text the larger one
 * also carries), with shingles of quoted words weighing less, since two outlets quoting one statement verbatim
 * have not copied each other.
 *
 * The denominator counts every shingle at full weight, so a pair whose shared words are all quoted scores at
 * most QUOTED_WEIGHT however short the articles.
 *
 * Near-linear: candidate pairs come from an inverted index of shingles (a pair is scored only when it shares
 * some). A shingle many articles share (a wire copied by dozens of outlets, a stock phrase) cannot tell which of
 * them goes with which: it pairs each article only with the few before it in the story (see candidatePairs), so
 * a story of a thousand copies costs a thousand times a few pairs, not half a million, and each article still
 * finds its best partners among the pairs it shares such shingles in. Extensions:
 * `passages` (the aligned shared stretches, a Mention in each article), `containment` of each side,
 * `verbatim` (the share of the shared shingles lying in passages copied word for word) and `origin` (which
 * article came first, by publication date, when both are dated and differ).
 */
import type { Doc } from '../../model/document.js';
import { mention, type Mention } from '../../outputs/dossier.js';
import { storyAnalysis, type ReusePair, type StoryInput } from '../analysis.js';
import { alignPassages } from './align.js';
import { contentWords, ShingleIds, shingles, type Shingles } from './shingles.js';

/** Shared shingles a pair needs to be reported at all. */
const MIN_SHARED = 2;
/**
 * A shingle in at most this many documents pairs them all; one in more pairs each of its documents with the
 * NEIGHBOURS documents before it that have it too (a stock phrase or a wire that a large story carries everywhere).
 */
const MAX_POSTING = 32;
const NEIGHBOURS = 16;
/** Pairs reported per document at most (its best); keeps a story of hundreds of copies readable. */
const TOP_PER_DOC = 8;

export interface ReusePassage {
  a: Mention;
  b: Mention;
  /** Same words as written on both sides (copied, not rewritten). */
  identical: boolean;
  shared: number;
}

export interface Origin {
  /** The article published first. */
  doc: string;
  by: 'published';
  published: Record<string, string>;
  /** Whether either date was inferred rather than stated. */
  inferred: boolean;
}

export function sharedWeight(A: Shingles, B: Shingles): number {
  const small = A.distinct.length <= B.distinct.length ? A : B;
  const large = small === A ? B : A;
  let w = 0;
  const keys = small.distinct;
  const weights = small.distinctWeight;
  const other = large.index;
  const otherWeight = large.distinctWeight;
  // in the order the smaller article's shingles first occur (the sum's order, to the last bit)
  for (let k = 0; k < keys.length; k++) {
    const d = other.get(keys[k]!);
    if (d !== undefined) w += Math.min(weights[k]!, otherWeight[d]!);
  }
  return w;
}

/** Which of two articles came first by publication date; null when a date is missing or they tie. */
export function originOf(a: Doc, b: Doc): Origin | null {
  const da = a.published?.value;
  const db = b.published?.value;
  if (!da || !db || da.startsWith(db) || db.startsWith(da)) return null;
  return {
    doc: da < db ? a.id : b.id,
    by: 'published',
    published: { [a.id]: da, [b.id]: db },
    inferred: [a, b].some((d) => d.published!.by.startsWith('inferred')),
  };
}

/** Stories up to this many articles count their candidate pairs in one flat table (n² counts) instead of a map. */
const FLAT_PAIRS = 512;

/** Shared shingles of each candidate pair, by pair number x · n + y (x < y, story order). */
function candidatePairs(sets: readonly Shingles[]): Map<number, number> {
  const postings = new Map<number, number[]>();
  sets.forEach((s, d) => {
    for (const key of s.distinct) {
      const list = postings.get(key);
      if (list) list.push(d);
      else postings.set(key, [d]);
    }
  });
  const n = sets.length;
  // a story of forty copies of a wire meets each pair through hundreds of shingles: counted in a flat table, not
  // by a map look-up each time (what the scoring reads of the counts does not depend on the order they come in)
  const flat = n <= FLAT_PAIRS ? new Int32Array(n * n) : null;
  const counts = new Map<number, number>();
  for (const docs of postings.values()) {
    if (docs.length < 2) continue;
    // all pairs of a rare shingle; of a common one, each document with the ones just before it (the pairs a
    // document shares many such shingles in are found through many of them, each listing other neighbours)
    const reach = docs.length > MAX_POSTING ? NEIGHBOURS : docs.length;
    for (let y = 1; y < docs.length; y++) {
      for (let x = Math.max(0, y - reach); x < y; x++) {
        const k = docs[x]! * n + docs[y]!;
        if (flat) flat[k]!++;
        else counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
  }
  if (flat) for (let k = 0; k < flat.length; k++) if (flat[k]) counts.set(k, flat[k]!);
  return counts;
}

/**
 * {@link sharedWeight} of many pairs, each article's shingles laid out once as a table by shingle number (the
 * larger article of each pair is looked up there rather than in its map): the same sums, added in the same order.
 * `pairs`: [x, y] index pairs into `sets`; returns each pair's shared weight.
 */
function sharedWeights(sets: readonly Shingles[], pairs: ReadonlyArray<readonly [number, number]>, ids: number): Float64Array {
  const out = new Float64Array(pairs.length);
  // the larger side of each pair, as sharedWeight picks it (the second on a tie of sizes)
  const largeOf = (x: number, y: number) => (sets[x]!.distinct.length <= sets[y]!.distinct.length ? y : x);
  const byLarge = new Map<number, number[]>();
  pairs.forEach(([x, y], p) => {
    const l = largeOf(x, y);
    const list = byLarge.get(l);
    if (list) list.push(p);
    else byLarge.set(l, [p]);
  });
  // the distinct shingle index + 1 of each shingle number in the article at hand (0: not there)
  const at = new Int32Array(ids);
  for (const [l, list] of byLarge) {
    const large = sets[l]!;
    for (let d = 0; d < large.distinct.length; d++) at[large.distinct[d]!] = d + 1;
    const otherWeight = large.distinctWeight;
    for (const p of list) {
      const [x, y] = pairs[p]!;
      const small = sets[x === l ? y : x]!;
      const keys = small.distinct;
      const weights = small.distinctWeight;
      let w = 0;
      for (let k = 0; k < keys.length; k++) {
        const d = at[keys[k]!]!;
        if (d !== 0) w += Math.min(weights[k]!, otherWeight[d - 1]!);
      }
      out[p] = w;
    }
    for (let d = 0; d < large.distinct.length; d++) at[large.distinct[d]!] = 0;
  }
  return out;
}

export function findReuse(input: Pick<StoryInput, 'docs' | 'entities'>): ReusePair[] {
  const docs = input.docs;
  const ids = new ShingleIds();
  const sets = docs.map((d) => shingles(contentWords(d, input.entities), ids));
  const n = docs.length;
  const pairs: Array<[number, number]> = [];
  for (const [k, count] of candidatePairs(sets)) {
    if (count < MIN_SHARED) continue;
    pairs.push([Math.floor(k / n), k % n]);
  }
  const weights = sharedWeights(sets, pairs, ids.count);
  const scored = pairs.map(([x, y], p) => {
    const shared = weights[p]!;
    return { x, y, shared, score: Math.min(1, shared / Math.min(sets[x]!.distinct.length, sets[y]!.distinct.length)) };
  });
  scored.sort((p, q) => q.score - p.score || p.x - q.x || p.y - q.y);
  // each document's best partners; a pair stays when it is among the best of either of its documents (and only
  // the pairs kept are aligned, the costly step)
  const kept = new Map<number, number>();
  const out: ReusePair[] = [];
  for (const { x, y, shared, score } of scored) {
    const cx = kept.get(x) ?? 0;
    const cy = kept.get(y) ?? 0;
    if (cx >= TOP_PER_DOC && cy >= TOP_PER_DOC) continue;
    kept.set(x, cx + 1);
    kept.set(y, cy + 1);
    out.push(describe(docs[x]!, docs[y]!, sets[x]!, sets[y]!, shared, score));
  }
  return out;
}

function describe(a: Doc, b: Doc, A: Shingles, B: Shingles, shared: number, score: number): ReusePair {
  const passages = alignPassages(A, B);
  const copied = passages.filter((p) => p.identical).reduce((s, p) => s + p.shared, 0);
  const inPassages = passages.reduce((s, p) => s + p.shared, 0);
  return {
    a: a.id,
    b: b.id,
    score: round(score),
    containment: { [a.id]: round(shared / A.distinct.length), [b.id]: round(shared / B.distinct.length) },
    verbatim: inPassages ? round(copied / inPassages) : 0,
    origin: originOf(a, b),
    passages: passages.map(
      (p): ReusePassage => ({
        a: mention(a, { start: A.words[p.a.from]!.start, end: A.words[p.a.to - 1]!.end }),
        b: mention(b, { start: B.words[p.b.from]!.start, end: B.words[p.b.to - 1]!.end }),
        identical: p.identical,
        shared: p.shared,
      }),
    ),
  };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

export const reuse = storyAnalysis({
  name: 'reuse',
  adds: 'reuse',
  needs: [],
  run: (input) => findReuse(input),
});
