/**
 * The dossier as one CSV table for a spreadsheet: a row for every entity mention, quote and event mention,
 * each with its document, outlet, source offsets and exact text. Made for Excel: a UTF-8 byte order mark (or
 * Arabic turns to mojibake), every cell quoted, CRLF rows, and text cells that a spreadsheet would run as a
 * formula (= + - @, tab, carriage return at the start) prefixed with an apostrophe.
 */
import type { Dossier } from '../outputs/dossier.js';

export const CSV_COLUMNS = ['kind', 'story', 'document', 'outlet', 'published', 'start', 'end', 'text', 'type', 'name', 'speaker', 'cue', 'date', 'summary', 'id'] as const;
type Column = (typeof CSV_COLUMNS)[number];
type CsvRow = Partial<Record<Column, string | number | boolean | null>>;

export type CsvKind = 'entity' | 'quote' | 'event';

/** A cell a spreadsheet reads as text, never as a formula. */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '""';
  const s = typeof v === 'string' ? guardCell(v) : String(v);
  return `"${s.replace(/"/g, '""')}"`;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

interface MentionLike {
  doc: string;
  start: number;
  end: number;
  text: string;
}

function isMention(v: unknown): v is MentionLike {
  const m = v as MentionLike;
  return !!m && typeof m.doc === 'string' && typeof m.start === 'number' && typeof m.end === 'number' && typeof m.text === 'string';
}

export function dossierRows(dossier: Dossier, kinds: ReadonlySet<CsvKind> = new Set(['entity', 'quote', 'event'])): CsvRow[] {
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));
  const storyOf = new Map<string, string>();
  for (const s of dossier.stories) for (const d of s.documents) storyOf.set(d, s.id);
  const names = new Map<string, string>();
  const where = (m: MentionLike): CsvRow => ({
    story: storyOf.get(m.doc) ?? null,
    document: m.doc,
    outlet: docs.get(m.doc)?.outlet ?? null,
    published: docs.get(m.doc)?.published ?? null,
    start: m.start,
    end: m.end,
    text: m.text,
  });
  const rows: CsvRow[] = [];
  for (const e of dossier.entities as Array<Record<string, unknown>>) {
    names.set(String(e.id), String(e.name ?? ''));
    if (!kinds.has('entity')) continue;
    for (const m of (e.mentions as unknown[]) ?? []) {
      if (isMention(m)) rows.push({ kind: 'entity', ...where(m), type: str(e.type), name: str(e.name), id: str(e.id) });
    }
  }
  if (kinds.has('quote')) {
    for (const q of dossier.quotes as Array<Record<string, unknown>>) {
      if (!isMention(q)) continue;
      const speaker = (q.speaker ?? {}) as { entity?: string | null; text?: string | null };
      rows.push({
        kind: 'quote',
        ...where(q),
        type: q.direct === true ? 'direct' : 'reported',
        name: speaker.entity ? (names.get(speaker.entity) ?? null) : null,
        speaker: speaker.text ?? null,
        cue: str(q.cue),
        id: speaker.entity ?? null,
      });
    }
  }
  if (kinds.has('event')) {
    for (const s of dossier.stories) {
      for (const ev of s.events as Array<Record<string, unknown>>) {
        const actors = Array.isArray(ev.actors) ? (ev.actors as string[]).map((a) => names.get(a) ?? a).join('، ') : null;
        const date = (ev.date as { value?: string | null } | undefined)?.value ?? null;
        for (const m of (ev.mentions as unknown[]) ?? []) {
          if (!isMention(m)) continue;
          rows.push({ kind: 'event', ...where(m), story: s.id, type: [str(ev.type), str(ev.mode)].filter(Boolean).join('/') || null, name: actors, date, summary: str(ev.summary), id: str(ev.id) });
        }
      }
    }
  }
  return rows;
}

export function toCsv(rows: readonly CsvRow[]): string {
  const lines = [CSV_COLUMNS.map((c) => cell(c)).join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => cell(r[c])).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function dossierCsv(dossier: Dossier, kinds?: ReadonlySet<CsvKind>): string {
  return toCsv(dossierRows(dossier, kinds));
}
