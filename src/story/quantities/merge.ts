/**
 * One figure across outlets: reports of the same value of the same family (جندي/عسكري) whose surroundings share
 * words or entities are one quantity with every report as a mention. Quantities of the same family and subject
 * that different outlets give different, incompatible values for (2500 vs 2000 troops in Iraq; "أكثر من 2000" is
 * compatible with 2500) are each marked `consistent: false` and list the disagreeing values and their outlets. A
 * toll that rises from one day's articles to the next is not a disagreement (roseBetween).
 */
import type { StoryQuantity } from '../analysis.js';
import { mention } from '../../outputs/dossier.js';
import { isTollKey, outcomeKey, overlapCount } from './context.js';
import { PERSON_FAMILIES } from './units.js';
import { differentTimes } from './frame.js';
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

/**
 * Two reports are about the same subject: strong shared context, with at least one entity in common; or, for a
 * count of people (soldiers, civilians …), the same outcome (killed, injured, detained: context.ts TOLL_KEYS) and one more word
 * or entity in common, as two outlets' tolls of one incident share little else (إصابة 12 شخصاً بينهم عناصر من الأمن / أصيب
 * 15 شخصاً خلال مواجهات بين قوات الأمن ومحتجين).
 */
function sameSubject(a: QuantityMention, b: QuantityMention): boolean {
  if (a.unit.family !== b.unit.family || a.unit.family.startsWith('noun:')) return false;
  let shared = 0;
  let entity = false;
  let toll = false;
  for (const k of a.context) {
    if (!b.context.has(k)) continue;
    shared++;
    entity ||= k.startsWith('E:');
    toll ||= isTollKey(k);
  }
  return (shared >= 3 && entity) || (toll && PERSON_FAMILIES.has(a.unit.family) && shared >= 2);
}


interface Cluster {
  members: QuantityMention[];
  /** The disagreeing clusters listed with it (the most reported, at most MAX_LISTED), in cluster order. */
  disagree: Set<Cluster>;
  /** How many clusters disagree with it, listed or not. */
  differing: number;
}

/**
 * Disagreeing figures listed with a quantity at most, the most reported first: a large story can give a figure
 * (a toll rising day by day) hundreds of values, and listing each against each would make the dossier grow with
 * the square of the story. The quantity still says it is inconsistent, and how many figures differ.
 */
const MAX_LISTED = 8;

const outletOf = (m: QuantityMention) => m.doc.outlet?.value ?? m.doc.id;

export function mergeQuantities(mentions: readonly QuantityMention[]): StoryQuantity[] {
  const clusters: Cluster[] = [];
  // a figure joins only clusters of its value and family (`sameFigure`), and every member of a cluster has the
  // value and family of its first: so a report is compared with the clusters of its own value and family only
  const byFigure = new Map<string, Cluster[]>();
  for (const m of mentions) {
    const key = `${m.value}\u0001${m.unit.family}`;
    let same = byFigure.get(key);
    if (!same) byFigure.set(key, (same = []));
    const joined = same.filter((c) => c.members.some((x) => sameFigure(x, m)));
    if (!joined.length) {
      const c: Cluster = { members: [m], disagree: new Set(), differing: 0 };
      clusters.push(c);
      same.push(c);
      continue;
    }
    const [first, ...rest] = joined;
    first!.members.push(m);
    for (const c of rest) {
      first!.members.push(...c.members);
      clusters.splice(clusters.indexOf(c), 1);
      same.splice(same.indexOf(c), 1);
    }
  }
  // disagreeing figures: the same (counted, not "noun:") family, values at most three times apart; each cluster
  // is compared with those of its family within that ratio only (the figures of a family in value order), and a
  // cluster's disagreements are listed in cluster order, as a scan of every pair gives them
  const position = new Map(clusters.map((c, i) => [c, i]));
  const byFamily = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const family = c.members[0]!.unit.family;
    if (family.startsWith('noun:')) continue;
    const list = byFamily.get(family);
    if (list) list.push(c);
    else byFamily.set(family, [c]);
  }
  const found: Array<[Cluster, Cluster]> = [];
  const docsOf = new Map(clusters.map((c) => [c, new Set(c.members.map((m) => m.doc.id))]));
  for (const list of byFamily.values()) {
    list.sort((x, y) => x.members[0]!.value - y.members[0]!.value || position.get(x)! - position.get(y)!);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      const lo = a.members[0]!.value;
      if (lo <= 0) continue;
      for (let j = i + 1; j < list.length && list[j]!.members[0]!.value <= lo * 3 * (1 + 1e-9); j++) {
        const b = list[j]!;
        if (disagree(a, b, docsOf.get(a)!)) found.push([a, b]);
      }
    }
  }
  // each cluster keeps the most reported of those it disagrees with (more documents first, then cluster order)
  const into = new Map<Cluster, Cluster[]>();
  const before = (x: Cluster, y: Cluster) => docsOf.get(y)!.size - docsOf.get(x)!.size || position.get(x)! - position.get(y)!;
  const add = (c: Cluster, o: Cluster) => {
    c.differing++;
    let list = into.get(c);
    if (!list) into.set(c, (list = []));
    if (list.length >= MAX_LISTED && before(list[list.length - 1]!, o) < 0) return;
    let k = list.length;
    while (k > 0 && before(o, list[k - 1]!) < 0) k--;
    list.splice(k, 0, o);
    if (list.length > MAX_LISTED) list.pop();
  };
  for (const [a, b] of found) {
    add(a, b);
    add(b, a);
  }
  for (const [c, others] of into) for (const o of others.sort((x, y) => position.get(x)! - position.get(y)!)) c.disagree.add(o);
  return clusters.map((c) => toQuantity(c));
}

/** Whether two clusters give different, incompatible values for one subject in different articles. */
function disagree(a: Cluster, b: Cluster, docsA: ReadonlySet<string>): boolean {
  if (a === b || a.members[0]!.value === b.members[0]!.value) return false;
  // one article giving both numbers is telling two different things, not contradicting itself
  if (b.members.some((m) => docsA.has(m.doc.id))) return false;
  const hi = Math.max(a.members[0]!.value, b.members[0]!.value);
  const lo = Math.min(a.members[0]!.value, b.members[0]!.value);
  if (lo <= 0 || hi / lo > 3) return false;
  let subject = false;
  const toll = outcomeKey(a.members[0]!.unit.family) !== null;
  let rose = toll;
  for (const x of a.members) {
    for (const y of b.members) {
      if (compatible(x, y)) return false;
      // two reports of one subject at different times (a state before a change and a plan after it) are two facts
      subject ||= sameSubject(x, y) && !differentTimes(x.frame, y.frame);
      rose &&= roseBetween(x, y);
    }
  }
  return subject && !rose;
}

/**
 * A toll given lower in an article of an earlier day and higher in one of a later day: the count of the dead,
 * wounded or detained of an incident grows as days pass (the toll rose from 12 to 15), which is no contradiction;
 * a later article giving fewer is one. False when either article has no date.
 */
function roseBetween(x: QuantityMention, y: QuantityMention): boolean {
  const dx = x.doc.published?.value;
  const dy = y.doc.published?.value;
  if (!dx || !dy || dx === dy) return false;
  return dx < dy === x.value < y.value;
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
    consistent: c.differing === 0,
    mentions: ordered.map((m) => mention(m.doc, m)),
    family: head.unit.family,
    hedges: ordered.map((m) => m.hedge?.text ?? null),
    counted: ordered.find((m) => m.counted)?.counted ?? null,
    outlets: [...new Set(ordered.map(outletOf))],
    ...(c.differing ? { disagreement: values } : {}),
    ...(c.differing > c.disagree.size ? { unlisted: c.differing - c.disagree.size } : {}),
  };
}
