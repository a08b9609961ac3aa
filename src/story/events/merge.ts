/**
 * Which reports tell the same happening. A report joins the group it fits best when their dates are compatible
 * (one interval overlaps the other's, a weekday falls in a short one) and enough else agrees: the same date at a
 * fine precision, the same kind of act, shared actors and places, shared rare words of the clause. A report with
 * no date joins only on strong agreement of the rest; reports negated or hypothetical never join plain ones.
 */
import { daysOnWeekday, intersect, width, type Interval } from './dates.js';
import type { Report } from './reports.js';

export interface Group {
  reports: Report[];
  /** The days every dated report of the group allows. */
  interval: Interval | null;
  weekday: number | null;
}

/** Score a report needs to join a group. */
const JOIN = 2.5;
/** Score of the rest (actors, words, kind) a report without a date needs. */
const STRONG = 2.25;

export function groupReports(reports: readonly Report[], rarity: (key: string) => number): Group[] {
  const groups: Group[] = [];
  // precise reports first, so the vaguer ones meet groups whose dates are settled; light ones only join
  const order = [...reports].sort((a, b) => Number(a.item.light) - Number(b.item.light) || spread(a) - spread(b));
  for (const r of order) {
    let best: Group | null = null;
    let bestScore = -Infinity;
    for (const g of groups) {
      const s = score(r, g, rarity);
      if (s > bestScore) (best = g), (bestScore = s);
    }
    if (best && bestScore >= JOIN) {
      best.reports.push(r);
      if (r.interval) best.interval = best.interval ? intersect(best.interval, r.interval) : r.interval;
      if (best.weekday === null) best.weekday = r.weekday;
    } else if (!r.item.light) groups.push({ reports: [r], interval: r.interval, weekday: r.weekday });
  }
  return groups;
}

const spread = (r: Report) => (r.interval ? width(r.interval) : r.weekday !== null ? 100_000 : 200_000);

function flags(r: Report): string {
  return r.item.modes.filter((m) => m !== 'future').join(',');
}

export function score(r: Report, g: Group, rarity: (key: string) => number): number {
  const d = dateScore(r, g);
  if (d === null) return -Infinity;
  let best = -Infinity;
  for (const o of g.reports) {
    if (flags(o) !== flags(r)) return -Infinity;
    if (!r.item.light && o.item.type !== r.item.type) return -Infinity;
    best = Math.max(best, contentScore(r, o, rarity));
  }
  if (d === 0 && best < STRONG) return -Infinity;
  // a headline, or a report dated only by its article, tells what the same article's body dates
  if ((r.soft || r.item.title) && g.reports.some((o) => o.doc === r.doc && !o.soft)) best += 1;
  return d + best;
}

/** Null when the dates cannot be one happening's. */
function dateScore(r: Report, g: Group): number | null {
  if (r.interval && g.interval) {
    const both = intersect(r.interval, g.interval);
    if (!both) return null;
    const wider = Math.max(width(r.interval), width(g.interval));
    if (g.weekday !== null && width(both) <= 7 && !daysOnWeekday(both, g.weekday).length) return null;
    return wider <= 1 ? 2.5 : wider <= 7 ? 2 : wider <= 31 ? 1.25 : wider <= 92 ? 1 : 0.6;
  }
  const interval = r.interval ?? g.interval;
  const weekday = r.interval ? g.weekday : r.weekday;
  if (interval && weekday !== null) {
    // a report naming a weekday is about one day of a week: it is not matched to a month or a year
    if (width(interval) > 7) return null;
    return daysOnWeekday(interval, weekday).length ? 1.5 : null;
  }
  if (r.weekday !== null && g.weekday !== null) return r.weekday === g.weekday ? 1 : null;
  return 0;
}

function contentScore(r: Report, o: Report, rarity: (key: string) => number): number {
  let s = 0;
  if (r.item.mode && r.item.mode === o.item.mode) s += 0.5;
  else if (r.item.mode && o.item.mode) s -= 0.25;
  if (r.item.modes.includes('future') !== o.item.modes.includes('future')) s -= 0.5;
  let people = 0;
  for (const a of new Set([...r.actors, ...r.places])) if (o.actors.includes(a) || o.places.includes(a)) people += 0.3 + 0.7 * rarity(`@${a}`);
  let words = 0;
  const theirs = new Set(o.words);
  for (const w of r.words) if (theirs.has(w)) words += rarity(w);
  return s + Math.min(2, people) + Math.min(2, words);
}
