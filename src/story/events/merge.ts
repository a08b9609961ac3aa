/**
 * Which reports tell the same happening. Reports are clustered, the most precisely dated first, and a report
 * joins the cluster it fits best only when it fits the cluster as a whole, not one member of it (single-link
 * chaining is how one meeting swallows every loosely related sentence of a story):
 *  - its date is compatible with the cluster's reconciled date (the days every dated report allows; a weekday
 *    falls in a short interval);
 *  - it has the type of every member, a compatible mode (a visit holds meetings and talks; a letter or a phone
 *    call is a happening of its own) and the same negated / hypothetical flags;
 *  - it shares evidence (actors, place, rare words of the clause, the kind of act) with the cluster's core: the
 *    reports whose text dates it, never a vague undated one (nor a headline) that joined before it. Two
 *    different places, or two different ranks ("the first round" / "the second"), count against.
 * A date two reports state is worth more the fewer clauses of the story fall in it: "2014" in a story about
 * this week's talks singles out a background event, a month of the news period hardly says anything. A report
 * with no date joins only on strong agreement with most of the core, only one cluster that clearly fits best,
 * never across planned / done (a planned withdrawal is not the one that happened), and never for a done thing
 * later than its own article's day.
 */
import { daysOnWeekday, intersect, intervalOf, width, type Interval } from './dates.js';
import type { Report } from './reports.js';
import { GroupIndex } from './blocking.js';

export interface Group {
  reports: Report[];
  /** The reports that fix what the cluster is: the founder and every dated report that joined. */
  core: Report[];
  /** The days every dated report of the group allows. */
  interval: Interval | null;
  weekday: number | null;
  /** What scoring reads of the members and of the core, kept on the group (see membersOf, coreOf). */
  members?: Members;
  coreSummary?: CoreSummary;
}

/** Score a dated report needs to join a group. */
const JOIN = 2.5;
/** Shared evidence (beyond the date) a dated report needs with the core: the same date alone is not one happening. */
const SOME_CONTENT = 0.5;
/** Score of the rest (actors, words, kind) a report without a date needs with the core. */
const STRONG = 2.25;
/** Evidence a core report must share with an undated joiner to count as agreeing with it. */
const AGREES = 1;
/** How far the best cluster must lead the next one for an undated report to join it. */
const MARGIN = 0.25;
/** What a headline, and a body report dated only by its article, gain beside a dated report of their article. */
const SAME_ARTICLE_TITLE = 1;
const SAME_ARTICLE = 0.5;
/** What giving a rank (the first round) other than the cluster's (the second) costs a report. */
const ORDINAL_CONFLICT = 1.5;
/** What naming two different places costs a pair of reports. */
const PLACE_CONFLICT = 1;
/** An undated report leans away from a cluster ending more than a month before its article. */
const STALE_DAYS = 31;
const STALE = 0.5;
/** Largest weight the rarity of a shared date adds. */
const DATE_RARITY = 1;

export type Rarity = (key: string) => number;
/** How distinctive a span of days is in the story, in [0, 1]. */
export type DateRarity = (i: Interval) => number;

export function groupReports(reports: readonly Report[], rarity: Rarity, dateRarity: DateRarity = dateRarityOf(reports)): Group[] {
  const groups: Group[] = [];
  // precise reports first, so the vaguer ones meet groups whose dates are settled; light ones only join
  const order = [...reports].sort((a, b) => Number(a.item.light) - Number(b.item.light) || spread(a) - spread(b));
  // only groups the score does not bar, one per class of alike groups (blocking.ts: the same pick as a scan)
  const index = new GroupIndex<Group, Report>(memberKey, membersOf, tokensOf);
  for (const r of order) {
    const { best, top, second } = index.pick(r, flags(r), r.item.light ? null : r.item.type, r.interval, (g) => score(r, g, rarity, dateRarity), neededTokens(r, rarity));
    const undated = !dated(r);
    const clear = !undated || groups.length < 2 || top - second >= MARGIN;
    if (best && top >= JOIN && clear) {
      const g = best;
      g.reports.push(r);
      if (!undated) g.core.push(r);
      if (r.interval) g.interval = g.interval ? intersect(g.interval, r.interval) : r.interval;
      if (g.weekday === null) g.weekday = r.weekday;
      index.refresh(g);
    } else if (!r.item.light) {
      const g: Group = { reports: [r], core: [r], interval: r.interval, weekday: r.weekday, members: undefined, coreSummary: undefined };
      groups.push(g);
      index.add(g);
    }
  }
  return groups;
}

/**
 * Modes of one type that can be the same happening: a visit holds meetings and talks, but a phone call or a
 * letter is a happening of its own, and so is taking a town beside striking it. A report without a mode fits any.
 */
const MODE_FAMILY: Record<string, string> = {
  meet: 'talks',
  visit: 'talks',
  host: 'talks',
  discuss: 'talks',
  phone: 'phone',
  message: 'message',
  seize: 'seize',
  drone: 'strike',
  airstrike: 'strike',
  missile: 'strike',
  shelling: 'strike',
};

const dated = (r: Report) => r.interval !== null || r.weekday !== null;

const spread = (r: Report) => (r.interval ? width(r.interval) : r.weekday !== null ? 100_000 : 200_000);

function flags(r: Report): string {
  return factsOf(r).flags;
}

const future = (r: Report) => factsOf(r).future;

/**
 * What scoring reads of a report, worked out once per report rather than once per pair (a report is scored
 * against many groups): a report is not changed while its story's events are merged.
 */
interface Facts {
  flags: string;
  future: boolean;
  rank: number | null;
  /** The report's actors and places, each once, in order, and as rarity keys (`@id`). */
  who: string[];
  whoKeys: string[];
  /** Its shared evidence as the group index files it: `whoKeys`, then its words. */
  tokens: string[];
  /** Its actors and places as a set, and its places. */
  named: Set<string>;
  places: Set<string>;
  words: Set<string>;
  /** Rarity of each of `who` (as `@id`) and of each of `words`, under `rarityFn`. */
  rarityFn: Rarity | null;
  whoRarity: number[];
  wordRarity: number[];
  /** Its {@link memberKey}, once worked out. */
  key: string | null;
}

const facts = new WeakMap<Report, Facts>();

function factsOf(r: Report): Facts {
  let f = facts.get(r);
  if (!f) {
    const who = [...new Set([...r.actors, ...r.places])];
    const whoKeys = who.map((a) => `@${a}`);
    f = {
      flags: r.item.modes.filter((m) => m !== 'future').join(','),
      future: r.item.modes.includes('future'),
      rank: ordinalOf(r.words),
      who,
      whoKeys,
      tokens: [...whoKeys, ...r.words],
      named: new Set([...r.actors, ...r.places]),
      places: new Set(r.places),
      words: new Set(r.words),
      rarityFn: null,
      whoRarity: [],
      wordRarity: [],
      key: null,
    };
    facts.set(r, f);
  }
  return f;
}

/** The names (as `@id`) and words of a report, as its shared evidence is counted. */
function tokensOf(o: Report): string[] {
  return factsOf(o).tokens;
}

/**
 * For a report with no date: words and names one of which a core member of a group must share for the report to
 * join it. Such a report scores against a group only through `contentScore` reaching STRONG with a core member,
 * and the most that score gets from anything but shared names and words is the half point of a shared mode; so
 * the shared names and words must weigh at least STRONG − 0.5. Leaving out the report's lightest words and
 * names while they weigh less than that together, a group sharing none of the rest cannot reach it. (Weights
 * are counted without the caps of contentScore, which only lower a score.) Null for a dated report.
 */
function neededTokens(r: Report, rarity: Rarity): string[] | null {
  if (dated(r)) return null;
  const fr = raritiesOf(r, rarity);
  const tokens = fr.tokens;
  const weights = tokenWeights(fr);
  // the tokens (names, then words) by weight, lightest first, alike weights in that order
  const order = byWeight(weights);
  // a hair under the bar, so that rounding in a sum taken in another order cannot let a group through unseen
  const need = STRONG - 0.5 - 1e-9;
  let light = 0;
  let k = 0;
  while (k < order.length && light + weights[order[k]!]! < need) light += weights[order[k++]!]!;
  const out: string[] = [];
  for (; k < order.length; k++) out.push(tokens[order[k]!]!);
  return out;
}

/**
 * The weight each of a report's tokens (`fr.tokens`: names, then words) brings to `contentScore`, worked out once
 * for the sort and the sum of {@link neededTokens} rather than in every comparison of the sort.
 */
function tokenWeights(fr: Facts): Float64Array {
  const names = fr.who.length;
  const out = new Float64Array(fr.tokens.length);
  for (let k = 0; k < names; k++) out[k] = 0.3 + 0.7 * fr.whoRarity[k]!;
  for (let k = names; k < out.length; k++) out[k] = fr.wordRarity[k - names]!;
  return out;
}

/** Indices of `weights`, lightest first, ties by index (a stable order). */
function byWeight(weights: Float64Array): Int32Array {
  const order = new Int32Array(weights.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  return order.sort((a, b) => weights[a]! - weights[b]! || a - b);
}

/**
 * Everything the score reads of a core member of a group, written out: two groups whose core members have the
 * same keys (and the same interval, weekday and member sets) score alike against any report of another article.
 */
function memberKey(o: Report): string {
  const f = factsOf(o);
  if (f.key !== null) return f.key;
  const sorted = (s: ReadonlySet<string>) => [...s].sort().join(',');
  return (f.key = [
    o.soft ? 1 : 0,
    o.interval ? `${o.interval.lo}-${o.interval.hi}` : '',
    o.weekday ?? '',
    f.rank ?? '',
    o.item.mode ?? '',
    f.future ? 1 : 0,
    sorted(f.named),
    sorted(f.places),
    sorted(f.words),
  ].join('|'));
}

function raritiesOf(r: Report, rarity: Rarity): Facts {
  const f = factsOf(r);
  if (f.rarityFn !== rarity) {
    f.rarityFn = rarity;
    f.whoRarity = f.whoKeys.map((a) => rarity(a));
    f.wordRarity = r.words.map((w) => rarity(w));
  }
  return f;
}

/**
 * What every member of a group has in common for the bars of `score`: the members' flags, types, and mode
 * families (of the members that have a mode). Groups only grow, so the summary is extended, never rebuilt.
 */
interface Members {
  seen: number;
  flags: Set<string>;
  types: Set<Report['item']['type']>;
  families: Set<string>;
}

function membersOf(g: Group): Members {
  const m = (g.members ??= { seen: 0, flags: new Set<string>(), types: new Set<Report['item']['type']>(), families: new Set<string>() });
  for (; m.seen < g.reports.length; m.seen++) {
    const o = g.reports[m.seen]!;
    m.flags.add(flags(o));
    m.types.add(o.item.type);
    if (o.item.mode) m.families.add(MODE_FAMILY[o.item.mode] ?? o.item.mode);
  }
  return m;
}

/** Whether the set holds anything other than `x`. */
const holdsOther = <T>(set: ReadonlySet<T>, x: T) => set.size > 1 || (set.size === 1 && !set.has(x));

export function score(r: Report, g: Group, rarity: Rarity, dateRarity: DateRarity): number {
  const d = dateScore(r, g, dateRarity);
  if (d === null) return -Infinity;
  // every member must have the report's flags, its type (unless the report is light) and a compatible mode
  const members = membersOf(g);
  const fr = raritiesOf(r, rarity);
  if (holdsOther(members.flags, flags(r))) return -Infinity;
  if (!r.item.light && holdsOther(members.types, r.item.type)) return -Infinity;
  if (r.item.mode && holdsOther(members.families, MODE_FAMILY[r.item.mode] ?? r.item.mode)) return -Infinity;
  // "the first round" is hardly the cluster whose reports say "the second round" (a penalty, not a bar: a long
  // clause may name a rank in passing)
  const rank = fr.rank;
  const core = coreOf(g);
  const ranked = rank !== null && core.distinct.some(({ o }) => (factsOf(o).rank ?? rank) !== rank) ? ORDINAL_CONFLICT : 0;
  if (d === 0) {
    // nothing to compare the dates by: the rest must agree strongly, with most of what defines the cluster, in
    // the same mode
    const defining = definingReports(r, g, core);
    if (!defining.length || defining.some(({ o }) => future(o) !== future(r))) return -Infinity;
    // alike core members score alike: each is scored once and counted as often as it is there
    let best = -Infinity;
    let agree = 0;
    let all = 0;
    for (const { o, n } of defining) {
      const s = contentScore(r, fr, o);
      if (s > best) best = s;
      if (s >= AGREES) agree += n;
      all += n;
    }
    if (best < STRONG || agree * 2 < all) return -Infinity;
    const when = sinceArticle(r, g);
    // an article tells of done things before its day; what it does not date is likelier recent than old
    if (when !== null && when < 0 && !future(r)) return -Infinity;
    const stale = when !== null && when > STALE_DAYS ? STALE : 0;
    // scored on the join scale: strong agreement is what stands in for the date
    return JOIN + best - STRONG - stale - ranked;
  }
  // evidence counts against the reports whose text dates the cluster, where it has some: a headline or a past
  // verb dated by its article is no pillar for another report to lean on
  let best = -Infinity;
  let anyStated = false;
  for (const { o } of core.distinct) {
    if (o.soft || !dated(o)) continue;
    anyStated = true;
    best = Math.max(best, contentScore(r, fr, o));
  }
  if (!anyStated) for (const { o } of core.distinct) best = Math.max(best, contentScore(r, fr, o));
  // a headline tells what the same article's body dates; a report dated only by its article likely does too
  if ((r.soft || r.item.title) && core.statedDocs.has(r.doc.id)) best += r.item.title ? SAME_ARTICLE_TITLE : SAME_ARTICLE;
  // the article's own date only says "in the days before it": that leaves most of the proof to the rest
  if (best < (r.soft && !r.item.title ? AGREES : SOME_CONTENT)) return -Infinity;
  return d + best - ranked;
}

/**
 * What an undated report must agree with to join a cluster: the reports whose text states the cluster's date;
 * in a cluster of undated reports, all of them. A cluster dated only by articles' own dates (past verbs with no
 * time word) is pinned by nothing an undated report of another article could share, so only reports of the
 * same article count there.
 */
function definingReports(r: Report, g: Group, core: CoreSummary): Weighted[] {
  const stated = core.distinct.filter(({ o }) => dated(o) && !o.soft);
  if (stated.length) return stated;
  if (core.distinct.every(({ o }) => !dated(o))) return core.distinct;
  return g.core.filter((o) => o.doc === r.doc).map((o) => ({ o, n: 1 }));
}

/** A core member standing for `n` alike ones (the same {@link memberKey}). */
interface Weighted {
  o: Report;
  n: number;
}

/**
 * A group's core with alike members once each: a cluster of a thousand copies of one wire is scored against its
 * few kinds of report, not a thousand times the same one. Groups only grow, so it is extended, never rebuilt.
 */
interface CoreSummary {
  seen: number;
  distinct: Weighted[];
  byKey: Map<string, Weighted>;
  /** Articles with a core member whose text gives the date (not soft). */
  statedDocs: Set<string>;
}

function coreOf(g: Group): CoreSummary {
  const c = (g.coreSummary ??= { seen: 0, distinct: [] as Weighted[], byKey: new Map<string, Weighted>(), statedDocs: new Set<string>() });
  for (; c.seen < g.core.length; c.seen++) {
    const o = g.core[c.seen]!;
    const k = memberKey(o);
    const had = c.byKey.get(k);
    if (had) had.n++;
    else {
      const w = { o, n: 1 };
      c.byKey.set(k, w);
      c.distinct.push(w);
    }
    if (!o.soft) c.statedDocs.add(o.doc.id);
  }
  return c;
}

/** Days from the end of a cluster's interval to the day of the report's article (negative: after the article). */
function sinceArticle(r: Report, g: Group): number | null {
  const day = intervalOf(r.doc.published?.value);
  if (!day || !g.interval) return null;
  return day.lo - g.interval.lo < 0 ? day.lo - g.interval.lo : Math.max(0, day.lo - g.interval.hi);
}

/** Null when the dates cannot be one happening's; 0 when there is nothing to compare. */
function dateScore(r: Report, g: Group, dateRarity: DateRarity): number | null {
  if (r.interval && g.interval) {
    const both = intersect(r.interval, g.interval);
    if (!both) return null;
    const wider = Math.max(width(r.interval), width(g.interval));
    if (g.weekday !== null && width(both) <= 7 && !daysOnWeekday(both, g.weekday).length) return null;
    const base = wider <= 1 ? 2.5 : wider <= 7 ? 2 : wider <= 31 ? 1.25 : wider <= 92 ? 1 : 0.6;
    // a date both texts state, and few others of the story fall in, points at one happening
    const stated = !r.soft && coreOf(g).distinct.some(({ o }) => !o.soft && o.interval);
    return base + (stated ? DATE_RARITY * dateRarity(both) : 0);
  }
  const interval = r.interval ?? g.interval;
  const weekday = r.interval ? g.weekday : r.weekday;
  if (interval && weekday !== null) {
    // a report naming a weekday is about one day of a week: it is not matched to a month or a year
    if (width(interval) > 7) return null;
    return daysOnWeekday(interval, weekday).length ? 1.5 : null;
  }
  if (r.weekday !== null && g.weekday !== null) return r.weekday === g.weekday ? 1 : null;
  return 0;
}

/**
 * Inverse frequency of a span of days over the story's clauses that state a date, in [0, 1]: 1 when one clause
 * only falls in it. A clause counts when its stated days overlap the span.
 */
export function dateRarityOf(reports: readonly Report[]): DateRarity {
  const clauses = new Map<string, Interval[]>();
  for (const r of reports) {
    if (r.soft || !r.interval) continue;
    const k = `${r.doc.id}:${r.item.start}`;
    const list = clauses.get(k);
    if (list) list.push(r.interval);
    else clauses.set(k, [r.interval]);
  }
  const all = [...clauses.values()];
  const n = Math.max(2, all.length);
  // the same spans come up for many pairs of a story: each is counted once
  const known = new Map<string, number>();
  return (span) => {
    const key = `${span.lo}/${span.hi}`;
    const had = known.get(key);
    if (had !== undefined) return had;
    const df = Math.max(1, all.filter((is) => is.some((i) => intersect(i, span))).length);
    const v = Math.log(n / df) / Math.log(n);
    known.set(key, v);
    return v;
  };
}

/** `fr`: the facts of `r`, with its rarities under the story's rarity. */
function contentScore(r: Report, fr: Facts, o: Report): number {
  const fo = factsOf(o);
  let s = 0;
  if (r.item.mode && r.item.mode === o.item.mode) s += 0.5;
  else if (r.item.mode && o.item.mode) s -= 0.25;
  if (fr.future !== fo.future) s -= 0.5;
  let people = 0;
  for (let k = 0; k < fr.who.length; k++) if (fo.named.has(fr.who[k]!)) people += 0.3 + 0.7 * fr.whoRarity[k]!;
  // one happening has one place: reports naming two different places tell two happenings
  if (r.places.length && o.places.length && !r.places.some((p) => fo.places.has(p))) s -= PLACE_CONFLICT;
  let words = 0;
  for (let k = 0; k < r.words.length; k++) if (fo.words.has(r.words[k]!)) words += fr.wordRarity[k]!;
  return s + Math.min(2, people) + Math.min(2, words);
}

/** Ordinals of a clause's words (cut to five letters, without ال), by rank; the opening one is the first. */
const ORDINALS = new Map<string, number>([
  ['اول', 1], ['اولي', 1], ['افتتا', 1],
  ['ثاني', 2], ['ثانيه', 2],
  ['ثالث', 3], ['ثالثه', 3],
  ['رابع', 4], ['رابعه', 4],
  ['خامس', 5], ['خامسه', 5],
  ['سادس', 6], ['سادسه', 6],
  ['سابع', 7], ['سابعه', 7],
  ['ثامن', 8], ['ثامنه', 8],
  ['تاسع', 9], ['تاسعه', 9],
  ['عاشر', 10], ['عاشره', 10],
]);

/** The rank a clause gives its happening (الجولة الثانية), when it names exactly one. */
function ordinalOf(words: readonly string[]): number | null {
  const ranks = new Set(words.map((w) => ORDINALS.get(w.slice(0, 5))).filter((x): x is number => x !== undefined));
  return ranks.size === 1 ? [...ranks][0]! : null;
}
