/**
 * Points found without the events analysis: sentences of different articles that tell the same thing share
 * their distinctive words (names, numbers, the words of the happening), weighted by how rare each is among the
 * story's sentences, so the words every article repeats (العراق، الولايات المتحدة) cannot join two sentences on
 * their own. Clusters hold at most one sentence per article and merge by average linkage, so a chain of loosely
 * similar sentences does not snowball into one point.
 */
import type { Point, Report } from './point.js';
import type { Unit } from './units.js';

/** Cosine two sentences need to be candidates, and the average the members of a merged cluster need. */
const EDGE = 0.22;
const JOIN = 0.2;
/** A term in more sentences than this is compared through its rarer company only (keeps the pairing near-linear). */
const MAX_POSTING = 80;

export interface TermWeights {
  idf: Map<string, number>;
  /** In how many of the story's documents a term occurs, over the number of documents: the story's own topic. */
  spread: Map<string, number>;
}

export function termWeights(units: readonly Unit[], docCount: number): TermWeights {
  const sf = new Map<string, number>();
  const docsOf = new Map<string, Set<number>>();
  for (const u of units) {
    for (const t of u.termSet) {
      sf.set(t, (sf.get(t) ?? 0) + 1);
      const s = docsOf.get(t) ?? new Set<number>();
      s.add(u.docIndex);
      docsOf.set(t, s);
    }
  }
  const n = Math.max(units.length, 2);
  const idf = new Map<string, number>();
  for (const [t, c] of sf) idf.set(t, Math.log(n / c));
  const spread = new Map<string, number>();
  for (const [t, s] of docsOf) spread.set(t, s.size / Math.max(docCount, 1));
  return { idf, spread };
}

type Vec = Map<string, number>;

const vectors = new WeakMap<Unit, Vec>();

/** A sentence's terms weighted by rarity, to unit length (fixed at its first use). */
export function vectorOf(u: Unit, w: TermWeights): ReadonlyMap<string, number> {
  return vector(u, w);
}

function vector(u: Unit, w: TermWeights): Vec {
  const had = vectors.get(u);
  if (had) return had;
  const v: Vec = new Map();
  let norm = 0;
  for (const t of u.termSet) {
    const x = w.idf.get(t) ?? 0;
    if (x <= 0) continue;
    v.set(t, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, x] of v) v.set(t, x / norm);
  vectors.set(u, v);
  return v;
}

/** Cosine of two sentences over their weighted terms. */
export function similarity(a: Unit, b: Unit, w: TermWeights): number {
  // a unit's vector is fixed at its first use, so a pair's cosine is too: the brief asks for the same pairs
  // many times. Kept per ordered pair, since the order decides which vector is walked (and so the rounding).
  let row = pairSims.get(a);
  if (!row) {
    row = new Map();
    pairSims.set(a, row);
  }
  let sim = row.get(b);
  if (sim === undefined) {
    sim = cosine(vector(a, w), vector(b, w));
    row.set(b, sim);
  }
  return sim;
}

const pairSims = new WeakMap<Unit, Map<Unit, number>>();

/** Terms the last two vectors `cosine` compared have in common (a side result, so no object per pair). */
let lastShared = 0;

function cosine(a: Vec, b: Vec): number {
  const small = a.size < b.size ? a : b;
  const large = small === a ? b : a;
  let sim = 0;
  let shared = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y) {
      sim += x * y;
      shared++;
    }
  }
  lastShared = shared;
  return sim;
}

/** Groups the units into points: sentences of different articles telling the same thing, and the rest alone. */
export function clusterPoints(units: readonly Unit[], w: TermWeights): Point[] {
  const vecs = units.map((u) => vector(u, w));
  const postings = new Map<string, number[]>();
  vecs.forEach((v, i) => {
    for (const t of v.keys()) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const sims = new Map<number, number>();
  const key = (i: number, j: number) => (i < j ? i * units.length + j : j * units.length + i);
  const edges: Array<[number, number, number]> = [];
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (units[i]!.docIndex === units[j]!.docIndex || sims.has(key(i, j))) continue;
        const sim = cosine(vecs[i]!, vecs[j]!);
        sims.set(key(i, j), sim);
        if (sim >= EDGE && lastShared >= 2) edges.push([i, j, sim]);
      }
    }
  }
  edges.sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);

  const clusterOf = units.map((_, i) => i);
  const members = new Map<number, number[]>(units.map((_, i) => [i, [i]]));
  // the documents of each cluster, kept as clusters merge rather than gathered again for every edge
  const docsOf = new Map<number, Set<number>>(units.map((u, i) => [i, new Set([u.docIndex])]));
  // a pair's cosine is worked out once, however many joins weigh it
  const simOf = (i: number, j: number) => {
    const k = key(i, j);
    let sim = sims.get(k);
    if (sim === undefined) {
      sim = cosine(vecs[i]!, vecs[j]!);
      sims.set(k, sim);
    }
    return sim;
  };
  for (const [i, j] of edges) {
    const a = clusterOf[i]!;
    const b = clusterOf[j]!;
    if (a === b) continue;
    const ma = members.get(a)!;
    const mb = members.get(b)!;
    const docs = docsOf.get(a)!;
    if (mb.some((k) => docs.has(units[k]!.docIndex))) continue;
    let total = 0;
    for (const x of ma) for (const y of mb) total += simOf(x, y);
    if (total / (ma.length * mb.length) < JOIN) continue;
    for (const k of mb) {
      clusterOf[k] = a;
      ma.push(k);
      docs.add(units[k]!.docIndex);
    }
    members.delete(b);
    docsOf.delete(b);
  }
  return [...members.values()].map((list) => {
    // in how many of the cluster's sentences each term occurs: a sentence shares a term with the others when
    // one more than itself has it
    const count = new Map<string, number>();
    if (list.length > 1) for (const k of list) for (const t of units[k]!.termSet) count.set(t, (count.get(t) ?? 0) + 1);
    return { reports: list.map((k) => reportOf(units[k]!, list.length > 1, count, w)) };
  });
}

/**
 * The part of a sentence that tells the point: the run of segments holding the words it shares with the other
 * reports (segments with little of that weight at either edge are left out); for a sentence alone, all of it.
 * `count` tells in how many sentences of the cluster (this one among them) a term occurs.
 */
function reportOf(unit: Unit, hasOthers: boolean, count: ReadonlyMap<string, number>, w: TermWeights): Report {
  if (!hasOthers) return { unit, focus: [0, unit.tokens.length] };
  const shared = new Set<string>();
  for (const t of unit.termSet) if ((count.get(t) ?? 0) >= 2) shared.add(t);
  const weights = unit.segments.map(([a, b]) => {
    let s = 0;
    for (let k = a; k < b; k++) if (shared.has(unit.terms[k]!)) s += w.idf.get(unit.terms[k]!) ?? 0;
    return s;
  });
  const max = Math.max(...weights);
  if (max <= 0) return { unit, focus: [0, unit.tokens.length] };
  const strong = weights.map((x, i) => (x >= max * 0.3 ? i : -1)).filter((i) => i >= 0);
  return { unit, focus: [unit.segments[strong[0]!]![0], unit.segments[strong[strong.length - 1]!]![1]] };
}
