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
  // the inconsistent figures by value and document: what a figure's disagreement list names is looked up, not
  // searched for among every other figure of the story
  const byValueDoc = new Map<string, StoryQuantity[]>();
  for (const q of inconsistent) {
    for (const doc of new Set((q.mentions ?? []).map((m) => m.doc))) {
      const key = `${q.value}\u0000${doc}`;
      const list = byValueDoc.get(key);
      if (list) list.push(q);
      else byValueDoc.set(key, [q]);
    }
  }
  const seen = new Set<string>();
  for (const q of inconsistent) {
    // a figure and the figures it is listed against: each outlet's value is a quantity of its own (12 in one
    // outlet, 15 in another), so the disagreement gathers the mentions of every value it lists
    const others = new Set<StoryQuantity>();
    for (const d of listedValues(q)) for (const doc of d.documents) for (const o of byValueDoc.get(`${d.value}\u0000${doc}`) ?? []) if (o !== q && sameFamily(o, q)) others.add(o);
    const ms = [...(q.mentions ?? []), ...[...others].flatMap((o) => o.mentions ?? [])].filter(isMention);
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

/** The values a figure lists as disagreeing with it (the quantities analysis's `disagreement`), each with its documents. */
function listedValues(q: StoryQuantity): Array<{ value: number; documents: string[] }> {
  const listed = Array.isArray(q['disagreement']) ? (q['disagreement'] as Array<{ value?: unknown; documents?: unknown }>) : [];
  return listed.flatMap((d) => (typeof d.value === 'number' && Array.isArray(d.documents) ? [{ value: d.value, documents: d.documents.filter((x): x is string => typeof x === 'string') }] : []));
}

/** Whether a disagreement touches one of a sentence's cited clauses. */
export function touches(d: Disagreement, cites: readonly Mention[]): boolean {
  return d.mentions.some((m) => cites.some((c) => c.doc === m.doc && c.start < m.end && m.start < c.end));
}
