/**
 * Points from the events analysis: each event with its mentions placed in the sentences that carry them. A mention
 * outside the running text (a caption, a headline) is not cited; an event left with none is not a point.
 *
 * The brief vouches for what it cites, so an event's reports are checked against each other: the event's own
 * report (the mention its summary quotes, else the one most like the others) stays, and each other article keeps
 * its one report most like it, if that report shares enough of its distinctive words. An event merged too
 * eagerly (two different meetings under one verb) then cites only what tells the same thing.
 */
import type { StoryEvent } from '../analysis.js';
import { alikeScores, similarity, type TermWeights } from './cluster.js';
import type { Point, Report } from './point.js';
import type { Unit } from './units.js';

/** Similarity another article's report needs to its event's own report to be cited with it. */
const SAME_EVENT = 0.1;

export function eventPoints(events: readonly StoryEvent[], units: readonly Unit[], w: TermWeights): Point[] {
  return rawEventPoints(events, units).flatMap((p) => {
    const checked = coherent(p, w);
    return checked ? [checked] : [];
  });
}

function coherent(point: Point, w: TermWeights): Point | null {
  const { reports, event } = point;
  const summary = typeof event?.summary === 'string' ? event.summary.trim() : '';
  const own =
    reports.find((r) => summary && r.unit.doc.source.text.slice(r.unit.tokens[r.focus[0]]!.start, r.unit.tokens[r.focus[1] - 1]!.end).includes(summary)) ??
    mostAlike(reports, w);
  const kept: Report[] = [own];
  const byDoc = new Map<string, Report[]>();
  for (const r of reports) if (r.unit.doc !== own.unit.doc) byDoc.set(r.unit.doc.id, [...(byDoc.get(r.unit.doc.id) ?? []), r]);
  for (const list of byDoc.values()) {
    const best = list.reduce((a, b) => (similarity(b.unit, own.unit, w) > similarity(a.unit, own.unit, w) ? b : a));
    if (similarity(best.unit, own.unit, w) >= SAME_EVENT) kept.push(best);
  }
  return { ...point, reports: kept };
}

/**
 * The report most like the other articles' reports: the greatest sum of cosines to the reports of other
 * documents (the first of equal sums). A sum of cosines is the cosine with the sum of the vectors, so each report
 * is compared with the sum over the point less its own article's share, not with every other report (a point of
 * a thousand copies would be a million pairs).
 */
function mostAlike(reports: readonly Report[], w: TermWeights): Report {
  const scores = alikeScores(
    reports.map((r) => r.unit),
    reports.map((r) => r.unit.doc.id),
    w,
  );
  let best = reports[0]!;
  let bestScore = -Infinity;
  reports.forEach((r, k) => {
    // sums taken in another order differ in the last bits: a difference that small is a tie
    if (scores[k]! > bestScore + 1e-9) (best = r), (bestScore = scores[k]!);
  });
  return best;
}

function rawEventPoints(events: readonly StoryEvent[], units: readonly Unit[]): Point[] {
  const byDoc = new Map<string, Unit[]>();
  for (const u of units) {
    const list = byDoc.get(u.doc.id);
    if (list) list.push(u);
    else byDoc.set(u.doc.id, [u]);
  }
  const out: Point[] = [];
  for (const event of events) {
    const reports = new Map<Unit, Report>();
    for (const m of event.mentions ?? []) {
      if (!Number.isFinite(m?.start) || !Number.isFinite(m?.end)) continue;
      for (const u of byDoc.get(m.doc) ?? []) {
        // a sentence wholly before or after the mention has no token in it
        if (u.tokens[0]!.start >= m.end || u.tokens[u.tokens.length - 1]!.end <= m.start) continue;
        const at = u.tokens.map((t, i) => (t.start < m.end && m.start < t.end ? i : -1)).filter((i) => i >= 0);
        if (!at.length) continue;
        const focus: [number, number] = [at[0]!, at[at.length - 1]! + 1];
        const had = reports.get(u);
        reports.set(u, { unit: u, focus: had ? [Math.min(had.focus[0], focus[0]), Math.max(had.focus[1], focus[1])] : focus });
      }
    }
    if (reports.size) out.push({ reports: [...reports.values()], event });
  }
  return out;
}
