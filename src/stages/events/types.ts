/** What the events stage stores in `doc.layers.events`: one item per event mention, in source offsets. */
import type { PloverType } from './lexicon.js';

export type EventModeFlag = 'negated' | 'future' | 'hypothetical';

/** How a mention's date relates to the day the article was written, when the words are relative. */
export type DateRelation =
  /** اليوم، أمس، أول أمس، غداً: so many days from the article's day. */
  | { kind: 'offset'; days: number }
  /** A bare weekday (الاثنين): a day of the week the article was written, on or before it. */
  | { kind: 'weekday'; weekday: number }
  /** No time word: a past verb reporting the news of the day, or the headline. */
  | { kind: 'news' }
  /** A date in the article's own period (27 أيلول الجاري، الشهر الحالي): written in it, after a past event of it. */
  | { kind: 'current' };

export interface MentionDate {
  /** A contract time value (ISO prefix, week, season, range `a/b`) or null. */
  value: string | null;
  /** The time expression it comes from, in source offsets, or null for the article's own date. */
  span: { start: number; end: number; text: string } | null;
  /** `text` (a time expression of the clause), `published` (the article's date), `none`. */
  by: 'text' | 'published' | 'none';
  /** Whether the value needed the article's date (relative words) or stands alone. */
  explicit: boolean;
  relation: DateRelation | null;
}

export interface EventParticipant {
  start: number;
  end: number;
  text: string;
  /** The entity stage's key of the mention (one referent per key in a document). */
  key: string;
  type: string;
}

export interface EventMentionItem {
  /** The clause, source offsets: what a reader clicks. */
  start: number;
  end: number;
  bodyStart: number;
  bodyEnd: number;
  text: string;
  /** Null for a light trigger (أعلن) whose clause has no typed trigger. */
  type: PloverType | null;
  mode: string | null;
  trigger: { start: number; end: number; text: string; pos: 'past' | 'present' | 'noun' };
  actors: EventParticipant[];
  location: EventParticipant | null;
  date: MentionDate;
  modes: EventModeFlag[];
  /** Distinctive words of the clause (normalised stems, cut to five letters), for matching across outlets. */
  words: string[];
  /** The mention lies in the headline. */
  title: boolean;
  /** A light trigger alone: a statement that something was announced, whose type other reports give. */
  light: boolean;
}
