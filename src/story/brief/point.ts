/**
 * A point of the brief: one happening with each outlet's report of it. A report is a sentence and the token range
 * in it that tells the point (the words shared with the other reports, or an event's mention), which becomes the
 * cited clause.
 */
import type { Doc } from '../../model/document.js';
import type { StoryEvent } from '../analysis.js';
import type { Unit } from './units.js';

export interface Report {
  unit: Unit;
  /** Token index range `[a, b)` of the unit that tells the point. */
  focus: [number, number];
}

export interface Point {
  reports: Report[];
  /** The event it stands for, when the events analysis gave one. */
  event?: StoryEvent;
}

/** The name an outlet goes by in the brief: its name where the article gives one, else the document's id. */
export function outletOf(doc: Doc): string {
  return doc.outlet?.value ?? doc.source.declared.outlet ?? doc.id;
}

/** Distinct outlets among a point's reports (two articles of one outlet count once). */
export function outletsOf(point: Point): string[] {
  return [...new Set(point.reports.map((r) => outletOf(r.unit.doc)))];
}
