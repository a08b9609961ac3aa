/**
 * The event mentions of a story's documents as reports to be merged: each with its document, its date as an
 * interval (or a weekday for an undated article's "الاثنين"), the entity ids of its actors and place across the
 * run, and how distinctive each of its words is within the story.
 */
import type { Doc } from '../../model/document.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { weekdayIn, type EventMentionItem } from '../../stages/events/index.js';
import { intervalOf, type Interval } from './dates.js';
import { entityMentionsOf } from '../entity-index.js';

/** Days before the article's date a past verb with no time word may report (the news of recent days). */
const NEWS_DAYS = 6;

export interface Report {
  doc: Doc;
  item: EventMentionItem;
  interval: Interval | null;
  /** The date is the article's own (a past verb with no time word), not one the text states. */
  soft: boolean;
  /** A bare weekday the report gives when it has no value (an undated article). */
  weekday: number | null;
  actors: string[];
  places: string[];
  words: string[];
}

export function storyReports(docs: readonly Doc[], entities: readonly ResolvedEntity[]): Report[] {
  const idAt = (doc: string, s: { start: number; end: number }) => entityMentionsOf(entities, doc).find((m) => m.start < s.end && s.start < m.end)?.entity.id;
  const out: Report[] = [];
  for (const doc of docs) {
    for (const item of (doc.layers.events as EventMentionItem[] | undefined) ?? []) {
      const soft = item.date.by === 'published';
      const stated = intervalOf(item.date.value);
      out.push({
        doc,
        item,
        interval: soft && stated ? { lo: stated.lo - NEWS_DAYS, hi: stated.hi } : stated,
        soft,
        weekday: item.date.value === null && item.date.span ? weekdayIn(item.date.span.text) : null,
        actors: [...new Set(item.actors.map((a) => idAt(doc.id, a)).filter((x): x is string => !!x))],
        places: item.location ? [idAt(doc.id, item.location)].filter((x): x is string => !!x) : [],
        words: item.words,
      });
    }
  }
  return out;
}

/** Inverse frequency of each word and entity over the story's clauses, in (0, 1]: 1 for a word one clause uses. */
export function rarity(reports: readonly Report[]): (key: string) => number {
  // each key counted once per clause: the clause that last counted it is kept beside its count (no set per clause)
  const clauses = new Set<string>();
  const df = new Map<string, number>();
  const countedIn = new Map<string, number>();
  const count = (key: string, clause: number) => {
    if (countedIn.get(key) === clause) return;
    countedIn.set(key, clause);
    df.set(key, (df.get(key) ?? 0) + 1);
  };
  for (const r of reports) {
    const k = `${r.doc.id}:${r.item.start}`;
    if (clauses.has(k)) continue;
    clauses.add(k);
    const clause = clauses.size;
    for (const w of r.words) count(w, clause);
    for (const a of r.actors) count(`@${a}`, clause);
    for (const p of r.places) count(`@${p}`, clause);
  }
  const n = Math.max(2, clauses.size);
  return (key) => Math.log(n / (df.get(key) ?? 1)) / Math.log(n);
}
