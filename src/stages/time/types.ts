/**
 * The time stage's vocabulary. Parsers propose {@link Candidate}s (a span of the normalised body and what it
 * says, still unresolved: "February, the last one", "the Wednesday of this clause"); refiners merge, direct and
 * filter them; resolution turns each {@link Ref} into a contract value against the article's {@link Anchor}.
 */

export type Kind = 'date' | 'time' | 'range' | 'duration' | 'set';

/** How a value was reached: against the publication date, against a date the text offers, from the words alone. */
export type AnchorUse = 'published' | 'inferred-anchor' | 'explicit' | 'none';

/**
 * Which occurrence a year-less expression means: the last one on or before the anchor (`past`), the next one on
 * or after it (`future`), strictly so (`last`/`next`, as with الماضي/المقبل), or still to be read from the
 * clause's tense (`auto`); or the one nearest the anchor either way (`near`), as an effective-from date reads
 * (اعتباراً من مطلع يونيو: the coming June in a paper of late May, the last one in a paper of August); or, when
 * the clause has no tense word either way (`recent`), the last one unless the next one is only days ahead: a
 * reporter names the year of a date almost a year old, not of one in a fortnight (مطلع سبتمبر in a paper of
 * mid-August is the coming one; زار … في 3 سبتمبر with كان قد before it stays the last one).
 */
export type Direction = 'auto' | 'past' | 'future' | 'last' | 'next' | 'near' | 'recent';

export type Unit = 'day' | 'week' | 'month' | 'year';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** What an expression denotes, before it meets the anchor. */
export type Ref =
  /** A date with its year written: 2024, 2024-07, 2024-07-22. */
  | { t: 'abs'; y: number; m?: number; d?: number }
  /** A month (and day) without a year: فبراير الماضي، 7 أكتوبر. */
  | { t: 'md'; m: number; d?: number; dir: Direction }
  /**
   * So many units from the anchor's: أمس (day −1), الأسبوع الماضي (week −1), أبريل من هذا العام (year 0, month 4),
   * 20 من الشهر الماضي (month −1, day 20).
   */
  | { t: 'shift'; unit: Unit; n: number; m?: number; d?: number }
  /** A weekday of the week around the anchor. */
  | { t: 'weekday'; wd: number; dir: Direction }
  /** A season, with its year written or relative to the anchor's season. */
  | { t: 'season'; s: Season; y?: number; dir?: Direction | 'this'; yearShift?: number }
  /** A Hijri date: with its year it stands alone, without it the anchor picks the occurrence. */
  | { t: 'hijri'; y?: number; m?: number; d?: number; dir?: Direction }
  /**
   * A decade or a century: with its first year (التسعينيات 1990, القرن التاسع عشر 1800), or so many centuries
   * from the anchor's (القرن الماضي −1), holding a decade (تسعينيات القرن الماضي: decade 9) or not.
   */
  | { t: 'span'; len: 10 | 100; y?: number; rel?: number; decade?: number }
  /** Nothing a date can be given for (a duration, a set, a time relative to another event). */
  | { t: 'none' };

export interface Clock {
  h: number;
  min: number;
  zone?: string;
}

export interface Candidate {
  /** Half-open range in the normalised body. */
  s: number;
  e: number;
  kind: Kind;
  ref: Ref;
  /** The end of a range (kind `range`). */
  ref2?: Ref;
  clock?: Clock;
  /** The parser that proposed it, for debugging and for overlap ties. */
  by: string;
  /** Explicit weekday written beside a date (الخميس 25 يناير): a check on the date, and a strong anchor. */
  weekday?: number;
}

/** The reference date: the publication date, a date the article offers, or nothing. */
export interface Anchor {
  y: number;
  /** Absent for a year-precise anchor. */
  m?: number;
  /** Absent for a month-precise anchor (a declared `2024-07`). */
  d?: number;
  use: Exclude<AnchorUse, 'explicit' | 'none'>;
  /**
   * The anchor is a date the article reports, so the article was written on it or later: a year-less date a
   * little after it (the next months of the same year) can still be past.
   */
  lowerBound?: boolean;
  /**
   * The anchor only bounds the day of writing from below (the latest date the article reports, with nothing to
   * say it was written that day): references that need the very day (أمس، الثلاثاء، الأسبوع الماضي) would be
   * guesses against it and stay null; months and years still resolve.
   */
  loose?: boolean;
}

/** One time expression of an article, as the stage stores it in `doc.layers.times`. */
export interface TimeExpr {
  /** Source offsets. */
  start: number;
  end: number;
  bodyStart: number;
  bodyEnd: number;
  /** Exactly `source.text.slice(start, end)`. */
  text: string;
  value: string | null;
  kind: Kind;
  anchor: AnchorUse;
}

/** The anchor the stage used, exposed as `doc.layers.timeAnchor`. */
export interface TimeAnchorLayer {
  value: string | null;
  /** `published`, `inferred:weekday-date`, `inferred:latest-date` or `none`. */
  by: string;
  span: { start: number; end: number } | null;
}
