/**
 * Which groups a report must be scored against, so that merging a story's reports is not every report against
 * every group (a story of a thousand copies of one wire makes thousands of groups). Two things make this exact,
 * not a heuristic: the bars of the score, and groups that are alike.
 *
 *  - Blocks. Every member of a group shares the founder's flags (negated, hypothetical), and a typed report fits
 *    only a group all of whose members have its type: the score is -Infinity for any other. So a typed report is
 *    scored only within the block of its flags and type, a light one (no type of its own) within its flags.
 *  - Classes. The score of a report against a group reads of the group only its interval and weekday, the flags,
 *    types and mode families of its members, and, of each core member, what `memberKey` writes down, plus which
 *    articles its core members come from. Groups alike in all of it but the articles (copies of one wire that did
 *    not merge, since each fits the others equally) form a class, and a report is scored once per class, against
 *    the class's first group, except for the groups holding a core report of the report's own article, which are
 *    scored one by one. What merging needs is the best group (the first of the top score) and the runner-up's
 *    score: a class gives its score to each of its groups, so both come out as if every group had been scored.
 *
 * A class's key is the exact description of its groups, the core's multiset of member keys included; groups are
 * only compared through it, and a report is scored against every class of its block whose interval it meets, or,
 * when the caller knows the report needs a word or name in common with a core member (an undated report joins
 * only on strong agreement), against the classes holding one of the words it names.
 */
import { intersect, type Interval } from './dates.js';

interface Blockable {
  interval: Interval | null;
  weekday: number | null;
  core: readonly Member[];
}

interface Member {
  doc: { id: string };
}

/**
 * What the score reads of a group's members as a whole: their flags, types and mode families. Members only join
 * a group, so each set only grows as the group does (the index writes a set's key again only when its size changed).
 */
export interface GroupSets {
  flags: ReadonlySet<string>;
  types: ReadonlySet<string | null>;
  families: ReadonlySet<string>;
}

interface Class {
  key: string;
  block: string;
  /** Indices of its groups, ascending. */
  members: number[];
  interval: Interval | null;
  /** The words and names of its core members, all of them (the same for every group of the class). */
  tokens: Set<string>;
}

interface State {
  index: number;
  cls: Class | null;
  /** Core members taken into the key so far. */
  seen: number;
  /** The core's member keys (as ids), each with its count. */
  counts: Map<number, number>;
  docs: Set<string>;
  /** The words and names of the core members. */
  tokens: Set<string>;
  /**
   * Parts of the class key as last written, with what they were written from: the member sets only grow, so a
   * set of the same size holds the same things, and the core's part changes only when a core member joined.
   */
  core: string;
  coreSeen: number;
  flags: string;
  flagsSize: number;
  types: string;
  typesSize: number;
  families: string;
  familiesSize: number;
}

export interface Pick<G> {
  best: G | undefined;
  top: number;
  second: number;
}

const setKey = (s: ReadonlySet<unknown>) => [...s].map(String).sort().join(',');

export class GroupIndex<G extends Blockable, R extends Member> {
  private readonly groups: G[] = [];
  private readonly state = new Map<G, State>();
  private readonly classes = new Map<string, Class>();
  /** Classes by block (flags and the single type of their groups), and the blocks by flags. */
  private readonly blocks = new Map<string, Set<Class>>();
  private readonly blocksByFlags = new Map<string, Set<string>>();
  /** Groups holding a core member of an article, by article id. */
  private readonly byDoc = new Map<string, Set<number>>();
  /** Per block, the classes whose core members have a word or name. */
  private readonly byToken = new Map<string, Map<string, Set<Class>>>();
  /** Member keys, as short ids for the class keys. */
  private readonly keyIds = new Map<string, number>();

  constructor(
    private readonly memberKey: (o: R) => string,
    private readonly setsOf: (g: G) => GroupSets,
    private readonly tokensOf: (o: R) => Iterable<string>,
  ) {}

  get size(): number {
    return this.groups.length;
  }

  add(g: G): void {
    const st: State = {
      index: this.groups.length,
      cls: null,
      seen: 0,
      counts: new Map(),
      docs: new Set(),
      tokens: new Set(),
      core: '',
      coreSeen: -1,
      flags: '',
      flagsSize: -1,
      types: '',
      typesSize: -1,
      families: '',
      familiesSize: -1,
    };
    this.groups.push(g);
    this.state.set(g, st);
    this.refresh(g);
  }

  /** Files the group again after a report joined it. */
  refresh(g: G): void {
    const st = this.state.get(g)!;
    // the tokens this call adds to the group's (its class holds those it had before: the key says which they are)
    const fresh = this.fresh;
    fresh.length = 0;
    for (; st.seen < g.core.length; st.seen++) {
      const o = g.core[st.seen] as unknown as R;
      const text = this.memberKey(o);
      let k = this.keyIds.get(text);
      if (k === undefined) this.keyIds.set(text, (k = this.keyIds.size));
      st.counts.set(k, (st.counts.get(k) ?? 0) + 1);
      for (const t of this.tokensOf(o)) {
        if (st.tokens.has(t)) continue;
        st.tokens.add(t);
        fresh.push(t);
      }
      if (!st.docs.has(o.doc.id)) {
        st.docs.add(o.doc.id);
        let set = this.byDoc.get(o.doc.id);
        if (!set) this.byDoc.set(o.doc.id, (set = new Set()));
        set.add(st.index);
      }
    }
    const sets = this.setsOf(g);
    if (st.flagsSize !== sets.flags.size) {
      st.flags = setKey(sets.flags);
      st.flagsSize = sets.flags.size;
    }
    if (st.typesSize !== sets.types.size) {
      st.types = sets.types.size === 1 ? String([...sets.types][0]) : `*${setKey(sets.types)}`;
      st.typesSize = sets.types.size;
    }
    if (st.familiesSize !== sets.families.size) {
      st.families = setKey(sets.families);
      st.familiesSize = sets.families.size;
    }
    if (st.coreSeen !== st.seen) {
      st.core = [...st.counts].sort((a, b) => a[0] - b[0]).map(([k, n]) => `${k}x${n}`).join(',');
      st.coreSeen = st.seen;
    }
    const flags = st.flags;
    const block = `${flags}\u0001${st.types}`;
    const core = st.core;
    const key = [block, st.families, g.interval ? `${g.interval.lo}-${g.interval.hi}` : '', g.weekday ?? '', core].join('\u0002');
    if (st.cls?.key === key) return;
    const alone = st.cls;
    if (alone && alone.members.length === 1 && alone.block === block && !this.classes.has(key)) {
      // the group's class was its own and no group is like it now either: the class takes the new key, and only
      // the tokens the group gained are filed (a group that keeps growing is not filed anew at every join)
      this.classes.delete(alone.key);
      alone.key = key;
      alone.interval = g.interval;
      this.classes.set(key, alone);
      const byToken = this.byToken.get(block)!;
      for (const t of fresh) {
        alone.tokens.add(t);
        let set = byToken.get(t);
        if (!set) byToken.set(t, (set = new Set()));
        set.add(alone);
      }
      return;
    }
    if (st.cls) {
      const old = st.cls;
      old.members.splice(old.members.indexOf(st.index), 1);
      // a class left empty is dropped, so that a block holds only the classes of groups that exist
      if (!old.members.length) {
        this.classes.delete(old.key);
        this.blocks.get(old.block)!.delete(old);
        const byToken = this.byToken.get(old.block)!;
        for (const t of old.tokens) {
          const set = byToken.get(t)!;
          set.delete(old);
          if (!set.size) byToken.delete(t);
        }
      }
    }
    let cls = this.classes.get(key);
    if (!cls) {
      cls = { key, block, members: [], interval: g.interval, tokens: new Set(st.tokens) };
      this.classes.set(key, cls);
      let inBlock = this.blocks.get(block);
      if (!inBlock) {
        this.blocks.set(block, (inBlock = new Set()));
        this.byToken.set(block, new Map());
        let ofFlags = this.blocksByFlags.get(flags);
        if (!ofFlags) this.blocksByFlags.set(flags, (ofFlags = new Set()));
        ofFlags.add(block);
      }
      inBlock.add(cls);
      const byToken = this.byToken.get(block)!;
      for (const t of cls.tokens) {
        let set = byToken.get(t);
        if (!set) byToken.set(t, (set = new Set()));
        set.add(cls);
      }
    }
    insertSorted(cls.members, st.index);
    st.cls = cls;
  }

  /**
   * The best group for a report under `score` (the first of the top score), the top score and the runner-up's,
   * exactly as scoring every group in order would give them. `flags` and `type` are the report's (type null:
   * a light report, which may join a group of any type). `tokens`, when given: the report can score above -Infinity
   * only against a group one of whose core members has one of these words or names (the caller's guarantee), so
   * only those classes are scored.
   */
  pick(r: R, flags: string, type: string | null, interval: Interval | null, score: (g: G) => number, tokens: readonly string[] | null = null): Pick<G> {
    const own = this.byDoc.get(r.doc.id);
    // the scored entries (first group, how many groups it stands for, score), in buffers kept between calls:
    // a story's merge picks once per report, and most picks score a handful of classes
    const firsts = this.firsts;
    const counts = this.counts;
    const scores = this.scores;
    let n = 0;
    // the groups holding a core report of the report's article are scored one by one
    const ownByClass = this.ownByClass;
    ownByClass.clear();
    if (own) {
      for (const i of own) {
        const g = this.groups[i]!;
        const cls = this.state.get(g)!.cls!;
        ownByClass.set(cls, (ownByClass.get(cls) ?? 0) + 1);
        firsts[n] = i;
        counts[n] = 1;
        scores[n++] = score(g);
      }
    }
    const scoreBlock = (b: string) => {
      let classes: Iterable<Class> = this.blocks.get(b) ?? [];
      if (tokens) {
        const byToken = this.byToken.get(b);
        const near = this.near;
        near.clear();
        if (byToken) for (const t of tokens) {
          const set = byToken.get(t);
          if (set) for (const cls of set) near.add(cls);
        }
        classes = near;
      }
      for (const cls of classes) {
        const inOwn = ownByClass.get(cls) ?? 0;
        const count = cls.members.length - inOwn;
        if (count <= 0) continue;
        // two intervals that do not meet are never one happening (the score's date bar)
        if (interval && cls.interval && !intersect(interval, cls.interval)) continue;
        let first = cls.members[0]!;
        if (inOwn) first = cls.members.find((i) => !own!.has(i))!;
        firsts[n] = first;
        counts[n] = count;
        scores[n++] = score(this.groups[first]!);
      }
    };
    if (type !== null) scoreBlock(`${flags}\u0001${type}`);
    else for (const b of this.blocksByFlags.get(flags) ?? []) scoreBlock(b);
    let top = -Infinity;
    for (let e = 0; e < n; e++) if (scores[e]! > top) top = scores[e]!;
    let best = -1;
    let atTop = 0;
    let second = -Infinity;
    for (let e = 0; e < n; e++) {
      const s = scores[e]!;
      if (s === top) {
        atTop += counts[e]!;
        if (best < 0 || firsts[e]! < best) best = firsts[e]!;
      } else if (s > second) second = s;
    }
    if (atTop >= 2) second = top;
    // no group scored at all: the first group is the best of -Infinity, as in a scan of every group
    if (best < 0) return { best: this.groups[0], top: -Infinity, second: -Infinity };
    return { best: this.groups[best], top, second };
  }

  /** Buffer of {@link refresh}. */
  private readonly fresh: string[] = [];
  /** Buffers of {@link pick}, reused from call to call (never read outside one call). */
  private readonly firsts: number[] = [];
  private readonly counts: number[] = [];
  private readonly scores: number[] = [];
  private readonly ownByClass = new Map<Class, number>();
  private readonly near = new Set<Class>();
}

function insertSorted(xs: number[], x: number): void {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  xs.splice(lo, 0, x);
}
