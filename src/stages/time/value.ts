/**
 * The value of a candidate: one reference resolved against the anchor, or a range whose ends are resolved
 * together (the start of "يومي الاثنين والثلاثاء" is the Monday before that Tuesday, not the anchor's Monday).
 * Durations and sets have no single date.
 */
import { resolveRef, type Resolved } from './resolve.js';
import type { Anchor, Candidate, Ref } from './types.js';

export function valueOf(c: Candidate, anchor: Anchor | null): Resolved {
  if (c.kind === 'duration' || c.kind === 'set') return { value: null, anchored: false };
  const a = resolveRef(c.ref, anchor);
  if (!c.ref2) return a;
  const b = resolveRef(c.ref2, anchor);
  if (b.value === null) return { value: null, anchored: false };
  // the start of a range lies on or before its end: "يومي الاثنين والثلاثاء" is the Monday before that Tuesday
  const start = needsAnchor(c.ref) ? resolveRef(pastOf(c.ref), endAnchor(b.value, anchor)) : a;
  if (start.value === null) return { value: null, anchored: false };
  // an end that is itself a span (a Hijri year is a Gregorian range) contributes its outer bound: the contract's
  // range has two ends, never three
  const from = start.value.split('/')[0]!;
  const to = b.value.split('/').at(-1)!;
  return { value: `${from}/${to}`, anchored: start.anchored || b.anchored };
}

function needsAnchor(r: Ref): boolean {
  return r.t === 'weekday' || r.t === 'md';
}

function pastOf(r: Ref): Ref {
  return r.t === 'weekday' || r.t === 'md' ? { ...r, dir: 'past' } : r;
}

function endAnchor(value: string, anchor: Anchor | null): Anchor | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return anchor;
  const a: Anchor = { y: Number(m[1]), m: Number(m[2]), use: anchor?.use ?? 'inferred-anchor' };
  if (m[3]) a.d = Number(m[3]);
  return a;
}
