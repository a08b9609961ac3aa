/**
 * Story analysis `inferredDates`: publication dates for the story's undated articles, from what they report.
 * An article that tells an event another source dates, in relative words, was written at a day those words fix:
 * "اليوم" on that day, "أمس" the day after, a bare weekday ("الاثنين") or a date of this month ("27 أيلول
 * الجاري") on or after it (the event's day is taken). The latest day-precise date the article itself gives for a
 * past event is a lower bound too. The latest bound wins, unless a day fixed by اليوم/أمس is later still.
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
    const ctx = inferenceContext(events, docs);
    for (const doc of docs) {
      if (doc.published) continue;
      const bounds = boundsOf(doc, ctx);
      if (!bounds.length) continue;
      const lower = bounds.reduce((a, b) => (b.day > a.day ? b : a));
      const exact = bounds.filter((b) => b.exact && b.day >= lower.day).sort((a, b) => b.day - a.day)[0];
      const pick = exact ?? lower;
      out.push({ doc: doc.id, value: isoDay(pick.day), by: 'inferred:events', span: pick.span });
    }
    return out;
  },
});

/**
 * What every undated article's bounds read, indexed once per story rather than searched per article (a story of
 * a thousand copies has a thousand undated articles, each in most events): each event's mentions by document, and
 * each document's event mentions by span.
 */
interface Context {
  events: readonly StoryEvent[];
  /** Per event, its mentions of each document. */
  own: Array<Map<string, StoryEvent['mentions']>>;
  /** Per document, the events that mention it (indices, ascending). */
  eventsOf: Map<string, number[]>;
  /** Per document, its event mentions by `start:end`. */
  items: Map<string, Map<string, EventMentionItem[]>>;
  docs: Map<string, Doc>;
  /** Per event, its days as the dated articles fix them (see {@link solidInterval}), worked out on first use. */
  solid: Array<Interval | null | undefined>;
}

const itemsOf = (d: Doc) => (d.layers.events as EventMentionItem[] | undefined) ?? [];

function inferenceContext(events: readonly StoryEvent[], docs: readonly Doc[]): Context {
  const own = events.map((e) => {
    const byDoc = new Map<string, StoryEvent['mentions']>();
    for (const m of e.mentions) {
      const list = byDoc.get(m.doc);
      if (list) list.push(m);
      else byDoc.set(m.doc, [m]);
    }
    return byDoc;
  });
  const items = new Map<string, Map<string, EventMentionItem[]>>();
  for (const d of docs) {
    const bySpan = new Map<string, EventMentionItem[]>();
    for (const item of itemsOf(d)) {
      const k = `${item.start}:${item.end}`;
      const list = bySpan.get(k);
      if (list) list.push(item);
      else bySpan.set(k, [item]);
    }
    items.set(d.id, bySpan);
  }
  const eventsOf = new Map<string, number[]>();
  own.forEach((byDoc, k) => {
    for (const id of byDoc.keys()) {
      const list = eventsOf.get(id);
      if (list) list.push(k);
      else eventsOf.set(id, [k]);
    }
  });
  return { events, own, eventsOf, items, docs: new Map(docs.map((d) => [d.id, d])), solid: events.map(() => undefined) };
}

function boundsOf(doc: Doc, ctx: Context): Bound[] {
  const items = itemsOf(doc);
  const bySpan = ctx.items.get(doc.id)!;
  const out: Bound[] = [];
  for (const item of items) {
    if (item.modes.length) continue;
    // the article's own day-precise dates of past events
    if (item.date.explicit && item.date.value) {
      const i = intervalOf(item.date.value);
      if (i && width(i) <= 7) out.push({ day: i.hi, exact: false, span: item.date.span });
    }
  }
  // the events that mention the article, in the order of the events
  for (const k of ctx.eventsOf.get(doc.id) ?? []) {
    const e = ctx.events[k]!;
    const own = ctx.own[k]!.get(doc.id)!;
    const known = solidOf(ctx, k);
    if (!known || width(known) > 7) continue;
    for (const m of own) {
      // the first of the article's event mentions at the span (in its order) that has the type and no mode
      const item = (bySpan.get(`${m.start}:${m.end}`) ?? []).find((x) => x.type === e.type && !x.modes.length);
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
      } else if ((rel.kind === 'offset' && rel.days === 0) || rel.kind === 'current') out.push({ day: known.lo, exact: false, span });
    }
  }
  return out;
}

function solidOf(ctx: Context, k: number): Interval | null {
  let v = ctx.solid[k];
  if (v === undefined) v = ctx.solid[k] = solidInterval(ctx, k);
  return v;
}

/**
 * The days of an event as the articles fix them: the intersection of the intervals of its mentions that a text
 * dates, over what an article dated (a date relative to its own published day) or a date written in full. A
 * weekday another undated article resolved against a guessed anchor is no ground, and neither are the relative
 * words of the article being dated; since only undated articles are dated, those are among the undated
 * articles' relative dates already left out, so the interval is the same for every article of the story and is
 * worked out once per event. (The intersection does not depend on the order its intervals are taken in.)
 */
function solidInterval(ctx: Context, k: number): Interval | null {
  const type = ctx.events[k]!.type;
  let all: Interval | null = null;
  for (const [id, mentions] of ctx.own[k]!) {
    const d = ctx.docs.get(id);
    if (!d) continue;
    const bySpan = ctx.items.get(id)!;
    // each of the document's items at a mentioned span counts once, however many mentions share the span
    const seen = new Set<string>();
    for (const m of mentions) {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // a clause can report two events (the pact announced on Friday, the withdrawal it sets for next year): only
      // the items of this event's type date it
      for (const item of bySpan.get(key) ?? []) {
        if (item.type !== type || !item.date.value || item.date.by !== 'text') continue;
        if (!item.date.explicit && (!d.published || d.published.by.startsWith('inferred'))) continue;
        const i = intervalOf(item.date.value);
        if (!i) continue;
        all = all ? intersect(all, i) : i;
        if (!all) return null;
      }
    }
  }
  return all;
}
