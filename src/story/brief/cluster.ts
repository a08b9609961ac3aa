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

/**
 * The story's terms as integer ids (in the order first met), with their idf by id and scratch arrays by id: the
 * brief compares hundreds of sentences pairwise, and over ids a cosine is a walk over typed arrays rather than
 * string lookups in maps. Kept beside the weights they were made from.
 */
interface TermIndex {
  ids: Map<string, number>;
  idf: Float64Array;
  spread: Float64Array;
  /** Each unit's term ids, worked out once. */
  units: WeakMap<Unit, UnitIds>;
  /**
   * Each unit's vector (fixed at its first use). Outlets copying one wire repeat its sentences word for word, so
   * a story holds the same vector many times: units whose weighted terms are the same, in the same order, share
   * one vector (found by a hash of their term ids), and every cosine is worked out once per pair of vectors.
   */
  vectors: WeakMap<Unit, Vec>;
  interned: Map<number, Vec[]>;
  vectorCount: number;
  /** The cosines already worked out between two vectors, by ordered pair. */
  pairSims: WeakMap<Vec, Map<Vec, number>>;
  /** Scratch by term id, all zero between uses: a vector's weights, its terms' positions, counts. */
  dense: Float64Array;
  sums: Float64Array;
  position: Int32Array;
  count: Int32Array;
}

const indexes = new WeakMap<TermWeights, TermIndex>();

function newIndex(ids: Map<string, number>, idf: Float64Array, spread: Float64Array): TermIndex {
  const n = idf.length;
  return {
    ids,
    idf,
    spread,
    units: new WeakMap(),
    vectors: new WeakMap(),
    interned: new Map(),
    vectorCount: 0,
    pairSims: new WeakMap(),
    dense: new Float64Array(n),
    sums: new Float64Array(n),
    position: new Int32Array(n),
    count: new Int32Array(n),
  };
}

/** The index of a set of weights (made here for weights that did not come from {@link termWeights}). */
function indexOf(w: TermWeights): TermIndex {
  let x = indexes.get(w);
  if (!x) {
    const ids = new Map<string, number>();
    const idf = new Float64Array(w.idf.size);
    const spread = new Float64Array(w.idf.size);
    for (const [t, v] of w.idf) {
      idf[ids.size] = v;
      spread[ids.size] = w.spread.get(t) ?? 0;
      ids.set(t, ids.size);
    }
    x = newIndex(ids, idf, spread);
    indexes.set(w, x);
  }
  return x;
}

/** Weights whose maps by term are made when first read (the brief's own parts read the tables by id). */
class LazyWeights implements TermWeights {
  private idfMap: Map<string, number> | null = null;
  private spreadMap: Map<string, number> | null = null;
  constructor(
    private readonly ids: ReadonlyMap<string, number>,
    private readonly idfById: Float64Array,
    private readonly spreadById: Float64Array,
  ) {}
  get idf(): Map<string, number> {
    this.idfMap ??= new Map(Array.from(this.ids, ([t, id]) => [t, this.idfById[id]!]));
    return this.idfMap;
  }
  get spread(): Map<string, number> {
    this.spreadMap ??= new Map(Array.from(this.ids, ([t, id]) => [t, this.spreadById[id]!]));
    return this.spreadMap;
  }
}

export function termWeights(units: readonly Unit[], docCount: number): TermWeights {
  const { ids, setIds } = storyTermIds(units);
  const { sf, docs } = termCounts(units, setIds, ids.size);
  const n = Math.max(units.length, 2);
  const idfById = new Float64Array(ids.size);
  const spreadById = new Float64Array(ids.size);
  for (let id = 0; id < ids.size; id++) {
    idfById[id] = Math.log(n / sf[id]!);
    spreadById[id] = docs[id]! / Math.max(docCount, 1);
  }
  const w = new LazyWeights(ids, idfById, spreadById);
  const x = newIndex(ids, idfById, spreadById);
  for (let k = 0; k < units.length; k++) x.units.set(units[k]!, { set: setIds[k]!, tokens: null });
  indexes.set(w, x);
  return w;
}

/**
 * The story's terms as ids in the order first met in the given order of units (the order of the weights' maps),
 * and each unit's term set as ids. (The loops of the brief's setup are functions of their own: a run compiles
 * each once it is hot, rather than one large body at a time.)
 */
function storyTermIds(units: readonly Unit[]): { ids: Map<string, number>; setIds: Int32Array[] } {
  const ids = new Map<string, number>();
  const setIds: Int32Array[] = new Array(units.length);
  for (let u = 0; u < units.length; u++) {
    const termSet = units[u]!.termSet;
    const mine = new Int32Array(termSet.size);
    let k = 0;
    for (const t of termSet) {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      mine[k++] = id;
    }
    setIds[u] = mine;
  }
  return { ids, setIds };
}

/** In how many units, and in how many documents, each term occurs. */
function termCounts(units: readonly Unit[], setIds: readonly Int32Array[], size: number): { sf: Int32Array; docs: Int32Array } {
  const sf = new Int32Array(size);
  const docs = new Int32Array(size);
  const lastDoc = new Int32Array(size).fill(-1);
  // documents are counted as the units are walked document by document (units of one document come together, as
  // unitsOf gives them; other orders are walked by document first)
  let order: number[] | null = null;
  for (let k = 1; k < units.length && !order; k++)
    if (units[k]!.docIndex < units[k - 1]!.docIndex) order = units.map((_, i) => i).sort((a, b) => units[a]!.docIndex - units[b]!.docIndex || a - b);
  for (let k = 0; k < units.length; k++) {
    const u = order ? order[k]! : k;
    const set = setIds[u]!;
    const doc = units[u]!.docIndex;
    for (let m = 0; m < set.length; m++) {
      const id = set[m]!;
      sf[id]!++;
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        docs[id]!++;
      }
    }
  }
  return { sf, docs };
}

/**
 * A sentence's terms weighted by rarity, to unit length: term ids and weights, in the order of its term set. The
 * weights follow from the ids (each id's idf over the norm summed in that order), so equal ids are an equal
 * vector; `serial` numbers the index's distinct vectors in the order made.
 */
interface Vec {
  ids: Int32Array;
  weights: Float64Array;
  serial: number;
}

function vector(u: Unit, x: TermIndex): Vec {
  const had = x.vectors.get(u);
  if (had) return had;
  // the terms of the set the index knows: any other has no weight
  const set = termIds(u, x).set;
  let size = 0;
  let hash = 0x811c9dc5;
  for (let k = 0; k < set.length; k++)
    if (x.idf[set[k]!]! > 0) {
      size++;
      hash = Math.imul(hash ^ set[k]!, 0x01000193);
    }
  const bucket = x.interned.get(hash);
  if (bucket)
    for (const v of bucket) {
      if (v.ids.length !== size) continue;
      let same = true;
      for (let k = 0, m = 0; k < set.length && same; k++) if (x.idf[set[k]!]! > 0) same = v.ids[m++] === set[k];
      if (same) {
        x.vectors.set(u, v);
        return v;
      }
    }
  const ids = new Int32Array(size);
  const weights = new Float64Array(size);
  let norm = 0;
  let m = 0;
  for (let k = 0; k < set.length; k++) {
    const v = x.idf[set[k]!]!;
    if (v <= 0) continue;
    ids[m] = set[k]!;
    weights[m++] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < size; k++) weights[k] = weights[k]! / norm;
  const vec: Vec = { ids, weights, serial: x.vectorCount++ };
  if (bucket) bucket.push(vec);
  else x.interned.set(hash, [vec]);
  x.vectors.set(u, vec);
  return vec;
}

/**
 * For each unit, the sum of its cosines with the units of the other groups, worked out as the dot product of its
 * vector with the sum of all the vectors less its own group's (`groups[k]` names the group of `units[k]`). The
 * sums are taken unit by unit in the given order and the products in each unit's order, as the maps of a
 * term-by-term reading would.
 */
export function alikeScores(units: readonly Unit[], groups: readonly string[], w: TermWeights): number[] {
  const x = indexOf(w);
  const vecs = units.map((u) => vector(u, x));
  const all = x.sums;
  const own = x.dense;
  for (const v of vecs) for (let k = 0; k < v.ids.length; k++) all[v.ids[k]!] += v.weights[k]!;
  const byGroup = new Map<string, number[]>();
  groups.forEach((g, k) => {
    const list = byGroup.get(g);
    if (list) list.push(k);
    else byGroup.set(g, [k]);
  });
  const scores = new Array<number>(units.length).fill(0);
  for (const list of byGroup.values()) {
    for (const k of list) {
      const v = vecs[k]!;
      for (let m = 0; m < v.ids.length; m++) own[v.ids[m]!] += v.weights[m]!;
    }
    for (const k of list) {
      const v = vecs[k]!;
      let score = 0;
      for (let m = 0; m < v.ids.length; m++) score += v.weights[m]! * (all[v.ids[m]!]! - own[v.ids[m]!]!);
      scores[k] = score;
    }
    for (const k of list) {
      const v = vecs[k]!;
      for (let m = 0; m < v.ids.length; m++) own[v.ids[m]!] = 0;
    }
  }
  for (const v of vecs) for (let k = 0; k < v.ids.length; k++) all[v.ids[k]!] = 0;
  return scores;
}

/** Cosine of two sentences over their weighted terms. */
export function similarity(a: Unit, b: Unit, w: TermWeights): number {
  // a unit's vector is fixed at its first use, so a pair's cosine is too: the brief asks for the same pairs
  // many times. Kept per ordered pair of vectors, since the order decides which vector is walked (and so the
  // rounding); sentences with one vector have one cosine.
  const x = indexOf(w);
  const va = vector(a, x);
  const vb = vector(b, x);
  let row = x.pairSims.get(va);
  if (!row) {
    row = new Map();
    x.pairSims.set(va, row);
  }
  let sim = row.get(vb);
  if (sim === undefined) {
    sim = cosine(va, vb, x);
    row.set(vb, sim);
  }
  return sim;
}

/** Terms the last two vectors `cosine` compared have in common (a side result, so no object per pair). */
let lastShared = 0;

/**
 * Cosine of two vectors: the products summed over the smaller vector's terms in its order (the second vector's
 * when they are as large), which fixes the rounding. The larger is spread over the scratch array by term id.
 */
function cosine(a: Vec, b: Vec, x: TermIndex): number {
  const small = a.ids.length < b.ids.length ? a : b;
  const large = small === a ? b : a;
  const dense = x.dense;
  for (let k = 0; k < large.ids.length; k++) dense[large.ids[k]!] = large.weights[k]!;
  let sim = 0;
  let shared = 0;
  for (let k = 0; k < small.ids.length; k++) {
    const y = dense[small.ids[k]!]!;
    if (y) {
      sim += small.weights[k]! * y;
      shared++;
    }
  }
  for (let k = 0; k < large.ids.length; k++) dense[large.ids[k]!] = 0;
  lastShared = shared;
  return sim;
}

/**
 * {@link cosine} of `a` and `b` when `a` is spread over the scratch arrays (weights in `dense`, positions + 1 in
 * `position`): the same products summed in the same order, without spreading either vector for the pair.
 */
function cosineWithSpread(a: Vec, b: Vec, x: TermIndex, products: Float64Array): number {
  return a.ids.length < b.ids.length ? sumInSpreadOrder(a, b, x, products) : sumInOtherOrder(b, x);
}

/**
 * The products of spread `a` and `b` summed in a's order: the products are put at a's positions in `products`
 * (all zero between calls) and summed from there. What {@link cosine} gives when `a` is the smaller, or when the
 * two are as long and `a` comes second.
 */
function sumInSpreadOrder(a: Vec, b: Vec, x: TermIndex, products: Float64Array): number {
  const position = x.position;
  let sim = 0;
  let shared = 0;
  for (let k = 0; k < b.ids.length; k++) {
    const at = position[b.ids[k]!]!;
    const y = b.weights[k]!;
    if (at && y) {
      products[at - 1] = y;
      shared++;
    }
  }
  if (shared)
    for (let k = 0; k < a.ids.length; k++) {
      const y = products[k]!;
      if (y) {
        sim += a.weights[k]! * y;
        products[k] = 0;
      }
    }
  lastShared = shared;
  return sim;
}

/** The products of the spread vector and `b` summed in b's order. */
function sumInOtherOrder(b: Vec, x: TermIndex): number {
  const dense = x.dense;
  let sim = 0;
  let shared = 0;
  for (let k = 0; k < b.ids.length; k++) {
    const y = dense[b.ids[k]!]!;
    if (y) {
      sim += b.weights[k]! * y;
      shared++;
    }
  }
  lastShared = shared;
  return sim;
}

/**
 * Cosines between the distinct vectors of one story, by ordered pair (the order decides the rounding, see
 * {@link cosine}), for the pairs the scan of shared terms makes candidates; NaN for the others. A square array
 * for a story of a size that allows it, else a map; the array is kept between stories.
 */
const DENSE_PAIRS = 1 << 21;
let pairBuffer = new Float64Array(0);

class GroupSims {
  private readonly dense: Float64Array | null;
  private readonly sparse: Map<number, number> | null;
  constructor(private readonly n: number) {
    const size = n * n;
    if (size <= DENSE_PAIRS) {
      if (pairBuffer.length < size) pairBuffer = new Float64Array(Math.max(size, pairBuffer.length * 2));
      this.dense = pairBuffer.subarray(0, size);
      this.dense.fill(NaN);
      this.sparse = null;
    } else {
      this.dense = null;
      this.sparse = new Map();
    }
  }
  get(a: number, b: number): number {
    return this.dense ? this.dense[a * this.n + b]! : this.sparse!.get(a * this.n + b) ?? NaN;
  }
  set(a: number, b: number, v: number): void {
    if (this.dense) this.dense[a * this.n + b] = v;
    else this.sparse!.set(a * this.n + b, v);
  }
}

/**
 * The distinct vectors of a story's units ("groups"), numbered in the order of their first unit: the group of
 * each unit, each group's vector, and the units of each group in order (`units[from[g]]` to `units[from[g + 1]]`).
 */
interface Groups {
  of: Int32Array;
  vecs: Vec[];
  from: Int32Array;
  units: Int32Array;
}

function groupsOf(vecs: readonly Vec[], x: TermIndex): Groups {
  const n = vecs.length;
  const bySerial = new Int32Array(x.vectorCount).fill(-1);
  const of = new Int32Array(n);
  const groupVecs: Vec[] = [];
  const size: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = vecs[i]!;
    let g = bySerial[v.serial]!;
    if (g < 0) {
      bySerial[v.serial] = g = groupVecs.length;
      groupVecs.push(v);
      size.push(0);
    }
    of[i] = g;
    size[g]!++;
  }
  const G = groupVecs.length;
  const from = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) from[g + 1] = from[g]! + size[g]!;
  const fill = from.slice(0, G);
  const units = new Int32Array(n);
  for (let i = 0; i < n; i++) units[fill[of[i]!]!++] = i;
  return { of, vecs: groupVecs, from, units };
}

/**
 * The candidate pairs of groups and their cosines. Two units of different articles are candidates when they
 * share a term no more common than MAX_POSTING (counted in units), which depends on their vectors alone: the
 * candidate pairs of vectors are found once and each cosine worked out once per pair of vectors, with the vector
 * of the lower unit first as a scan of the units would (both orders are kept: either can be the lower). Pairs
 * sharing two terms or more are listed (they can make edges).
 */
function candidateGroups(groups: Groups, x: TermIndex): { sims: GroupSims; candI: number[]; candJ: number[] } {
  const { vecs, from: groupFrom } = groups;
  const G = vecs.length;
  // how many units hold each term, and the groups holding each term, in group order
  const T = x.idf.length;
  const unitDf = new Int32Array(T);
  const df = new Int32Array(T + 1);
  for (let g = 0; g < G; g++) {
    const v = vecs[g]!;
    const size = groupFrom[g + 1]! - groupFrom[g]!;
    for (let k = 0; k < v.ids.length; k++) {
      unitDf[v.ids[k]!] += size;
      df[v.ids[k]! + 1]!++;
    }
  }
  const from = new Int32Array(T + 1);
  for (let t = 0; t < T; t++) from[t + 1] = from[t]! + df[t + 1]!;
  const fill = from.slice(0, T);
  const postings = new Int32Array(from[T]!);
  for (let g = 0; g < G; g++) {
    const v = vecs[g]!;
    for (let k = 0; k < v.ids.length; k++) postings[fill[v.ids[k]!]!++] = g;
  }
  const sims = new GroupSims(G);
  const candI: number[] = [];
  const candJ: number[] = [];
  const seen = new Int32Array(G);
  let longest = 0;
  for (const v of vecs) longest = Math.max(longest, v.ids.length);
  const products = new Float64Array(longest);
  const partners: number[] = [];
  for (let g = 0; g < G; g++) {
    const vg = vecs[g]!;
    const alone = groupFrom[g + 1]! - groupFrom[g]! < 2;
    for (let k = 0; k < vg.ids.length; k++) {
      const t = vg.ids[k]!;
      if (unitDf[t]! < 2 || unitDf[t]! > MAX_POSTING) continue;
      for (let p = from[t + 1]! - 1; p >= from[t]!; p--) {
        const h = postings[p]!;
        if (h < g) break;
        // a vector pairs with itself where two units share it
        if (seen[h] === g + 1 || (h === g && alone)) continue;
        seen[h] = g + 1;
        partners.push(h);
      }
    }
    // vector g spread over the scratch arrays once for all its partners
    for (let k = 0; k < vg.ids.length; k++) {
      x.dense[vg.ids[k]!] = vg.weights[k]!;
      x.position[vg.ids[k]!] = k + 1;
    }
    for (let q = 0; q < partners.length; q++) {
      const h = partners[q]!;
      const vh = vecs[h]!;
      const sim = cosineWithSpread(vg, vh, x, products);
      sims.set(g, h, sim);
      if (lastShared >= 2) {
        candI.push(g);
        candJ.push(h);
      }
      // the other order sums over the other vector only when the two are as long
      if (h !== g) sims.set(h, g, vg.ids.length === vh.ids.length ? sumInSpreadOrder(vg, vh, x, products) : sim);
    }
    partners.length = 0;
    for (let k = 0; k < vg.ids.length; k++) {
      x.dense[vg.ids[k]!] = 0;
      x.position[vg.ids[k]!] = 0;
    }
  }
  return { sims, candI, candJ };
}

/** Edges: unit pairs of different articles, sharing two terms or more, close enough to be joined; strongest first. */
interface Edges {
  i: number[];
  j: number[];
  order: number[];
}

function edgesOf(groups: Groups, docOf: Int32Array, sims: GroupSims, candI: readonly number[], candJ: readonly number[]): Edges {
  const { of, from, units } = groups;
  const edgeI: number[] = [];
  const edgeJ: number[] = [];
  const edgeSim: number[] = [];
  for (let c = 0; c < candI.length; c++) {
    const g = candI[c]!;
    const h = candJ[c]!;
    if (Math.max(sims.get(g, h), sims.get(h, g)) < EDGE) continue;
    for (let p = from[g]!; p < from[g + 1]!; p++) {
      const i = units[p]!;
      for (let q = h === g ? p + 1 : from[h]!; q < from[h + 1]!; q++) {
        const j = units[q]!;
        if (docOf[i] === docOf[j]) continue;
        const lo = i < j ? i : j;
        const hi = i < j ? j : i;
        const sim = sims.get(of[lo]!, of[hi]!);
        if (sim < EDGE) continue;
        edgeI.push(lo);
        edgeJ.push(hi);
        edgeSim.push(sim);
      }
    }
  }
  // (sorted by a function of its own: a loop's optimised code must not reach code the run has not met yet)
  return { i: edgeI, j: edgeJ, order: strongestFirst(edgeI, edgeJ, edgeSim) };
}

function strongestFirst(edgeI: readonly number[], edgeJ: readonly number[], edgeSim: readonly number[]): number[] {
  return edgeI.map((_, e) => e).sort((p, q) => edgeSim[q]! - edgeSim[p]! || edgeI[p]! - edgeI[q]! || edgeJ[p]! - edgeJ[q]!);
}

/**
 * Clusters merged edge by edge, strongest first: two clusters join when they hold no two sentences of one article
 * and their members' cosines average JOIN or more. The members of each standing cluster by its first unit
 * (undefined for a unit alone), or null where the cluster was merged into another.
 */
function joinClusters(vecs: readonly Vec[], groupOf: Int32Array, docOf: Int32Array, sims: GroupSims, edges: Edges, x: TermIndex): Array<number[] | undefined | null> {
  const n = vecs.length;
  // cosines of unit pairs that are no candidates, worked out when a join first weighs them (in that order)
  const others = new Map<number, number>();
  const simOf = (i: number, j: number): number => {
    const lo = i < j ? i : j;
    const hi = i < j ? j : i;
    const sim = sims.get(groupOf[lo]!, groupOf[hi]!);
    if (sim === sim) return sim;
    let other = others.get(lo * n + hi);
    if (other === undefined) others.set(lo * n + hi, (other = cosine(vecs[i]!, vecs[j]!, x)));
    return other;
  };
  const clusterOf = Int32Array.from(vecs, (_, i) => i);
  const members: Array<number[] | undefined | null> = new Array(n);
  // documents of a cluster are marked (with the edge's number) to test the other cluster's against them
  let docCount = 0;
  for (let i = 0; i < n; i++) docCount = Math.max(docCount, docOf[i]! + 1);
  const docMark = new Int32Array(docCount);
  const { order } = edges;
  for (let e = 0; e < order.length; e++) {
    const a = clusterOf[edges.i[order[e]!]!]!;
    const b = clusterOf[edges.j[order[e]!]!]!;
    if (a === b) continue;
    const ma = (members[a] ??= [a]);
    const mb = members[b] ?? [b];
    // one sentence per article in a cluster
    for (let k = 0; k < ma.length; k++) docMark[docOf[ma[k]!]!] = e + 1;
    let clash = false;
    for (let k = 0; k < mb.length && !clash; k++) clash = docMark[docOf[mb[k]!]!] === e + 1;
    if (clash) continue;
    let total = 0;
    for (let p = 0; p < ma.length; p++) for (let q = 0; q < mb.length; q++) total += simOf(ma[p]!, mb[q]!);
    if (total / (ma.length * mb.length) < JOIN) continue;
    for (let k = 0; k < mb.length; k++) {
      clusterOf[mb[k]!] = a;
      ma.push(mb[k]!);
    }
    members[b] = null;
  }
  return members;
}

/** Groups the units into points: sentences of different articles telling the same thing, and the rest alone. */
export function clusterPoints(units: readonly Unit[], w: TermWeights): Point[] {
  const x = indexOf(w);
  const vecs = units.map((u) => vector(u, x));
  const docOf = Int32Array.from(units, (u) => u.docIndex);
  const groups = groupsOf(vecs, x);
  const { sims, candI, candJ } = candidateGroups(groups, x);
  const members = joinClusters(vecs, groups.of, docOf, sims, edgesOf(groups, docOf, sims, candI, candJ), x);
  return pointsOf(units, members, x);
}

function pointsOf(units: readonly Unit[], members: ReadonlyArray<number[] | undefined | null>, x: TermIndex): Point[] {
  const out: Point[] = [];
  const count = x.count;
  for (let c = 0; c < units.length; c++) {
    const list = members[c];
    if (list === null) continue;
    if (!list || list.length === 1) {
      out.push({ reports: [{ unit: units[c]!, focus: [0, units[c]!.tokens.length] }] });
      continue;
    }
    // in how many of the cluster's sentences each term occurs: a sentence shares a term with the others when
    // one more than itself has it
    for (const k of list) {
      const set = termIds(units[k]!, x).set;
      for (let m = 0; m < set.length; m++) count[set[m]!]!++;
    }
    out.push({ reports: list.map((k) => reportOf(units[k]!, x)) });
    for (const k of list) {
      const set = termIds(units[k]!, x).set;
      for (let m = 0; m < set.length; m++) count[set[m]!] = 0;
    }
  }
  return out;
}

/** A unit's terms as ids: its term set's (the terms the index knows), and each token's (-1 for none). */
interface UnitIds {
  set: Int32Array;
  tokens: Int32Array | null;
}

function termIds(u: Unit, x: TermIndex): UnitIds {
  let ids = x.units.get(u);
  if (!ids) {
    const set: number[] = [];
    for (const t of u.termSet) {
      const id = x.ids.get(t);
      if (id !== undefined) set.push(id);
    }
    ids = { set: Int32Array.from(set), tokens: null };
    x.units.set(u, ids);
  }
  return ids;
}

function tokenIds(u: Unit, x: TermIndex): Int32Array {
  const ids = termIds(u, x);
  if (!ids.tokens) {
    const tokens = new Int32Array(u.terms.length);
    for (let k = 0; k < u.terms.length; k++) {
      const t = u.terms[k]!;
      tokens[k] = t ? x.ids.get(t) ?? -1 : -1;
    }
    ids.tokens = tokens;
  }
  return ids.tokens;
}

/**
 * The story's terms as the brief's other parts read them, by id: a unit's term set and its tokens' terms as ids,
 * and the idf and spread of each id (what `idf` and `spread` of the weights give by term).
 */
export interface TermTable {
  size: number;
  idf: Float64Array;
  spread: Float64Array;
  setOf(u: Unit): Int32Array;
  tokensOf(u: Unit): Int32Array;
}

export function termTable(w: TermWeights): TermTable {
  const x = indexOf(w);
  return { size: x.idf.length, idf: x.idf, spread: x.spread, setOf: (u) => termIds(u, x).set, tokensOf: (u) => tokenIds(u, x) };
}

/**
 * The part of a sentence that tells the point: the run of segments holding the words it shares with the other
 * reports (segments with little of that weight at either edge are left out); for a sentence alone, all of it.
 * `count` tells in how many sentences of the cluster (this one among them) a term occurs.
 */
function reportOf(unit: Unit, x: TermIndex): Report {
  const ids = tokenIds(unit, x);
  const weights = unit.segments.map(([a, b]) => {
    let s = 0;
    for (let k = a; k < b; k++) {
      const id = ids[k]!;
      if (id >= 0 && x.count[id]! >= 2) s += x.idf[id]!;
    }
    return s;
  });
  const max = Math.max(...weights);
  if (max <= 0) return { unit, focus: [0, unit.tokens.length] };
  const strong = weights.map((x, i) => (x >= max * 0.3 ? i : -1)).filter((i) => i >= 0);
  return { unit, focus: [unit.segments[strong[0]!]![0], unit.segments[strong[strong.length - 1]!]![1]] };
}
