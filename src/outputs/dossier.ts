/**
 * The dossier JSON (`marsad.dossier/1`, see schema/dossier.schema.json): what the scorer, the report, the web
 * app and any other program read. Every mention's `text` is the exact slice of its source that its offsets
 * point at. Fields of capabilities still to come are present and empty.
 */
import type { Analysis } from '../analyze.js';
import type { Doc, Evidence, Span } from '../model/document.js';
import type { Message } from '../model/message.js';

export const DOSSIER_SCHEMA = 'marsad.dossier/1';

export interface Mention {
  doc: string;
  start: number;
  end: number;
  text: string;
}

export interface DossierDocument {
  id: string;
  source: string;
  span: [number, number];
  outlet: string | null;
  title: string | null;
  published: string | null;
  body: string;
  /** How each metadata value was found, and where (extension of the contract). */
  evidence: Record<'title' | 'outlet' | 'published', { by: string; mention: Mention | null } | null>;
  /** What cleaning removed from the article (extension of the contract). */
  furniture: Array<Mention & { kind: string }>;
  encoding: string | null;
}

export interface DossierStory {
  id: string;
  title: string | null;
  documents: string[];
  events: unknown[];
  quantities: unknown[];
  commitments: unknown[];
  outlets: unknown[];
  reuse: unknown[];
  summary: unknown[];
  /** Statements of two outlets that contradict each other (extension of the contract). */
  contradictions: unknown[];
}

export interface Dossier {
  schema: typeof DOSSIER_SCHEMA;
  generator: { name: 'marsad'; version: string };
  documents: DossierDocument[];
  entities: unknown[];
  times: unknown[];
  quotes: unknown[];
  stories: DossierStory[];
  messages: Array<Message & { origin?: string }>;
}

export function mention(doc: Doc, span: Span): Mention {
  return { doc: doc.id, start: span.start, end: span.end, text: doc.source.text.slice(span.start, span.end) };
}

function evidence(doc: Doc, e: Evidence<string> | null) {
  return e ? { by: e.by, mention: e.span ? mention(doc, e.span) : null } : null;
}

/** A time expression as the time stage stores it in `doc.layers.times` (source offsets). */
export interface TimeLayerItem {
  start: number;
  end: number;
  value: string | null;
  [k: string]: unknown;
}

function timesOf(docs: Doc[]): unknown[] {
  return docs.flatMap((d) =>
    ((d.layers.times as TimeLayerItem[] | undefined) ?? []).map((t) => ({ ...mention(d, t), value: t.value, ...extra(t) })),
  );
}

/** Fields a layer item carries beyond the contract's (kind, anchor…), passed through to the dossier. */
function extra(t: TimeLayerItem): Record<string, unknown> {
  const { start: _s, end: _e, value: _v, text: _t, bodyStart: _bs, bodyEnd: _be, ...rest } = t;
  return rest;
}

/** An entity as the entity-resolution corpus stage returns it (`analysis.corpus.entities`). */
export interface ResolvedEntity {
  id: string;
  type: 'PERSON' | 'ORG' | 'LOC' | 'MISC';
  name: string;
  variants: string[];
  roles: string[];
  mentions: Array<{ doc: string; start: number; end: number }>;
}

/** A quote as the quote stage stores it in `doc.layers.quotes` (source offsets). */
export interface QuoteLayerItem {
  start: number;
  end: number;
  speaker: { text: string | null; start?: number; end?: number; entity?: string | null };
  cue: string | null;
  direct: boolean;
  via: string[];
  [k: string]: unknown;
}

function entitiesOf(analysis: Analysis): ResolvedEntity[] {
  return (analysis.corpus.entities as ResolvedEntity[] | undefined) ?? [];
}

function quotesOf(analysis: Analysis, entities: ResolvedEntity[]): unknown[] {
  // a speaker named at a place in the text is the entity one of whose mentions is there
  const byDoc = new Map<string, Array<{ start: number; end: number; id: string }>>();
  for (const e of entities) {
    for (const m of e.mentions) byDoc.set(m.doc, [...(byDoc.get(m.doc) ?? []), { start: m.start, end: m.end, id: e.id }]);
  }
  return analysis.docs.flatMap((d) =>
    ((d.layers.quotes as QuoteLayerItem[] | undefined) ?? []).map((q) => {
      const { start: sStart, end: sEnd } = q.speaker;
      const hit =
        q.speaker.entity ??
        (sStart !== undefined && sEnd !== undefined ? (byDoc.get(d.id) ?? []).find((m) => m.start < sEnd && sStart < m.end)?.id : undefined) ??
        null;
      const { start: _s, end: _e, speaker: _sp, cue: _c, direct: _d, via: _v, ...rest } = q;
      return { ...mention(d, q), speaker: { entity: hit, text: q.speaker.text }, cue: q.cue, direct: q.direct, via: q.via, ...rest };
    }),
  );
}

export function toDossier(analysis: Analysis, version: string): Dossier {
  const entities = entitiesOf(analysis);
  const docsById = new Map(analysis.docs.map((d) => [d.id, d]));
  return {
    schema: DOSSIER_SCHEMA,
    generator: { name: 'marsad', version },
    documents: analysis.docs.map((d) => ({
      id: d.id,
      source: d.source.origin,
      span: [d.span.start, d.span.end],
      outlet: d.outlet?.value ?? null,
      title: d.title?.value ?? null,
      published: d.published?.value ?? null,
      body: d.body.text,
      evidence: { title: evidence(d, d.title), outlet: evidence(d, d.outlet), published: evidence(d, d.published) },
      furniture: d.furniture.map((f) => ({ ...mention(d, f), kind: f.kind })),
      encoding: d.source.encoding ?? null,
    })),
    entities: entities.map((e) => ({
      ...e,
      mentions: e.mentions.flatMap((m) => {
        const d = docsById.get(m.doc);
        return d ? [mention(d, m)] : [];
      }),
    })),
    times: timesOf(analysis.docs),
    quotes: quotesOf(analysis, entities),
    stories: analysis.stories.map((s) => {
      const r = analysis.storyResults[s.id] ?? {};
      return {
        id: s.id,
        title: s.title,
        documents: s.documents,
        events: r.events ?? [],
        quantities: r.quantities ?? [],
        commitments: r.commitments ?? [],
        outlets: r.outlets ?? [],
        reuse: r.reuse ?? [],
        summary: r.summary ?? [],
        contradictions: r.contradictions ?? [],
      };
    }),
    messages: analysis.messages,
  };
}
