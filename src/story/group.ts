/**
 * Groups a run's documents into stories: articles about the same matter share distinctive wording (names,
 * places, the words of the matter itself), weighted by how rare each term is across the run, so one shared place
 * name (بغداد) is not enough to join two stories, while rewrites of a wire story and each outlet's own take are.
 *
 * It must stay near-linear (a newsroom backfills years of archives): documents are compared only when they share
 * one of their most distinctive terms (an inverted index over each document's top terms, skipping terms too
 * common to discriminate), and clusters merge along those edges, strongest first, when the average similarity
 * of all their members' pairs is high enough (average linkage: a cluster joins another as a whole, not through its
 * one closest member, so a chain of loosely related articles does not snowball into one story). The average is
 * exact and cheap: it is the dot product of the two clusters' summed vectors over the product of their sizes.
 */
import type { Doc } from '../model/document.js';
import { matchingTermOf, matchingTerms } from '../language/terms.js';
import { isDictionaryWord } from '../ner/known-words.js';
import { knownWords } from '../ner/known-words-file.js';
import { skeleton } from '../stages/entities/keys.js';
import { fold as foldVariant, gazetteer } from '../knowledge/gazetteer/index.js';

export interface StoryGroup {
  id: string;
  title: string | null;
  documents: string[];
}

/** Average pairwise similarity two clusters need to merge. */
const JOIN = 0.1;
/** A pair is a candidate only when this similar. */
const EDGE = 0.08;
/** Terms per document used to find candidates. */
const TOP_TERMS = 24;
/** How many neighbours in a term's posting list each document is compared with. */
const WINDOW = 16;

/** A document's terms as ids in ascending order with their weights (unit length): a dot product is one merge. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}
/** A cluster's summed vectors, by term id. */
type Centroid = Map<number, number>;

const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const KEYS = new Map<string, string>();

/**
 * The key a term is counted under. A long word no general dictionary lists is most often a transliterated name,
 * which outlets spell each their own way (هوكستين، هوكستاين، هوكشتاين): as the most distinctive word of each
 * article, a different spelling per outlet would weigh against their being one story. Such a word counts as its
 * consonant skeleton (entities/keys.ts, with ش read as س: German sch and s); every other term as itself.
 */
function groupingKey(term: string): string {
  const country = countryKeys().get(foldVariant(term));
  if (country !== undefined) return country;
  if (term.length < 6 || !ARABIC_WORD.test(term)) return term;
  let key = KEYS.get(term);
  if (key === undefined) {
    key = isDictionaryWord(knownWords(), term, []) ? term : `~${skeleton(term).replace(/ش/g, 'س')}`;
    if (KEYS.size > 200_000) KEYS.clear();
    KEYS.set(term, key);
  }
  return key;
}

let COUNTRY_KEYS: Map<string, string> | null = null;

/**
 * A country's one-word name and its nationality adjective as one term (الأردن، الأردني، الأردنيين → @jo): one
 * outlet writes the country (زيارة إلى سوريا) where another writes its adjective (الرئيس السوري), and in a short
 * article those few words are much of what it shares with the other's. An adjective that is also a person's
 * name in the gazetteer (السوداني) stays a word of its own: the man is not Sudan.
 */
function countryKeys(): Map<string, string> {
  if (COUNTRY_KEYS) return COUNTRY_KEYS;
  const gaz = gazetteer();
  const personTerms = new Set<string>();
  for (const w of gaz.personWords) {
    const t = matchingTermOf(w);
    if (t) personTerms.add(foldVariant(t));
  }
  const keys = new Map<string, string>();
  const add = (word: string, id: string) => {
    const t = matchingTermOf(word);
    if (t && !personTerms.has(foldVariant(t))) keys.set(foldVariant(t), `@${id}`);
  };
  for (const [form, id] of gaz.nisba) add(form, id);
  for (const e of gaz.entries.values()) if (e.kind === 'country' && !e.name.includes(' ')) add(e.name, e.id);
  return (COUNTRY_KEYS = keys);
}

function termVectors(docs: readonly Doc[]): { vectors: Vector[]; df: Int32Array } {
  const idOf = new Map<string, number>();
  // a written word's term id (-1: no content term), so a word repeated across the run costs one look-up
  const idOfWord = new Map<string, number>();
  const termId = (term: string): number => {
    const t = groupingKey(term);
    let id = idOf.get(t);
    if (id === undefined) idOf.set(t, (id = idOf.size));
    return id;
  };
  // term counts of the document at hand: a count per id and the ids it has, in the order first seen
  let counts = new Int32Array(1024);
  const seen: number[] = [];
  const count = (id: number) => {
    if (id >= counts.length) {
      const more = new Int32Array(Math.max(counts.length * 2, id + 1));
      more.set(counts);
      counts = more;
    }
    if (counts[id] === 0) seen.push(id);
    counts[id]!++;
  };
  const tfs = docs.map((d) => {
    const title = d.title?.value ?? '';
    const titleTerms = matchingTerms(title);
    // the headline says what the article is about: its terms count twice
    for (const t of titleTerms) count(termId(t));
    for (const t of titleTerms) count(termId(t));
    bodyTermIds(d, idOfWord, termId, count);
    const ids = Int32Array.from(seen).sort();
    const tf = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      tf[k] = counts[ids[k]!]!;
      counts[ids[k]!] = 0;
    }
    seen.length = 0;
    return { ids, tf };
  });
  const df = new Int32Array(idOf.size);
  for (const { ids } of tfs) for (let k = 0; k < ids.length; k++) df[ids[k]!]!++;
  const n = docs.length;
  const vectors = tfs.map(({ ids, tf }) => {
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const w = (1 + Math.log(tf[k]!)) * Math.log(1 + n / df[ids[k]!]!);
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / norm;
    return { ids, weights };
  });
  return { vectors, df };
}

/**
 * The term ids of a document's body, in text order: read from its tokens, which the segment stage made by
 * tokenising that very text (the same words contentTerms would find, without tokenising the body again).
 */
function bodyTermIds(d: Doc, idOfWord: Map<string, number>, termId: (t: string) => number, each: (id: number) => void): void {
  if (!d.tokens.length) {
    for (const t of matchingTerms(d.body.text)) each(termId(t));
    return;
  }
  for (const t of d.tokens) {
    if (t.kind !== 'word' && t.kind !== 'latin') continue;
    let id = idOfWord.get(t.text);
    if (id === undefined) {
      const term = matchingTermOf(t.text);
      id = term === null ? -1 : termId(term);
      if (idOfWord.size > 200_000) idOfWord.clear();
      idOfWord.set(t.text, id);
    }
    if (id >= 0) each(id);
  }
}

function dot(a: Vector, b: Vector): number {
  let s = 0;
  let i = 0;
  let j = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

function centroidDot(a: Centroid, b: Centroid): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x) s += w * x;
  }
  return s;
}

function centroidOf(v: Vector): Centroid {
  const c: Centroid = new Map();
  v.ids.forEach((id, k) => c.set(id, v.weights[k]!));
  return c;
}

/** Candidate pairs with their similarity, strongest first (ties by the first document, then the second). */
interface Edges {
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
  order: Uint32Array;
}

/**
 * Candidate pairs: documents that share one of their top terms, with their similarity. Only terms that some other
 * document has, and not too many, can link anything: a document's own rarest words are its highest-weighted but
 * shared by nobody, so they are passed over when choosing its top terms.
 *
 * Each document gathers its candidates itself, from its place in each of its terms' posting lists, so a pair that
 * shares several terms is scored once without a run-wide set of pairs (which at 100k documents holds tens of
 * millions).
 */
function candidateEdges(vectors: Vector[], df: Int32Array): Edges {
  const n = vectors.length;
  // a term in most documents of the run says nothing about which story one belongs to
  const maxDf = Math.max(2, Math.ceil(n * 0.5));
  const postings = new Map<number, number[]>();
  // for each document, the lists it is in and its place in each
  const places: Array<Array<[number[], number]>> = vectors.map((v, i) => {
    const linking: number[] = [];
    v.ids.forEach((id, k) => {
      if (df[id]! >= 2 && df[id]! <= maxDf) linking.push(k);
    });
    const top = linking.sort((x, y) => v.weights[y]! - v.weights[x]! || v.ids[x]! - v.ids[y]!).slice(0, TOP_TERMS);
    return top.map((k) => {
      const id = v.ids[k]!;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(i);
      return [list, list.length - 1] as [number[], number];
    });
  });
  let a: Int32Array = new Int32Array(1024);
  let b: Int32Array = new Int32Array(1024);
  let score = new Float64Array(1024);
  let m = 0;
  const stamp = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    // a term many documents share links each one to its WINDOW nearest in the list only: the merge below joins
    // whole clusters, so a chain of such links still gathers a large story, at linear cost
    for (const [list, at] of places[i]!) {
      for (let y = at + 1; y < list.length && y <= at + WINDOW; y++) {
        const j = list[y]!;
        if (stamp[j] === i) continue;
        stamp[j] = i;
        const s = dot(vectors[i]!, vectors[j]!);
        if (s < EDGE) continue;
        if (m === a.length) {
          a = grow(a);
          b = grow(b);
          const more = new Float64Array(score.length * 2);
          more.set(score);
          score = more;
        }
        a[m] = i;
        b[m] = j;
        score[m++] = s;
      }
    }
  }
  return { a, b, score, order: strongestFirst(a, b, score, m) };
}

function grow(x: Int32Array): Int32Array {
  const more = new Int32Array(x.length * 2);
  more.set(x);
  return more;
}

/**
 * The edges' order, strongest first, ties by the pair's documents: bucketed by score, then each bucket sorted,
 * so that millions of edges sort in near-linear time.
 */
function strongestFirst(a: Int32Array, b: Int32Array, score: Float64Array, m: number): Uint32Array {
  const BUCKETS = 1 << 16;
  const bucketOf = (k: number) => Math.min(BUCKETS - 1, Math.floor((1 - Math.min(1, score[k]!)) * BUCKETS));
  const start = new Uint32Array(BUCKETS + 1);
  for (let k = 0; k < m; k++) start[bucketOf(k) + 1]!++;
  for (let x = 0; x < BUCKETS; x++) start[x + 1]! += start[x]!;
  const fill = start.slice(0, BUCKETS);
  const order = new Uint32Array(m);
  for (let k = 0; k < m; k++) order[fill[bucketOf(k)]!++] = k;
  const byStrength = (x: number, y: number) => score[y]! - score[x]! || a[x]! - a[y]! || b[x]! - b[y]!;
  for (let x = 0; x < BUCKETS; x++) {
    if (start[x + 1]! - start[x]! > 1) order.subarray(start[x]!, start[x + 1]!).sort(byStrength);
  }
  return order;
}

/**
 * What makes two documents the same article: their headline and body with white space collapsed. A corpus given
 * twice, or a wire story syndicated verbatim, must not look like a story of its own: twins would make every one of
 * their terms shared (document frequency ≥ 2) and link to each other before they link to the rest of their story.
 */
function copyKey(d: Doc): string {
  return `${d.title?.value ?? ''}\u0000${d.body.text}`.replace(/\s+/g, ' ').trim();
}

export function groupStories(docs: readonly Doc[]): StoryGroup[] {
  // exact copies are grouped once, through their first occurrence, and join its story afterwards
  const firstOf = new Map<string, number>();
  const original = docs.map((d, i) => {
    const key = copyKey(d);
    const first = firstOf.get(key);
    if (first !== undefined) return first;
    firstOf.set(key, i);
    return i;
  });
  const unique = docs.filter((_, i) => original[i] === i);
  const uniqueIndex = new Map<number, number>();
  docs.forEach((_, i) => {
    if (original[i] === i) uniqueIndex.set(i, uniqueIndex.size);
  });
  const { vectors, df } = termVectors(unique);
  const parent = unique.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // each root keeps the sum of its members' vectors and their number
  const centroid = new Map<number, Centroid>(vectors.map((v, i) => [i, centroidOf(v)]));
  const size = unique.map(() => 1);
  // a pair of clusters found too far apart stays so until one of them grows: remembered by their sizes, so the
  // many edges between two large stories that do not join cost one comparison, not one each
  const apart = new Map<number, number>();
  const un = unique.length;
  const edges = candidateEdges(vectors, df);
  for (const k of edges.order) {
    const ra = find(edges.a[k]!);
    const rb = find(edges.b[k]!);
    if (ra === rb) continue;
    const [lo, hi] = ra < rb ? [ra, rb] : [rb, ra];
    const pair = lo * un + hi;
    const sizes = size[lo]! * (un + 1) + size[hi]!;
    if (apart.get(pair) === sizes) continue;
    const ca = centroid.get(ra)!;
    const cb = centroid.get(rb)!;
    if (centroidDot(ca, cb) / (size[ra]! * size[rb]!) < JOIN) {
      apart.set(pair, sizes);
      continue;
    }
    const [keep, drop] = ca.size >= cb.size ? [ra, rb] : [rb, ra];
    const into = centroid.get(keep)!;
    for (const [t, w] of centroid.get(drop)!) into.set(t, (into.get(t) ?? 0) + w);
    centroid.delete(drop);
    parent[drop] = keep;
    size[keep] = size[keep]! + size[drop]!;
  }
  // members in input order, copies included (pushed, not copied: a story of 20,000 articles stays linear)
  const members = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const r = find(uniqueIndex.get(original[i]!)!);
    let list = members.get(r);
    if (!list) members.set(r, (list = []));
    list.push(i);
  });
  const clusters = [...members.entries()].sort((x, y) => y[1].length - x[1].length || x[1][0]! - y[1][0]!);
  return clusters.map(([root, list], k) => {
    // the story is named by the headline of the article closest to its centroid
    const c = centroid.get(root)!;
    const closeness = (i: number) => {
      const v = vectors[uniqueIndex.get(original[i]!)!]!;
      let s = 0;
      v.ids.forEach((id, k) => (s += v.weights[k]! * (c.get(id) ?? 0)));
      return s;
    };
    // of articles as close (any two: each is as close to the sum of both), the first given, not whichever a
    // rounding error favours
    let central = list[0]!;
    let best = closeness(central);
    for (const i of list) {
      const s = closeness(i);
      if (s > best + 1e-9) [central, best] = [i, s];
    }
    return { id: `story-${k + 1}`, title: docs[central]!.title?.value ?? null, documents: list.map((i) => docs[i]!.id) };
  });
}
