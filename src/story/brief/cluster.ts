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
  /** Each unit's vector (fixed at its first use) and the cosines already worked out between two units. */
  vectors: WeakMap<Unit, Vec>;
  pairSims: WeakMap<Unit, Map<Unit, number>>;
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
  const ids = new Map<string, number>();
  const sf: number[] = [];
  // documents of each term, counted as the units are walked document by document (units of one document come
  // together, as unitsOf gives them; other orders are walked by document first)
  const docs: number[] = [];
  const lastDoc: number[] = [];
  let ordered = units;
  for (let k = 1; k < units.length; k++)
    if (units[k]!.docIndex < units[k - 1]!.docIndex) {
      ordered = [...units].sort((a, b) => a.docIndex - b.docIndex);
      break;
    }
  // ids in the order terms are first met in the given order of units, which is the order of the maps below
  const setIds = units.map((u) => {
    const mine = new Int32Array(u.termSet.size);
    let k = 0;
    for (const t of u.termSet) {
      let id = ids.get(t);
      if (id === undefined) {
        id = sf.length;
        ids.set(t, id);
        sf.push(0);
        docs.push(0);
        lastDoc.push(-1);
      }
      mine[k++] = id;
    }
    return mine;
  });
  for (const u of ordered) {
    for (const t of u.termSet) {
      const id = ids.get(t)!;
      sf[id]!++;
      if (lastDoc[id] !== u.docIndex) {
        lastDoc[id] = u.docIndex;
        docs[id]!++;
      }
    }
  }
  const n = Math.max(units.length, 2);
  const idfById = new Float64Array(sf.length);
  const spreadById = new Float64Array(sf.length);
  for (let id = 0; id < sf.length; id++) {
    idfById[id] = Math.log(n / sf[id]!);
    spreadById[id] = docs[id]! / Math.max(docCount, 1);
  }
  const w = new LazyWeights(ids, idfById, spreadById);
  const x = newIndex(ids, idfById, spreadById);
  units.forEach((u, k) => x.units.set(u, { set: setIds[k]!, tokens: null }));
  indexes.set(w, x);
  return w;
}

/** A sentence's terms weighted by rarity, to unit length: term ids and weights, in the order of its term set. */
interface Vec {
  ids: Int32Array;
  weights: Float64Array;
}

function vector(u: Unit, x: TermIndex): Vec {
  const had = x.vectors.get(u);
  if (had) return had;
  // the terms of the set the index knows: any other has no weight
  const set = termIds(u, x).set;
  let size = 0;
  for (let k = 0; k < set.length; k++) if (x.idf[set[k]!]! > 0) size++;
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
  const vec: Vec = { ids, weights };
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
  // many times. Kept per ordered pair, since the order decides which vector is walked (and so the rounding).
  const x = indexOf(w);
  let row = x.pairSims.get(a);
  if (!row) {
    row = new Map();
    x.pairSims.set(a, row);
  }
  let sim = row.get(b);
  if (sim === undefined) {
    sim = cosine(vector(a, x), vector(b, x), x);
    row.set(b, sim);
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
 * `position`): the same products summed in the same order, without spreading either vector for the pair. When
 * `a` is the smaller, the products are put at a's positions in `products` (all zero between calls) and summed in
 * a's order.
 */
function cosineWithSpread(a: Vec, b: Vec, x: TermIndex, products: Float64Array): number {
  const dense = x.dense;
  let sim = 0;
  let shared = 0;
  if (a.ids.length < b.ids.length) {
    const position = x.position;
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
  } else {
    for (let k = 0; k < b.ids.length; k++) {
      const y = dense[b.ids[k]!]!;
      if (y) {
        sim += b.weights[k]! * y;
        shared++;
      }
    }
  }
  lastShared = shared;
  return sim;
}

/**
 * Cosines between the units of one story, by unordered pair, as first worked out (the order of the first
 * computation fixes the rounding of the pair for good). A triangular array for a story of a size that allows it,
 * else a map; the array is kept between stories.
 */
const DENSE_PAIRS = 1 << 21;
let pairBuffer = new Float64Array(0);

class PairSims {
  private readonly dense: Float64Array | null;
  private readonly sparse: Map<number, number> | null;
  constructor(private readonly n: number) {
    const size = (n * (n - 1)) / 2;
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
  private slot(i: number, j: number): number {
    const a = i < j ? i : j;
    const b = i < j ? j : i;
    return this.dense ? (a * (2 * this.n - a - 1)) / 2 + (b - a - 1) : a * this.n + b;
  }
  get(i: number, j: number): number | undefined {
    const k = this.slot(i, j);
    const v = this.dense ? this.dense[k]! : this.sparse!.get(k);
    return v === undefined || Number.isNaN(v) ? undefined : v;
  }
  set(i: number, j: number, v: number): void {
    const k = this.slot(i, j);
    if (this.dense) this.dense[k] = v;
    else this.sparse!.set(k, v);
  }
}

/** Groups the units into points: sentences of different articles telling the same thing, and the rest alone. */
export function clusterPoints(units: readonly Unit[], w: TermWeights): Point[] {
  const x = indexOf(w);
  const n = units.length;
  const vecs = units.map((u) => vector(u, x));
  // postings by term id, each in unit order
  const T = x.idf.length;
  const df = new Int32Array(T + 1);
  for (const v of vecs) for (let k = 0; k < v.ids.length; k++) df[v.ids[k]! + 1]!++;
  const from = new Int32Array(T + 1);
  for (let t = 0; t < T; t++) from[t + 1] = from[t]! + df[t + 1]!;
  const fill = from.slice(0, T);
  const postings = new Int32Array(from[T]!);
  vecs.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) postings[fill[v.ids[k]!]!++] = i;
  });
  const sims = new PairSims(n);
  const docOf = Int32Array.from(units, (u) => u.docIndex);
  // the pairs of units of different articles that share a term no more common than MAX_POSTING: each once,
  // worked out with the lower index first as a scan of the postings would
  const edgeI: number[] = [];
  const edgeJ: number[] = [];
  const edgeSim: number[] = [];
  const seen = new Int32Array(n);
  let longest = 0;
  for (const v of vecs) longest = Math.max(longest, v.ids.length);
  const products = new Float64Array(longest);
  const partners: number[] = [];
  for (let i = 0; i < n; i++) {
    const vi = vecs[i]!;
    for (let k = 0; k < vi.ids.length; k++) {
      const t = vi.ids[k]!;
      const a = from[t]!;
      const b = from[t + 1]!;
      if (b - a < 2 || b - a > MAX_POSTING) continue;
      for (let p = b - 1; p >= a; p--) {
        const j = postings[p]!;
        if (j <= i) break;
        if (seen[j] === i + 1 || docOf[j] === docOf[i]) continue;
        seen[j] = i + 1;
        partners.push(j);
      }
    }
    // unit i spread over the scratch arrays once for all its partners
    for (let k = 0; k < vi.ids.length; k++) {
      x.dense[vi.ids[k]!] = vi.weights[k]!;
      x.position[vi.ids[k]!] = k + 1;
    }
    for (let q = 0; q < partners.length; q++) {
      const j = partners[q]!;
      const sim = cosineWithSpread(vi, vecs[j]!, x, products);
      sims.set(i, j, sim);
      if (sim >= EDGE && lastShared >= 2) {
        edgeI.push(i);
        edgeJ.push(j);
        edgeSim.push(sim);
      }
    }
    partners.length = 0;
    for (let k = 0; k < vi.ids.length; k++) {
      x.dense[vi.ids[k]!] = 0;
      x.position[vi.ids[k]!] = 0;
    }
  }
  const edges = edgeI.map((_, e) => e).sort((p, q) => edgeSim[q]! - edgeSim[p]! || edgeI[p]! - edgeI[q]! || edgeJ[p]! - edgeJ[q]!);

  const clusterOf = Int32Array.from(units, (_, i) => i);
  // members of each cluster (a unit alone until its first merge has none listed), and whether it still stands
  const members: Array<number[] | undefined> = new Array(n);
  const alive = new Uint8Array(n).fill(1);
  // documents of a cluster are marked (with the edge's number) to test the other cluster's against them
  let docCount = 0;
  for (let i = 0; i < n; i++) docCount = Math.max(docCount, docOf[i]! + 1);
  const docMark = new Int32Array(docCount);
  for (let e = 0; e < edges.length; e++) {
    const a = clusterOf[edgeI[edges[e]!]!]!;
    const b = clusterOf[edgeJ[edges[e]!]!]!;
    if (a === b) continue;
    const ma = (members[a] ??= [a]);
    const mb = members[b] ?? [b];
    // one sentence per article in a cluster
    for (let k = 0; k < ma.length; k++) docMark[docOf[ma[k]!]!] = e + 1;
    let clash = false;
    for (let k = 0; k < mb.length && !clash; k++) clash = docMark[docOf[mb[k]!]!] === e + 1;
    if (clash) continue;
    // a pair's cosine is worked out once, however many joins weigh it
    let total = 0;
    for (let p = 0; p < ma.length; p++)
      for (let q = 0; q < mb.length; q++) {
        const i = ma[p]!;
        const j = mb[q]!;
        let sim = sims.get(i, j);
        if (sim === undefined) {
          sim = cosine(vecs[i]!, vecs[j]!, x);
          sims.set(i, j, sim);
        }
        total += sim;
      }
    if (total / (ma.length * mb.length) < JOIN) continue;
    for (let k = 0; k < mb.length; k++) {
      clusterOf[mb[k]!] = a;
      ma.push(mb[k]!);
    }
    members[b] = undefined;
    alive[b] = 0;
  }
  const out: Point[] = [];
  const count = x.count;
  for (let c = 0; c < n; c++) {
    if (!alive[c]) continue;
    const list = members[c];
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
