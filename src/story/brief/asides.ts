/**
 * An aside: a sentence the article itself marks as another matter (وفي سياق منفصل، على صعيد آخر، في خبر آخر …),
 * as wire copy and round-ups append unrelated items to a report. The brief tells the story, so a point that only
 * asides report is left out of it (the events analysis still keeps the happening).
 */
import { normalize } from '../../language/normalize.js';
import type { Point } from './point.js';
import type { Unit } from './units.js';

/** Openings that announce another matter, as normalised words (the conjunction و is taken off the first). */
const ASIDE_OPENINGS: readonly (readonly string[])[] = [
  'في سياق منفصل',
  'في سياق اخر',
  'في سياق مختلف',
  'في شان اخر',
  'في شان منفصل',
  'في خبر اخر',
  'في خبر منفصل',
  'على صعيد اخر',
  'على صعيد منفصل',
  'في تطور منفصل',
  'بعيدا عن',
].map((p) => p.split(' ').map((w) => normalize(w)));

/** Whether the unit's sentence opens with an aside's words. */
export function opensAside(unit: Unit): boolean {
  const words: string[] = [];
  for (const t of unit.tokens) {
    if (t.kind !== 'word') continue;
    words.push(words.length === 0 && t.norm.length > 2 && t.norm.startsWith('و') ? t.norm.slice(1) : t.norm);
    if (words.length === 3) break;
  }
  return ASIDE_OPENINGS.some((p) => p.every((w, k) => words[k] === w));
}

/** Whether every report of the point is an aside. */
export function onlyAsides(point: Point): boolean {
  return point.reports.length > 0 && point.reports.every((r) => opensAside(r.unit));
}
