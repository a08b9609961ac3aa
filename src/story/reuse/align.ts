/**
 * The passages two articles share: runs of shared shingles that advance together in both. A light edit (a
 * synonym, a word added or dropped) breaks a few shingles, not the passage: a run may skip up to {@link GAP}
 * positions on either side and still be one passage, which then shows the edited words too, as a reader
 * comparing the two would mark them.
 */
import type { ContentWord, Shingles } from './shingles.js';
import { SHINGLE } from './shingles.js';

/** Shingle positions a run may skip on either side (a changed word breaks SHINGLE of them). */
export const GAP = SHINGLE + 2;
/** A shingle this frequent in one article is a refrain (a name and title), not evidence of where a copy lies. */
const MAX_REPEATS = 3;

export interface Passage {
  /** Content-word ranges `[from, to)` in each article. */
  a: Range;
  b: Range;
  /** Shingles of the run that both share. */
  shared: number;
  /** Weight of those shingles (quoted ones count less). */
  weight: number;
  /** Whether the two stretches are the same words as written (a copy, not a rewrite). */
  identical: boolean;
}

interface Run {
  i0: number;
  j0: number;
  i: number;
  j: number;
  shared: number;
  weight: number;
}

export function alignPassages(A: Shingles, B: Shingles, minShared = 2): Passage[] {
  // for each distinct shingle of A, the distinct shingle of B it matches (-1: none, or a refrain on either side),
  // looked up from the side with fewer distinct shingles
  const match = new Int32Array(A.distinct.length).fill(-1);
  const lead = A.distinct.length <= B.distinct.length ? A : B;
  const other = lead === A ? B : A;
  for (let d = 0; d < lead.distinct.length; d++) {
    const e = other.index.get(lead.distinct[d]!);
    if (e === undefined) continue;
    if (lead.start[d + 1]! - lead.start[d]! > MAX_REPEATS || other.start[e + 1]! - other.start[e]! > MAX_REPEATS) continue;
    if (lead === A) match[d] = e;
    else match[e] = d;
  }
  // the matches (i, j) in order of i, then j: A's positions in order, and each shingle's positions in B ascending
  const open: Run[] = [];
  const done: Run[] = [];
  for (let i = 0; i < A.of.length; i++) {
    const e = match[A.of[i]!]!;
    if (e < 0) continue;
    for (let y = B.start[e]!; y < B.start[e + 1]!; y++) {
      const j = B.positions[y]!;
      // runs that can no longer be extended are closed
      for (let k = open.length - 1; k >= 0; k--) {
        if (i - open[k]!.i > GAP) {
          done.push(open[k]!);
          open.splice(k, 1);
        }
      }
      let best: Run | undefined;
      for (const r of open) {
        const di = i - r.i;
        const dj = j - r.j;
        if (di <= 0 || dj <= 0 || dj > GAP) continue;
        if (!best || Math.abs(di - dj) < Math.abs(i - best.i - (j - best.j))) best = r;
      }
      const w = Math.min(A.weights[i]!, B.weights[j]!);
      if (best) {
        best.i = i;
        best.j = j;
        best.shared++;
        best.weight += w;
      } else open.push({ i0: i, j0: j, i, j, shared: 1, weight: w });
    }
  }
  done.push(...open);
  // one stretch of text is copied once: where a repeated phrase gives crossing runs, the longest keeps it
  const taken: Array<{ a: Range; b: Range; run: Run }> = [];
  for (const r of done.filter((r) => r.shared >= minShared).sort((x, y) => y.shared - x.shared || x.i0 - y.i0)) {
    const a = { from: r.i0, to: r.i + SHINGLE };
    const b = { from: r.j0, to: r.j + SHINGLE };
    if (taken.some((t) => overlap(t.a, a) || overlap(t.b, b))) continue;
    taken.push({ a, b, run: r });
  }
  return taken
    .sort((x, y) => x.a.from - y.a.from)
    .map(({ a, b, run }) => ({ a, b, shared: run.shared, weight: run.weight, identical: sameWording(A.words, a, B.words, b) }));
}

/**
 * Whether the two stretches read the same, their written forms joined by spaces: word by word when they have as
 * many words, else (a name's words may be one word on one side) by the joined text, built only when the lengths
 * agree.
 */
function sameWording(A: readonly ContentWord[], a: Range, B: readonly ContentWord[], b: Range): boolean {
  if (a.to - a.from === b.to - b.from) {
    let k = 0;
    while (k < a.to - a.from && A[a.from + k]!.exact === B[b.from + k]!.exact) k++;
    if (k === a.to - a.from) return true;
  }
  const length = (W: readonly ContentWord[], r: Range) => {
    let n = r.to - r.from - 1;
    for (let k = r.from; k < r.to; k++) n += W[k]!.exact.length;
    return n;
  };
  const n = length(A, a);
  if (n !== length(B, b)) return false;
  // the joined texts compared character by character, without building them
  let wa = a.from;
  let pa = 0;
  let wb = b.from;
  let pb = 0;
  for (let c = 0; c < n; c++) {
    const sa = A[wa]!.exact;
    const sb = B[wb]!.exact;
    const ca = pa < sa.length ? sa.charCodeAt(pa++) : (wa++, (pa = 0), SPACE);
    const cb = pb < sb.length ? sb.charCodeAt(pb++) : (wb++, (pb = 0), SPACE);
    if (ca !== cb) return false;
  }
  return true;
}

const SPACE = 0x20;

interface Range {
  from: number;
  to: number;
}

function overlap(x: Range, y: Range): boolean {
  return x.from < y.to && y.from < x.to;
}
