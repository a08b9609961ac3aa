/**
 * Story analysis `inferredDates`: publication dates for the story's undated articles, from what they report.
 * An article that tells an event another source dates, in relative words, was written at a day those words fix:
 * "اليوم" on that day, "أمس" the day after, a bare weekday ("الاثنين") that week, on or after the event (the
 * event's day is taken). The latest day-precise date the article itself gives for a past event is a lower bound
 * too. The latest bound wins, unless a day fixed by اليوم/أمس is later still.
 */
import type { Doc } from '../../model/document.js';
import { storyAnalysis, type InferredDate, type StoryEvent } from '../analysis.js';
import { weekdayIn, type EventMentionItem } from '../../stages/events/index.js';
import { daysOnWeekday, intersect, intervalOf, isoDay, width, type Interval } from './dates.js';

interface Bound {
  day: number;
  /** Fixed by اليوم/أمس: the article's day itself, not a bound. */
  exact: boolean;
  span: { start: number; end: number } | null;
}

export const inferredDates = storyAnalysis({
  name: 'inferredDates',
  adds: 'inferredDates',
  needs: ['events'],
  run({ docs, results }) {
    const events = results.events ?? [];
    const out: InferredDate[] = [];
    for (const doc of docs) {
      if (doc.published) continue;
      const bounds = boundsOf(doc, events, docs);
      if (!bounds.length) continue;
      const lower = bounds.reduce((a, b) => (b.day > a.day ? b : a));
      const exact = bounds.filter((b) => b.exact && b.day >= lower.day).sort((a, b) => b.day - a.day)[0];
      const pick = exact ?? lower;
      out.push({ doc: doc.id, value: isoDay(pick.day), by: 'inferred:events', span: pick.span });
    }
    return out;
  },
});

function boundsOf(doc: Doc, events: readonly StoryEvent[], docs: readonly Doc[]): Bound[] {
  const items = (doc.layers.events as EventMentionItem[] | undefined) ?? [];
  const out: Bound[] = [];
  for (const item of items) {
    if (item.modes.length) continue;
    // the article's own day-precise dates of past events
    if (item.date.explicit && item.date.value) {
      const i = intervalOf(item.date.value);
      if (i && width(i) <= 7) out.push({ day: i.hi, exact: false, span: item.date.span });
    }
  }
  for (const e of events) {
    const own = e.mentions.filter((m) => m.doc === doc.id);
    if (!own.length) continue;
    const known = solidInterval(e, doc, docs);
    if (!known || width(known) > 7) continue;
    for (const m of own) {
      const item = items.find((x) => x.start === m.start && x.end === m.end && x.type === e.type && !x.modes.length);
      const rel = item?.date.relation;
      if (!item || !rel) continue;
      const span = item.date.span ?? { start: item.start, end: item.end };
      // "أمس الاثنين" of a two-day meeting: the weekday picks the day, the offset the article's day
      const wd = item.date.span ? weekdayIn(item.date.span.text) : null;
      const base = width(known) === 1 ? known.lo : wd !== null ? daysOnWeekday(known, wd)[0] : undefined;
      if (rel.kind === 'offset' && base !== undefined) out.push({ day: base - rel.days, exact: true, span });
      else if (rel.kind === 'weekday') {
        const d = daysOnWeekday(known, rel.weekday)[0];
        if (d !== undefined) out.push({ day: d, exact: false, span });
      } else if (rel.kind === 'offset' && rel.days === 0) out.push({ day: known.lo, exact: false, span });
    }
  }
  return out;
}

/** The days of an event as the other articles, and this one's stated dates, fix them. */
function solidInterval(e: StoryEvent, doc: Doc, docs: readonly Doc[]): Interval | null {
  let all: Interval | null = null;
  for (const d of docs) {
    for (const item of (d.layers.events as EventMentionItem[] | undefined) ?? []) {
      if (!item.date.value || item.date.by !== 'text' || !e.mentions.some((m) => m.doc === d.id && m.start === item.start && m.end === item.end)) continue;
      // what an article dated, or a date written in full; a weekday another undated article resolved against a
      // guessed anchor is no ground, and this article's own relative words are what is being dated
      if (!item.date.explicit && (d.id === doc.id || !d.published || d.published.by.startsWith('inferred'))) continue;
      const i = intervalOf(item.date.value);
      if (!i) continue;
      all = all ? intersect(all, i) : i;
      if (!all) return null;
    }
  }
  return all;
}
