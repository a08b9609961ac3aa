/**
 * One figure across outlets: reports of the same value of the same family (جندي/عسكري) whose surroundings share
 * words or entities are one quantity with every report as a mention. Quantities of the same family and subject
 * that different outlets give different, incompatible values for (2500 vs 2000 troops in Iraq; "أكثر من 2000" is
 * compatible with 2500) are each marked `consistent: false` and list the disagreeing values and their outlets.
 */
import type { StoryQuantity } from '../analysis.js';
import { mention } from '../../outputs/dossier.js';
import { overlapCount } from './context.js';
import type { Hedge, QuantityMention } from './extract.js';

/** Shared context items two reports of the same value need to be one figure. */
function sameFigure(a: QuantityMention, b: QuantityMention): boolean {
  if (a.value !== b.value || a.unit.family !== b.unit.family) return false;
  const shared = overlapCount(a.context, b.context);
  // small numbers recur for unrelated things (ثلاث جولات of two different talks): they need more in common
  const need = a.doc === b.doc ? 2 : a.value < 10 ? 2 : 1;
  return shared >= need;
}

/** The range of values a hedged figure allows. */
function interval(value: number, hedge: Hedge | null): [number, number] {
  switch (hedge?.kind) {
    case 'approx':
      return [value * 0.9, value * 1.1];
    case 'over':
      return [value, Infinity];
    case 'atLeast':
      return [value, Infinity];
    case 'under':
      return [0, value];
    case 'atMost':
      return [0, value];
    default:
      return [value, value];
  }
}

function compatible(a: QuantityMention, b: QuantityMention): boolean {
  const [a0, a1] = interval(a.value, a.hedge);
  const [b0, b1] = interval(b.value, b.hedge);
  return a0 <= b1 && b0 <= a1;
}

/** Two reports are about the same subject: strong shared context, with at least one entity in common. */
function sameSubject(a: QuantityMention, b: QuantityMention): boolean {
  if (a.unit.family !== b.unit.family || a.unit.family.startsWith('noun:')) return false;
  const shared = [...a.context].filter((k) => b.context.has(k));
  return shared.length >= 3 && shared.some((k) => k.startsWith('E:'));
}

interface Cluster {
  members: QuantityMention[];
  disagree: Set<Cluster>;
}

const outletOf = (m: QuantityMention) => m.doc.outlet?.value ?? m.doc.id;

export function mergeQuantities(mentions: readonly QuantityMention[]): StoryQuantity[] {
  const clusters: Cluster[] = [];
  for (const m of mentions) {
    const joined = clusters.filter((c) => c.members.some((x) => sameFigure(x, m)));
    if (!joined.length) {
      clusters.push({ members: [m], disagree: new Set() });
      continue;
    }
    const [first, ...rest] = joined;
    first!.members.push(m);
    for (const c of rest) {
      first!.members.push(...c.members);
      clusters.splice(clusters.indexOf(c), 1);
    }
  }
  for (const a of clusters) {
    for (const b of clusters) {
      if (a === b || a.members[0]!.value === b.members[0]!.value) continue;
      const docsA = new Set(a.members.map((m) => m.doc.id));
      // one article giving both numbers is telling two different things, not contradicting itself
      if (b.members.some((m) => docsA.has(m.doc.id))) continue;
      const hi = Math.max(a.members[0]!.value, b.members[0]!.value);
      const lo = Math.min(a.members[0]!.value, b.members[0]!.value);
      if (lo <= 0 || hi / lo > 3) continue;
      const pairs = a.members.flatMap((x) => b.members.map((y) => [x, y] as const));
      if (pairs.some(([x, y]) => sameSubject(x, y)) && pairs.every(([x, y]) => !compatible(x, y))) {
        a.disagree.add(b);
        b.disagree.add(a);
      }
    }
  }
  return clusters.map((c) => toQuantity(c));
}

function toQuantity(c: Cluster): StoryQuantity {
  const ordered = [...c.members].sort((x, y) => (x.doc.id < y.doc.id ? -1 : x.doc.id > y.doc.id ? 1 : x.start - y.start));
  const head = ordered[0]!;
  const units = new Map<string, number>();
  for (const m of ordered) units.set(m.unit.name, (units.get(m.unit.name) ?? 0) + 1);
  const unit = [...units].sort((a, b) => b[1] - a[1])[0]![0];
  const names: string[] = [];
  for (const m of ordered) for (const e of m.entities) if (!names.includes(e.name) && names.length < 3) names.push(e.name);
  const subject = names.length ? `${unit} (${names.join('، ')})` : unit;
  const values = [c, ...c.disagree].map((k) => ({
    value: k.members[0]!.value,
    outlets: [...new Set(k.members.map(outletOf))],
    documents: [...new Set(k.members.map((m) => m.doc.id))],
  }));
  return {
    value: head.value,
    unit,
    subject,
    consistent: c.disagree.size === 0,
    mentions: ordered.map((m) => mention(m.doc, m)),
    family: head.unit.family,
    hedges: ordered.map((m) => m.hedge?.text ?? null),
    counted: ordered.find((m) => m.counted)?.counted ?? null,
    outlets: [...new Set(ordered.map(outletOf))],
    ...(c.disagree.size ? { disagreement: values } : {}),
  };
}
