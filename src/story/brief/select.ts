/**
 * Which points the brief tells: the story's main happenings, ranked by how many outlets report them, how early in
 * their articles they come (news is written most important first), how central their words are to the story, and
 * whether the events analysis saw a happening there; then chosen greedily so that each new sentence adds what the
 * chosen ones do not say (no second sentence on one point) and the articles not yet cited get a voice.
 */
import type { Point } from './point.js';
import { outletOf, outletsOf } from './point.js';
import type { TimeExpr } from '../../stages/time/types.js';
import { similarity, type TermWeights } from './cluster.js';
import { isWord } from './units.js';

export const MAX_SENTENCES = 8;
export const MIN_SENTENCES = 5;

export interface Ranked {
  point: Point;
  score: number;
  terms: Map<string, number>;
}

function termsOf(point: Point, w: TermWeights): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of point.reports) {
    for (let k = r.focus[0]; k < r.focus[1]; k++) {
      const t = r.unit.terms[k];
      if (t) m.set(t, w.idf.get(t) ?? 0);
    }
  }
  return m;
}

/** How much of a point's distinctive weight lies in words that most of the story's articles use. */
function centrality(point: Point, w: TermWeights): number {
  let num = 0;
  let den = 0;
  for (const r of point.reports) {
    for (const t of r.unit.termSet) {
      const x = w.idf.get(t) ?? 0;
      num += x * (w.spread.get(t) ?? 0);
      den += x;
    }
  }
  return den ? num / den : 0;
}

export function rank(points: readonly Point[], w: TermWeights, bonus: (p: Point) => number): Ranked[] {
  return points
    .map((point) => {
      // an article's opening sentence is its main news (inverted pyramid): worth about a second outlet
      const lead = Math.max(...point.reports.map((r) => (r.unit.index === 0 ? 1.5 : 0.8 / (1 + 0.4 * r.unit.index))));
      // a point told only inside quotation marks is what someone said of the story rather than what happened
      const quoted = Math.min(...point.reports.map(quotedShare));
      const score = coverage(point, w) + (dated(point) ? 0.4 : 0) + lead + 0.6 * centrality(point, w) - 0.5 * quoted + (point.event ? 0.3 : 0) + bonus(point);
      return { point, score, terms: termsOf(point, w) };
    })
    .sort((a, b) => b.score - a.score);
}

/** Sentences this alike are one wire story passed on, not two outlets reporting on their own. */
const COPY = 0.45;

/**
 * How many outlets report a point, a copy of another report's wording counting half: three outlets running one
 * agency's paragraph are less than three that each saw the thing.
 */
function coverage(point: Point, w: TermWeights): number {
  const seen = new Map<string, Point['reports'][number]>();
  for (const r of point.reports) if (!seen.has(outletOf(r.unit.doc))) seen.set(outletOf(r.unit.doc), r);
  const firsts: Point['reports'] = [];
  let n = 0;
  for (const r of seen.values()) {
    n += firsts.some((f) => similarity(f.unit, r.unit, w) >= COPY) ? 0.5 : 1;
    firsts.push(r);
  }
  return n;
}

/** Whether a report's clause places the point in time (a date, a weekday, a month): what happened is dated. */
function dated(point: Point): boolean {
  return point.reports.some((r) => {
    const first = r.unit.tokens[r.focus[0]]!;
    const last = r.unit.tokens[r.focus[1] - 1]!;
    const times = (r.unit.doc.layers.times as TimeExpr[] | undefined) ?? [];
    return times.some((t) => (t.kind === 'date' || t.kind === 'range') && t.start < last.end && first.start < t.end);
  });
}

/** The share of a report's focus that lies inside quotation marks. */
function quotedShare(r: Point['reports'][number]): number {
  let depth = 0;
  let inside = 0;
  let words = 0;
  r.unit.tokens.forEach((t, k) => {
    if (/^[«“]$/.test(t.text)) depth++;
    else if (/^[»”]$/.test(t.text)) depth = Math.max(0, depth - 1);
    else if (t.text === '"') depth = depth ? 0 : 1;
    else if (k >= r.focus[0] && k < r.focus[1] && isWord(t)) {
      words++;
      if (depth) inside++;
    }
  });
  return words ? inside / words : 0;
}

/**
 * How much of a point's term weight (`total`) another point's terms share: the shared weight is summed over the
 * smaller of the two term sets (an event point cites hundreds of copies, a chosen point a few).
 */
function overlapWith(a: Map<string, number>, total: number, b: Map<string, number>): number {
  if (!total) return 0;
  let shared = 0;
  if (a.size <= b.size) {
    for (const [t, x] of a) if (b.has(t)) shared += x;
  } else {
    for (const t of b.keys()) {
      const x = a.get(t);
      if (x !== undefined) shared += x;
    }
  }
  return shared / total;
}

/**
 * The points to tell, in the order chosen (most important first). What a point is worth next (its score, the
 * share of its articles not yet cited, how much it repeats a chosen point) changes only when a point is chosen,
 * so the points are valued once per chosen sentence and taken in that order, rather than valued again after each
 * one passed over.
 */
export function choose(ranked: readonly Ranked[]): Ranked[] {
  const chosen: Ranked[] = [];
  // what is already told, per sentence: a sentence can carry two points in two clauses
  const told = new Map<unknown, Array<[number, number]>>();
  const clash = (x: Point['reports'][number]) => (told.get(x.unit) ?? []).some(([a, b]) => x.focus[0] < b && a < x.focus[1]);
  const citedDocs = new Set<string>();
  const docsOf = ranked.map((r) => [...new Set(r.point.reports.map((x) => x.unit.doc.id))]);
  // the most of a point's weight any chosen point already says, kept up to date as points are chosen
  const redundant = ranked.map(() => 0);
  const totals = ranked.map((r) => {
    let total = 0;
    for (const x of r.terms.values()) total += x;
    return total;
  });
  const left = new Set(ranked.keys());
  while (chosen.length < MAX_SENTENCES && left.size) {
    const values: Array<[number, number]> = [];
    for (const i of left) {
      const r = ranked[i]!;
      if (r.point.reports.some(clash)) continue;
      const docs = docsOf[i]!;
      const fresh = docs.filter((d) => !citedDocs.has(d)).length / docs.length;
      values.push([r.score + 0.5 * fresh - 2 * redundant[i]!, i]);
    }
    // the best first; of equal values the earlier in rank, as a scan keeping the first best would take
    values.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    let picked: Ranked | null = null;
    let stop = true;
    for (const [value, i] of values) {
      const pick = ranked[i]!;
      left.delete(i);
      // past the minimum, a point no second outlet reports and no article leads with is not a main happening
      const outlets = outletsOf(pick.point).length;
      if (chosen.length >= MIN_SENTENCES && outlets < 2 && !pick.point.reports.some((x) => x.unit.index === 0) && !pick.point.event) continue;
      if (chosen.length && value < 0.8) break;
      picked = pick;
      stop = false;
      break;
    }
    if (stop || !picked) break;
    chosen.push(picked);
    for (const x of picked.point.reports) {
      told.set(x.unit, [...(told.get(x.unit) ?? []), x.focus]);
      citedDocs.add(x.unit.doc.id);
    }
    for (const i of left) redundant[i] = Math.max(redundant[i]!, overlapWith(ranked[i]!.terms, totals[i]!, picked.terms));
  }
  return chosen;
}
