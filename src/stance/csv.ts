/**
 * Reads stance pairs from CSV (`s1,s2[,stance]` with a header line), as RFC 4180 writes it: fields may be
 * quoted, a quoted field may hold commas, newlines and doubled quotes. Columns are found by their header names.
 */
import { STANCE_LABELS, type StanceLabel } from './model.js';

export interface StancePair {
  s1: string;
  s2: string;
  /** The gold stance when the file gives one. */
  stance: StanceLabel | null;
}

export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Pairs of a stance CSV; throws on a missing column or an unknown stance, naming the line. */
export function parseStanceCsv(text: string): StancePair[] {
  const [header, ...rows] = parseCsvRows(text);
  if (!header) return [];
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const c1 = col('s1');
  const c2 = col('s2');
  const cs = col('stance');
  if (c1 < 0 || c2 < 0) throw new Error('the CSV needs columns s1 and s2 (and optionally stance)');
  return rows.map((r, i) => {
    const raw = cs >= 0 ? (r[cs] ?? '').trim().toLowerCase() : '';
    if (raw && !(STANCE_LABELS as readonly string[]).includes(raw)) throw new Error(`row ${i + 2}: unknown stance "${raw}"`);
    return { s1: r[c1] ?? '', s2: r[c2] ?? '', stance: raw ? (raw as StanceLabel) : null };
  });
}
