/**
 * Where the outlets disagree on a point: a figure the quantities analysis found reported differently
 * (`consistent: false`), or two statements the contradictions analysis set against each other. The brief says so
 * on the sentence whose cited clauses those reports touch, and cites the differing words themselves.
 */
import type { StoryQuantity } from '../analysis.js';
import type { Mention } from '../../outputs/dossier.js';

export interface Disagreement {
  kind: 'figures' | 'accounts';
  mentions: Mention[];
}

function isMention(x: unknown): x is Mention {
  const m = x as Mention;
  return !!m && typeof m === 'object' && typeof m.doc === 'string' && Number.isInteger(m.start) && Number.isInteger(m.end) && typeof m.text === 'string';
}

/** The mentions an entry of unknown shape carries: itself, its fields, and arrays in its fields (two levels down). */
function mentionsIn(x: unknown, depth = 0): Mention[] {
  if (isMention(x)) return [x];
  if (depth > 2 || !x || typeof x !== 'object') return [];
  const values = Array.isArray(x) ? x : Object.values(x as Record<string, unknown>);
  return values.flatMap((v) => mentionsIn(v, depth + 1));
}

/** An entry the contradictions analysis labelled as agreement or as unrelated, or gave little confidence, is not one. */
function contradicts(c: unknown): boolean {
  if (!c || typeof c !== 'object') return false;
  const { label, confidence } = c as { label?: unknown; confidence?: unknown };
  if (typeof label === 'string' && /agree|entail|neutral|same|consistent/i.test(label) && !/disagree/i.test(label)) return false;
  return typeof confidence !== 'number' || confidence >= 0.6;
}

export function disagreements(quantities: readonly StoryQuantity[] | undefined, contradictions: readonly unknown[] | undefined): Disagreement[] {
  const out: Disagreement[] = [];
  for (const q of quantities ?? []) {
    const ms = (q.mentions ?? []).filter(isMention);
    if (q.consistent === false && new Set(ms.map((m) => m.doc)).size >= 2) out.push({ kind: 'figures', mentions: ms });
  }
  for (const c of contradictions ?? []) {
    if (!contradicts(c)) continue;
    const ms = mentionsIn(c);
    if (new Set(ms.map((m) => m.doc)).size >= 2) out.push({ kind: 'accounts', mentions: ms });
  }
  return out;
}

/** Whether a disagreement touches one of a sentence's cited clauses. */
export function touches(d: Disagreement, cites: readonly Mention[]): boolean {
  return d.mentions.some((m) => cites.some((c) => c.doc === m.doc && c.start < m.end && m.start < c.end));
}
