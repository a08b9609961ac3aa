/**
 * One undertaking across outlets: reports whose undertaken action shares most of its words (and whose parties do
 * not differ) are one commitment with every clause as a mention; its status is the latest outcome any report of
 * the story gives for it, `unknown` when every report hedges it, else `announced`.
 */
import type { StoryCommitment, CommitmentStatus } from '../analysis.js';
import { mention } from '../../outputs/dossier.js';
import { overlapCount } from '../quantities/context.js';
import type { CommitmentMention } from './extract.js';
import type { Outcome } from './status.js';

/** Shared share of two wordings that makes them one report rewritten, whatever the story's common words. */
const REWORDED = 0.7;
const REWORDED_MIN = 4;

function same(a: CommitmentMention, b: CommitmentMention): boolean {
  if (a.partyIds.length && b.partyIds.length && !a.partyIds.some((x) => b.partyIds.includes(x))) return false;
  const shared = overlapCount(a.keys, b.keys);
  // the same party undertaking the same kind of thing needs less wording in common
  const sameParty = a.partyIds.some((x) => b.partyIds.includes(x)) && a.kind === b.kind;
  if (shared >= (sameParty ? 2 : 3) && shared >= 0.5 * Math.min(a.keys.size, b.keys.size)) return true;
  // one clause in two outlets' words, made of the story's own words (the undertaking is the story): its common
  // words, which the story's other comparisons leave out, are what it is made of
  if (a.kind !== b.kind || !a.wording || !b.wording) return false;
  const all = overlapCount(a.wording, b.wording);
  return all >= REWORDED_MIN && all >= REWORDED * Math.min(a.wording.size, b.wording.size);
}

/** Everything {@link same} reads of a mention, written out: two mentions alike here compare alike with any other. */
const signatures = new WeakMap<CommitmentMention, string>();
function signature(m: CommitmentMention): string {
  let s = signatures.get(m);
  if (s === undefined) {
    s = `${m.kind}\u0000${m.partyIds.join('\u0001')}\u0000${[...m.keys].sort().join('\u0001')}\u0000${[...(m.wording ?? [])].sort().join('\u0001')}`;
    signatures.set(m, s);
  }
  return s;
}

export function mergeCommitments(
  mentions: readonly CommitmentMention[],
  evidence: ReadonlyMap<CommitmentMention, Outcome[]>,
  dates: ReadonlyMap<string, string | null>,
): StoryCommitment[] {
  const groups: CommitmentMention[][] = [];
  // what `same` reads of a group's members, each alike member once: forty outlets' copies of one undertaking are
  // one comparison for a new report, not forty (grows with the group, extended as members join)
  const kinds = new Map<CommitmentMention[], Map<string, CommitmentMention>>();
  const alike = (g: CommitmentMention[]) => {
    let k = kinds.get(g);
    if (!k) kinds.set(g, (k = new Map()));
    return k;
  };
  const enter = (g: CommitmentMention[], m: CommitmentMention) => {
    const k = alike(g);
    const key = signature(m);
    if (!k.has(key)) k.set(key, m);
  };
  const fits = (g: CommitmentMention[], m: CommitmentMention) => {
    for (const x of alike(g).values()) if (same(x, m)) return true;
    return false;
  };
  // a report is compared only with the groups holding a report that shares a word with it: `same` needs two
  // shared keys, so no other group can take it. Groups are kept in the order they were founded.
  const founded = new Map<CommitmentMention[], number>();
  const byKey = new Map<string, Set<CommitmentMention[]>>();
  const file = (g: CommitmentMention[], m: CommitmentMention) => {
    for (const k of m.wording ?? m.keys) {
      let set = byKey.get(k);
      if (!set) byKey.set(k, (set = new Set()));
      set.add(g);
    }
  };
  for (const m of mentions) {
    const near = new Set<CommitmentMention[]>();
    for (const k of m.wording ?? m.keys) for (const g of byKey.get(k) ?? []) if (founded.has(g)) near.add(g);
    const joined = [...near].sort((a, b) => founded.get(a)! - founded.get(b)!).filter((g) => fits(g, m));
    if (!joined.length) {
      const g = [m];
      founded.set(g, founded.size);
      groups.push(g);
      file(g, m);
      enter(g, m);
      continue;
    }
    const into = joined[0]!;
    into.push(m);
    file(into, m);
    enter(into, m);
    for (const g of joined.slice(1)) {
      into.push(...g);
      for (const x of g) {
        file(into, x);
        enter(into, x);
      }
      founded.delete(g);
      kinds.delete(g);
      groups.splice(groups.indexOf(g), 1);
    }
  }
  return groups.map((g) => {
    const head = g.find((m) => m.partyIds.length) ?? g.find((m) => m.party) ?? g[0]!;
    const outcomes = [...new Set(g.flatMap((m) => evidence.get(m) ?? []))].sort(
      (a, b) => (dates.get(a.doc.id) ?? '').localeCompare(dates.get(b.doc.id) ?? '') || (a.doc === b.doc ? a.start - b.start : 0),
    );
    const last = outcomes[outcomes.length - 1];
    const status: CommitmentStatus = last ? last.status : g.every((m) => m.hedged) ? 'unknown' : 'announced';
    return {
      party: head.party,
      text: g[0]!.text,
      status,
      mentions: g.map((m) => mention(m.doc, m)),
      cue: g[0]!.cue,
      kind: g[0]!.kind,
      partyEntities: head.partyIds.filter((id) => !id.includes(':')),
      outlets: [...new Set(g.map((m) => m.doc.outlet?.value ?? m.doc.id))],
      evidence: outcomes.map((o) => ({ status: o.status, cue: o.cue, mention: mention(o.doc, o) })),
    };
  });
}
