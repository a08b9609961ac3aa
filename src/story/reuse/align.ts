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
  // each match (i, j) as the one number i·width + j, so that sorting numbers sorts by i, then j
  const width = B.weights.length + 1;
  const codes: number[] = [];
  // from the side with fewer distinct shingles (the matches are sorted after, so which side leads is free)
  const lead = A.distinct.length <= B.distinct.length ? A : B;
  const other = lead === A ? B : A;
  for (let d = 0; d < lead.distinct.length; d++) {
    const e = other.index.get(lead.distinct[d]!);
    if (e === undefined) continue;
    const ld = lead.start[d]!;
    const ln = lead.start[d + 1]! - ld;
    const od = other.start[e]!;
    const on = other.start[e + 1]! - od;
    if (ln > MAX_REPEATS || on > MAX_REPEATS) continue;
    const ia = lead === A ? ld : od;
    const na = lead === A ? ln : on;
    const jb = lead === A ? od : ld;
    const nb = lead === A ? on : ln;
    for (let x = 0; x < na; x++) {
      const i = A.positions[ia + x]!;
      for (let y = 0; y < nb; y++) codes.push(i * width + B.positions[jb + y]!);
    }
  }
  const matches = Float64Array.from(codes).sort();
  const open: Run[] = [];
  const done: Run[] = [];
  for (const code of matches) {
    const i = Math.floor(code / width);
    const j = code - i * width;
    // runs that can no longer be extended are closed
    for (let k = open.length - 1; k >= 0; k--) {
      if (i - open[k]!.i > GAP) done.push(...open.splice(k, 1));
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
  if (length(A, a) !== length(B, b)) return false;
  const text = (W: readonly ContentWord[], r: Range) => W.slice(r.from, r.to).map((w) => w.exact).join(' ');
  return text(A, a) === text(B, b);
}

interface Range {
  from: number;
  to: number;
}

function overlap(x: Range, y: Range): boolean {
  return x.from < y.to && y.from < x.to;
}
