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
import { contentTerms } from '../language/terms.js';

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

type Vector = Map<string, number>;

function termVectors(docs: readonly Doc[]): { vectors: Vector[]; df: Map<string, number> } {
  const tfs = docs.map((d) => {
    const m: Vector = new Map();
    const title = d.title?.value ?? '';
    const titleTerms = contentTerms(title);
    // the headline says what the article is about: its terms count twice
    for (const t of [...titleTerms, ...titleTerms, ...contentTerms(d.body.text)]) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const vectors = tfs.map((tf) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(1 + n / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  return { vectors, df };
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x) s += w * x;
  }
  return s;
}

/**
 * Candidate pairs: documents that share one of their top terms, with their similarity. Only terms that some other
 * document has, and not too many, can link anything: a document's own rarest words are its highest-weighted but
 * shared by nobody, so they are passed over when choosing its top terms.
 */
function candidateEdges(vectors: Vector[], df: Map<string, number>): Array<[number, number, number]> {
  const n = vectors.length;
  // a term in most documents of the run says nothing about which story one belongs to
  const maxDf = Math.max(2, Math.ceil(n * 0.5));
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    const linking = [...v].filter(([t]) => df.get(t)! >= 2 && df.get(t)! <= maxDf);
    const top = linking.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_TERMS);
    for (const [t] of top) {
      const list = postings.get(t) ?? [];
      list.push(i);
      postings.set(t, list);
    }
  });
  const edges: Array<[number, number, number]> = [];
  const seen = new Set<number>();
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    // a term many documents share links each one to its WINDOW nearest in the list only: the merge below joins
    // whole clusters, so a chain of such links still gathers a large story, at linear cost
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && y <= x + WINDOW; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const key = a * n + b;
        if (seen.has(key)) continue;
        seen.add(key);
        const s = dot(vectors[a]!, vectors[b]!);
        if (s >= EDGE) edges.push([a, b, s]);
      }
    }
  }
  return edges.sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
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
  const centroid = new Map<number, Vector>(vectors.map((v, i) => [i, new Map(v)]));
  const size = unique.map(() => 1);
  for (const [a, b] of candidateEdges(vectors, df)) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ca = centroid.get(ra)!;
    const cb = centroid.get(rb)!;
    if (dot(ca, cb) / (size[ra]! * size[rb]!) < JOIN) continue;
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
    const closeness = (i: number) => dot(vectors[uniqueIndex.get(original[i]!)!]!, c);
    let central = list[0]!;
    let best = closeness(central);
    for (const i of list) {
      const s = closeness(i);
      if (s > best) [central, best] = [i, s];
    }
    return { id: `story-${k + 1}`, title: docs[central]!.title?.value ?? null, documents: list.map((i) => docs[i]!.id) };
  });
}
