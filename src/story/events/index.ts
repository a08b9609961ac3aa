/**
 * Story analysis `events`: one {@link StoryEvent} per real happening of the story, its reports merged across
 * outlets and within an article (merge.ts), its date reconciled from every report (dates.ts), in date order (the
 * story's timeline). Groups too thin to be a happening (one report with neither a date nor a named party, or
 * only announcements of something no report types) are left out.
 */
import type { Doc } from '../../model/document.js';
import { mention } from '../../outputs/dossier.js';
import { storyAnalysis, type StoryEvent } from '../analysis.js';
import { daysOnWeekday, isoDay, precisionOf, reconcile, width, type Interval } from './dates.js';
import { groupReports, type Group } from './merge.js';
import { rarity, storyReports, type Report } from './reports.js';

/** Whitespace that folding into single spaces changes: a run of it, or any but a space. */
const FOLDABLE = /\s\s|[^\S ]/;

/** Longest summary, in characters; a longer clause is cut at a word. */
const SUMMARY_LENGTH = 160;

export const storyEvents = storyAnalysis({
  name: 'events',
  adds: 'events',
  needs: [],
  run({ story, docs, entities }) {
    const reports = storyReports(docs, entities);
    const groups = groupReports(reports, rarity(reports)).filter(meaningful);
    const events = groups.map((g) => toEvent(g));
    events.sort((a, b) => order(a) - order(b) || (a.mentions[0]!.doc < b.mentions[0]!.doc ? -1 : 1) || a.mentions[0]!.start - b.mentions[0]!.start);
    return events.map((e, i) => ({ ...e, id: `${story.id}-event-${i + 1}` }));
  },
});

function meaningful(g: Group): boolean {
  const typed = g.reports.filter((r) => !r.item.light);
  if (!typed.length) return false;
  if (g.reports.length > 1) return true;
  const r = typed[0]!;
  // a denial names what did not happen, and who says so: an analyst wants it beside the reports it answers
  const denial = r.item.modes.includes('negated') && r.actors.length > 0;
  return r.item.date.value !== null || denial || (r.actors.length > 0 && r.item.trigger.pos !== 'noun') || (r.actors.length > 0 && r.places.length > 0);
}

const order = (e: StoryEvent) => ((e.date.interval as Interval | undefined)?.lo ?? Number.MAX_SAFE_INTEGER);

function majority<T>(xs: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  for (const [x, n] of counts) if (best === null || n > counts.get(best)!) best = x;
  return best;
}

function toEvent(g: Group): StoryEvent {
  const typed = g.reports.filter((r) => !r.item.light);
  // the article's own date stands in only where no report states one
  const stated = g.reports.filter((r) => !r.soft && r.item.date.value);
  const values = (stated.length ? stated : g.reports).map((r) => r.item.date.value).filter((v): v is string => !!v);
  const date = (!stated.length && weekdayDate(g)) || reconcile(values);
  const best = [...typed].sort((a, b) => weight(b) - weight(a))[0]!;
  const docs = [...new Set(g.reports.map((r) => r.doc))];
  const seen = new Set<string>();
  const mentions = g.reports
    .filter((r) => {
      const k = `${r.doc.id}:${r.item.start}:${r.item.end}`;
      return !seen.has(k) && seen.add(k);
    })
    .map((r) => mention(r.doc, r.item));
  const modes = ['negated', 'future', 'hypothetical'].filter((m) => typed.every((r) => r.item.modes.includes(m as 'future')));
  return {
    id: '',
    type: majority(typed.map((r) => r.item.type!))!,
    mode: majority(typed.map((r) => r.item.mode).filter((m): m is string => !!m)),
    date: date
      ? { value: date.value, precision: precisionOf(date.value), interval: date.interval, by: g.reports.some((r) => r.item.date.by === 'text') ? 'text' : 'published' }
      : { value: null, precision: null },
    summary: trim(best.item.text),
    actors: [...new Set(g.reports.flatMap((r) => r.actors))],
    places: [...new Set(g.reports.flatMap((r) => r.places))],
    mentions,
    triggers: g.reports.map((r) => mention(r.doc, r.item.trigger)),
    outlets: [...new Set(docs.map(outletName))],
    documents: docs.map((d) => d.id),
    modes,
  };
}

function outletName(d: Doc): string {
  return d.outlet?.value ?? d.id;
}

/**
 * The day a group's bare weekday ("أمس الأربعاء" of an undated article) names inside the days its other reports
 * allow, when no report states a date and exactly one such day fits: the news of a week that names its Wednesday.
 */
function weekdayDate(g: Group): { value: string; interval: Interval } | null {
  if (g.weekday === null || !g.interval || width(g.interval) > 7) return null;
  const days = daysOnWeekday(g.interval, g.weekday);
  return days.length === 1 ? { value: isoDay(days[0]!), interval: { lo: days[0]!, hi: days[0]! } } : null;
}

/** Which report best stands for the event: one with a stated date, named parties and a short clause. */
function weight(r: Report): number {
  return (r.item.date.by === 'text' ? 2 : r.item.date.value ? 1 : 0) + Math.min(3, r.actors.length + r.places.length) * 0.5 - (r.item.title ? 0.5 : 0) - r.item.text.length / 1000;
}

function trim(text: string): string {
  // most clauses have single spaces only: nothing to fold, no copy made
  const flat = (FOLDABLE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  if (flat.length <= SUMMARY_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', SUMMARY_LENGTH);
  return flat.slice(0, cut > 40 ? cut : SUMMARY_LENGTH) + '…';
}
