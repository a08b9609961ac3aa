/**
 * Which points the brief tells: the story's main happenings, ranked by how many outlets report them, how early in
 * their articles they come (news is written most important first), how central their words are to the story, and
 * whether the events analysis saw a happening there; then chosen greedily so that each new sentence adds what the
 * chosen ones do not say (no second sentence on one point) and the articles not yet cited get a voice.
 */
import type { Point } from './point.js';
import { outletOf, outletsOf } from './point.js';
import type { TimeExpr } from '../../stages/time/types.js';
import { similarity, termTable, type TermTable, type TermWeights } from './cluster.js';
import { isWord, type Unit } from './units.js';

export const MAX_SENTENCES = 8;
export const MIN_SENTENCES = 5;

export interface Ranked {
  point: Point;
  score: number;
  /** The distinct terms of the point's clauses, as ids of the story's terms in the order first met. */
  terms: Int32Array;
  /** Weight (idf) of each term id of the story. */
  weights: Float64Array;
}

/** The distinct term ids of a point's focus words, in order; `mark` is all zero between calls. */
export function termsOf(point: Point, table: TermTable, mark: Uint8Array): Int32Array {
  const ids: number[] = [];
  for (const r of point.reports) {
    const tokens = table.tokensOf(r.unit);
    for (let k = r.focus[0]; k < r.focus[1]; k++) {
      const id = tokens[k]!;
      if (id >= 0 && !mark[id]) {
        mark[id] = 1;
        ids.push(id);
      }
    }
  }
  for (const id of ids) mark[id] = 0;
  return Int32Array.from(ids);
}

/** How much of a point's distinctive weight lies in words that most of the story's articles use. */
function centrality(point: Point, table: TermTable): number {
  let num = 0;
  let den = 0;
  for (const r of point.reports) {
    const set = table.setOf(r.unit);
    for (let k = 0; k < set.length; k++) {
      const x = table.idf[set[k]!]!;
      num += x * table.spread[set[k]!]!;
      den += x;
    }
  }
  return den ? num / den : 0;
}

export function rank(points: readonly Point[], w: TermWeights, bonus: (p: Point) => number): Ranked[] {
  const table = termTable(w);
  const mark = new Uint8Array(table.size);
  return points
    .map((point) => {
      // an article's opening sentence is its main news (inverted pyramid): worth about a second outlet
      let lead = -Infinity;
      // a point told only inside quotation marks is what someone said of the story rather than what happened
      let quoted = Infinity;
      for (const r of point.reports) {
        lead = Math.max(lead, r.unit.index === 0 ? 1.5 : 0.8 / (1 + 0.4 * r.unit.index));
        quoted = Math.min(quoted, quotedShare(r));
      }
      const score = coverage(point, w) + (dated(point) ? 0.4 : 0) + lead + 0.6 * centrality(point, table) - 0.5 * quoted + (point.event ? 0.3 : 0) + bonus(point);
      return { point, score, terms: termsOf(point, table, mark), weights: table.idf };
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
  // one report is one outlet
  if (point.reports.length === 1) return 1;
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

/**
 * Of each token of a unit: whether it is a word (bit 1) and whether it lies inside quotation marks (bit 2).
 * Worked out once per unit: every point a sentence is in asks.
 */
const quoteFlags = new WeakMap<Unit, Uint8Array>();

function flagsOf(unit: Unit): Uint8Array {
  let flags = quoteFlags.get(unit);
  if (flags) return flags;
  flags = new Uint8Array(unit.tokens.length);
  let depth = 0;
  for (let k = 0; k < unit.tokens.length; k++) {
    const t = unit.tokens[k]!;
    const text = t.text;
    if (text === '«' || text === '“') depth++;
    else if (text === '»' || text === '”') depth = Math.max(0, depth - 1);
    else if (text === '"') depth = depth ? 0 : 1;
    else if (isWord(t)) flags[k] = depth ? 3 : 1;
  }
  quoteFlags.set(unit, flags);
  return flags;
}

/** The share of a report's focus that lies inside quotation marks. */
function quotedShare(r: Point['reports'][number]): number {
  const flags = flagsOf(r.unit);
  let inside = 0;
  let words = 0;
  for (let k = r.focus[0]; k < r.focus[1]; k++) {
    const f = flags[k]!;
    if (f) {
      words++;
      if (f === 3) inside++;
    }
  }
  return words ? inside / words : 0;
}

/**
 * How much of a point's term weight (`total`) another point's terms share: the shared weight is summed over the
 * smaller of the two term sets (an event point cites hundreds of copies, a chosen point a few), in that set's
 * order. `at` gives the position + 1 in `b` of each of b's terms (0 for the others); `scratch` is any array.
 */
function overlapWith(a: Int32Array, total: number, b: Int32Array, at: Int32Array, weights: Float64Array, scratch: number[]): number {
  if (!total) return 0;
  let shared = 0;
  if (a.length <= b.length) {
    for (let k = 0; k < a.length; k++) if (at[a[k]!]) shared += weights[a[k]!]!;
  } else {
    // b's order: the positions in b of the terms a shares with it, sorted
    scratch.length = 0;
    for (let k = 0; k < a.length; k++) {
      const p = at[a[k]!]!;
      if (p) scratch.push(p - 1);
    }
    scratch.sort((x, y) => x - y);
    for (const p of scratch) shared += weights[b[p]!]!;
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
    for (let k = 0; k < r.terms.length; k++) total += r.weights[r.terms[k]!]!;
    return total;
  });
  // positions + 1 of the picked point's terms, by term id
  const at = new Int32Array(ranked.length ? ranked[0]!.weights.length : 0);
  const scratch: number[] = [];
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
    const terms = picked.terms;
    for (let k = 0; k < terms.length; k++) at[terms[k]!] = k + 1;
    for (const i of left) redundant[i] = Math.max(redundant[i]!, overlapWith(ranked[i]!.terms, totals[i]!, terms, at, picked.weights, scratch));
    for (let k = 0; k < terms.length; k++) at[terms[k]!] = 0;
  }
  return chosen;
}
