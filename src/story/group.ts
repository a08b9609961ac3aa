/**
 * Groups a run's documents into stories: articles about the same matter share distinctive wording (names,
 * places, the words of the matter itself), weighted by how rare each term is across the run. Documents join by
 * average-link agglomeration over tf-idf cosine, so one shared place name (بغداد) is not enough to join two
 * stories, while five rewrites of a wire story and the outlets' own takes are.
 */
import type { Doc } from '../model/document.js';
import { contentTerms } from '../language/terms.js';

export interface StoryGroup {
  id: string;
  title: string | null;
  documents: string[];
}

/** Average similarity two clusters need to merge. */
const JOIN = 0.12;

function vectors(docs: readonly Doc[]): Array<Map<string, number>> {
  const tfs = docs.map((d) => {
    const m = new Map<string, number>();
    const title = d.title?.value ?? '';
    // the headline says what the article is about: count its terms twice
    for (const t of [...contentTerms(title), ...contentTerms(title), ...contentTerms(d.body.text)]) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return tfs.map((tf) => {
    const v = new Map<string, number>();
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
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x) s += w * x;
  }
  return s;
}

export function groupStories(docs: readonly Doc[]): StoryGroup[] {
  const v = vectors(docs);
  const sim = docs.map((_, i) => docs.map((__, j) => (i === j ? 1 : dot(v[i]!, v[j]!))));
  let clusters = docs.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        let s = 0;
        for (const a of clusters[i]!) for (const b of clusters[j]!) s += sim[a]![b]!;
        s /= clusters[i]!.length * clusters[j]!.length;
        if (s > best) [best, bi, bj] = [s, i, j];
      }
    }
    if (best < JOIN || bi < 0) break;
    clusters[bi] = [...clusters[bi]!, ...clusters[bj]!];
    clusters = clusters.filter((_, k) => k !== bj);
  }
  clusters.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  return clusters.map((members, k) => {
    // the story is named by its most central article's headline
    const central = [...members].sort((a, b) => centrality(b, members, sim) - centrality(a, members, sim))[0]!;
    return { id: `story-${k + 1}`, title: docs[central]!.title?.value ?? null, documents: members.sort((a, b) => a - b).map((i) => docs[i]!.id) };
  });
}

function centrality(i: number, members: number[], sim: number[][]): number {
  return members.reduce((s, j) => s + (j === i ? 0 : sim[i]![j]!), 0);
}
