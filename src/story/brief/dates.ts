/**
 * When a point happened, to tell the brief in order: the event's date where the events analysis gave one, else the
 * date the cited clauses state (the time layer's resolved value), else the date of the articles that report it.
 */
import type { Doc } from '../../model/document.js';
import { normalize } from '../../language/normalize.js';
import type { TimeExpr } from '../../stages/time/types.js';
import type { Point } from './point.js';

/** The article's own date: its publication date, or the date the time stage read its relative times against. */
export function docDate(doc: Doc): string | null {
  const anchor = doc.layers.timeAnchor as { value?: string | null } | undefined;
  return doc.published?.value ?? anchor?.value ?? null;
}

/**
 * The first dated time expression inside a span. "منذ أغسطس" starts a period that leads up to the point; it does
 * not date it.
 */
export function dateIn(doc: Doc, span: { start: number; end: number }): string | null {
  const times = (doc.layers.times as TimeExpr[] | undefined) ?? [];
  for (const t of times) {
    if (t.end <= span.start || t.start >= span.end || !t.value) continue;
    if (t.kind !== 'date' && t.kind !== 'range') continue;
    const before = normalize(doc.source.text.slice(Math.max(0, t.start - 8), t.start)).trim().split(/\s+/).pop() ?? '';
    if (before === 'منذ') continue;
    return t.value;
  }
  return null;
}

/**
 * A key that sorts ISO prefixes, ranges, weeks and seasons in time order (a range by its start, a week and a
 * season by their first month); `null` for no date.
 */
export function sortKey(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.split('/')[0]!;
  const week = /^(\d{4})-W(\d{2})$/.exec(v);
  if (week) {
    const day = new Date(Date.UTC(Number(week[1]), 0, 1 + (Number(week[2]) - 1) * 7));
    return day.toISOString().slice(0, 10);
  }
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (season) return `${season[1]}-${{ SP: '03', SU: '06', FA: '09', WI: '12' }[season[2] as 'SP']}`;
  return /^\d{4}(-\d{2}(-\d{2})?)?/.exec(v)?.[0] ?? null;
}

/**
 * The date of a point: the events analysis's, else the one most of its cited clauses state, else the earliest date of the articles reporting it.
 */
export function pointDate(point: Point, clauses: Array<{ doc: Doc; span: { start: number; end: number } }>): string | null {
  if (point.event?.date?.value) return point.event.date.value;
  const stated = clauses.map((c) => dateIn(c.doc, c.span)).filter((v): v is string => !!v && !!sortKey(v));
  if (stated.length) {
    const count = new Map<string, number>();
    for (const v of stated) count.set(v, (count.get(v) ?? 0) + 1);
    // on a tie the more precise date (a day over a year) is the happening's, a year more often its background
    const precision = (v: string) => sortKey(v)!.length;
    return [...count].sort((a, b) => b[1] - a[1] || precision(b[0]) - precision(a[0]) || (sortKey(a[0])! < sortKey(b[0])! ? -1 : 1))[0]![0];
  }
  // the first of the earliest: what a stable sort by key puts first (each key worked out once, not per comparison)
  let first: string | null = null;
  let firstKey: string | null = null;
  for (const c of clauses) {
    const v = docDate(c.doc);
    const key = v ? sortKey(v) : null;
    if (key && (firstKey === null || key < firstKey)) [first, firstKey] = [v, key];
  }
  return first;
}
