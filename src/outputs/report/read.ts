/**
 * Reads the dossier's story fields, typed `unknown[]` in the dossier, into the shapes of the story analysis
 * contract. The report must show whatever a dossier holds and never fall over on it: an item missing a required
 * part is left out, optional parts default, and fields beyond the contract are kept for display.
 */
import type { Mention } from '../dossier.js';
import type { BriefSentence, OutletFraming, ReusePair, StoryCommitment, StoryEvent, StoryQuantity } from '../../story/analysis.js';

type Obj = Record<string, unknown>;

export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const strings = (x: unknown): string[] => list(x).filter((s): s is string => typeof s === 'string');

export function asMention(x: unknown): Mention | null {
  if (!isObj(x)) return null;
  const doc = str(x.doc);
  const start = num(x.start);
  const end = num(x.end);
  if (doc === null || start === null || end === null) return null;
  return { doc, start, end, text: str(x.text) ?? '' };
}

export function mentionsOf(x: unknown): Mention[] {
  return list(x).flatMap((m) => asMention(m) ?? []);
}

export function readEvents(items: unknown[]): StoryEvent[] {
  return items.flatMap((e, i) => {
    if (!isObj(e)) return [];
    const date = isObj(e.date) ? e.date : {};
    return [
      {
        ...e,
        id: str(e.id) ?? `event-${i + 1}`,
        type: str(e.type) ?? 'UNKNOWN',
        mode: str(e.mode),
        date: { ...date, value: str(date.value) },
        summary: str(e.summary) ?? '',
        actors: strings(e.actors),
        mentions: mentionsOf(e.mentions),
      },
    ];
  });
}

export function readQuantities(items: unknown[]): StoryQuantity[] {
  return items.flatMap((q) => {
    if (!isObj(q) || num(q.value) === null) return [];
    return [{ ...q, value: num(q.value)!, unit: str(q.unit), subject: str(q.subject), consistent: q.consistent !== false, mentions: mentionsOf(q.mentions) }];
  });
}

const STATUSES = new Set(['announced', 'fulfilled', 'broken', 'unknown']);

export function readCommitments(items: unknown[]): StoryCommitment[] {
  return items.flatMap((c) => {
    if (!isObj(c)) return [];
    const status = str(c.status) ?? 'unknown';
    return [
      {
        ...c,
        party: str(c.party),
        text: str(c.text) ?? '',
        status: (STATUSES.has(status) ? status : 'unknown') as StoryCommitment['status'],
        mentions: mentionsOf(c.mentions),
      },
    ];
  });
}

export function readOutlets(items: unknown[]): OutletFraming[] {
  return items.flatMap((o) => {
    if (!isObj(o) || str(o.name) === null) return [];
    const tone = num(o.tone) ?? 0;
    return [{ ...o, name: str(o.name)!, documents: strings(o.documents), tone: Math.max(-1, Math.min(1, tone)), markers: mentionsOf(o.markers) }];
  });
}

export function readReuse(items: unknown[]): ReusePair[] {
  return items.flatMap((p) => {
    if (!isObj(p) || str(p.a) === null || str(p.b) === null) return [];
    return [{ ...p, a: str(p.a)!, b: str(p.b)!, score: Math.max(0, Math.min(1, num(p.score) ?? 0)) }];
  });
}

export function readBrief(items: unknown[]): BriefSentence[] {
  return items.flatMap((s) => {
    if (!isObj(s) || str(s.text) === null) return [];
    return [{ ...s, text: str(s.text)!, cites: mentionsOf(s.cites) }];
  });
}

/** An entity of the dossier (`Entity` of the contract). */
export interface EntityView {
  id: string;
  type: string;
  name: string;
  variants: string[];
  roles: string[];
  mentions: Mention[];
}

export function readEntities(items: unknown[]): EntityView[] {
  return items.flatMap((e) => {
    if (!isObj(e) || str(e.id) === null) return [];
    return [
      {
        id: str(e.id)!,
        type: str(e.type) ?? 'MISC',
        name: str(e.name) ?? str(e.id)!,
        variants: strings(e.variants),
        roles: strings(e.roles),
        mentions: mentionsOf(e.mentions),
      },
    ];
  });
}

/** A quote of the dossier (`Quote` of the contract). */
export interface QuoteView extends Mention {
  speaker: { entity: string | null; text: string | null };
  cue: string | null;
  direct: boolean;
  via: string[];
}

export function readQuotes(items: unknown[]): QuoteView[] {
  return items.flatMap((q) => {
    const m = asMention(q);
    if (!m || !isObj(q)) return [];
    const sp = isObj(q.speaker) ? q.speaker : {};
    return [{ ...m, speaker: { entity: str(sp.entity), text: str(sp.text) }, cue: str(q.cue), direct: q.direct === true, via: strings(q.via) }];
  });
}

/**
 * Which events an outlet covers, when its framing says so (`outlets[].coverage`): a list of event ids, or a
 * record from event id to a count or to mentions. Null when the field is absent.
 */
export function coverageOf(o: OutletFraming): Map<string, number> | null {
  const c = o.coverage;
  if (Array.isArray(c)) return new Map(strings(c).map((id) => [id, 1]));
  if (isObj(c)) {
    return new Map(
      Object.entries(c).map(([id, v]) => [id, typeof v === 'number' ? v : Array.isArray(v) ? v.length : v ? 1 : 0]),
    );
  }
  return null;
}

/** Every Mention an item of unknown shape holds, one level down (`a`, `b`, `mentions`, …). */
export function mentionsWithin(x: unknown): Mention[] {
  if (!isObj(x)) return [];
  return Object.values(x).flatMap((v) => {
    const m = asMention(v);
    if (m) return [m];
    return Array.isArray(v) ? mentionsOf(v) : isObj(v) ? mentionsOf(Object.values(v)) : [];
  });
}
