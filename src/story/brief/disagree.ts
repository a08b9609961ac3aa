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
  const inconsistent = (quantities ?? []).filter((q) => q.consistent === false);
  const seen = new Set<string>();
  for (const q of inconsistent) {
    // a figure and the figures it is listed against: each outlet's value is a quantity of its own (12 in one
    // outlet, 15 in another), so the disagreement gathers the mentions of every value it lists
    const ms = [...(q.mentions ?? []), ...inconsistent.filter((o) => o !== q && sameFamily(o, q) && listedAgainst(q, o)).flatMap((o) => o.mentions ?? [])].filter(isMention);
    const key = ms.map((m) => `${m.doc}:${m.start}`).sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    if (new Set(ms.map((m) => m.doc)).size >= 2) out.push({ kind: 'figures', mentions: ms });
  }
  for (const c of contradictions ?? []) {
    if (!contradicts(c)) continue;
    const ms = mentionsIn(c);
    if (new Set(ms.map((m) => m.doc)).size >= 2) out.push({ kind: 'accounts', mentions: ms });
  }
  return out;
}

/** Two figures count one kind of thing: the same unit family (جندي and عسكري are troops), else the same unit. */
function sameFamily(a: StoryQuantity, b: StoryQuantity): boolean {
  return typeof a['family'] === 'string' && typeof b['family'] === 'string' ? a['family'] === b['family'] : a.unit === b.unit;
}

/** Whether quantity `o` is one of the values `q` lists as disagreeing with it (its value, from its documents). */
function listedAgainst(q: StoryQuantity, o: StoryQuantity): boolean {
  const listed = Array.isArray(q['disagreement']) ? (q['disagreement'] as Array<{ value?: unknown; documents?: unknown }>) : [];
  const docs = new Set((o.mentions ?? []).map((m) => m.doc));
  return listed.some((d) => d.value === o.value && Array.isArray(d.documents) && d.documents.some((x) => docs.has(x as string)));
}

/** Whether a disagreement touches one of a sentence's cited clauses. */
export function touches(d: Disagreement, cites: readonly Mention[]): boolean {
  return d.mentions.some((m) => cites.some((c) => c.doc === m.doc && c.start < m.end && m.start < c.end));
}
