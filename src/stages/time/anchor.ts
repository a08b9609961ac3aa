/**
 * The reference date of an article. Its publication date when it has one; otherwise the best date the article
 * itself offers: a full date written with its weekday (أعلنت بغداد، الخميس 25 يناير 2024) names the day of
 * writing more often than any other, and failing that the latest full date the text reports as past (a date in
 * a clause about what will happen is not when the article was written). A page stamp is furniture, not body,
 * and never reaches here; the publication date itself comes from the metadata stage.
 */
import type { Evidence } from '../../model/document.js';
import { weekdayOf } from './calendar.js';
import type { Anchor, Candidate, Ref } from './types.js';

/** A date written with its year, month and day. */
type FullDate = Extract<Ref, { t: 'abs' }> & { m: number; d: number };

export interface ChosenAnchor {
  anchor: Anchor | null;
  by: string;
  /** The candidate that gave it, for an inferred anchor. */
  from: Candidate | null;
}

/** Parses a declared or found publication date (`2024-01-25`, `2024-01`, `2024`, with a time after it or not). */
export function anchorFromPublished(value: string | undefined | null): Anchor | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value) : null;
  if (!m) return null;
  const a: Anchor = { y: Number(m[1]), use: 'published' };
  if (m[2]) a.m = Number(m[2]);
  if (m[3]) a.d = Number(m[3]);
  return a;
}

/**
 * `published` is the document's date with its evidence: stated (a stamp, a dateline, a declared field) it anchors
 * as `published`; inferred by another stage (`by: inferred:…`) it anchors as an inferred date, `published:inferred:…`.
 */
export function chooseAnchor(
  published: Evidence<string> | null | undefined,
  candidates: readonly Candidate[],
  isFuture: (c: Candidate) => boolean,
): ChosenAnchor {
  const declared = anchorFromPublished(published?.value);
  if (declared && published) {
    if (!published.by.startsWith('inferred')) return { anchor: declared, by: 'published', from: null };
    return { anchor: { ...declared, use: 'inferred-anchor' }, by: `published:${published.by}`, from: null };
  }
  const full = candidates
    .map((c) => ({ c, ref: fullDate(c.kind === 'range' && c.ref2 ? c.ref2 : c.ref) }))
    .filter((x): x is { c: Candidate; ref: FullDate } => x.ref !== null)
    .filter((x) => !isFuture(x.c));
  if (!full.length) return { anchor: null, by: 'none', from: null };
  const named = full.filter((x) => x.c.weekday !== undefined && weekdayOf(x.ref) === x.c.weekday);
  const pool = named.length ? named : full;
  const best = pool.reduce((a, b) => (key(b.ref) > key(a.ref) ? b : a));
  return {
    anchor: { y: best.ref.y, m: best.ref.m, d: best.ref.d, use: 'inferred-anchor', lowerBound: true, loose: named.length === 0 },
    by: named.length ? 'inferred:weekday-date' : 'inferred:latest-date',
    from: best.c,
  };
}

function fullDate(ref: Ref): FullDate | null {
  return ref.t === 'abs' && ref.m !== undefined && ref.d !== undefined ? (ref as FullDate) : null;
}

function key(r: { y: number; m: number; d: number }): number {
  return r.y * 10000 + r.m * 100 + r.d;
}
