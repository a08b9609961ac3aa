/**
 * Story analysis `brief`: a short multi-source summary of the story (at most eight sentences), each sentence
 * citing the clause of every outlet that reports its point, told in the order things happened.
 *
 * Points come from the events analysis when it ran (each event with its mentions), completed by the sentences of
 * other articles that say the same thing; without it, from sentences of different articles clustered by the
 * distinctive words they share. Each chosen point is said once, in the words of its clearest report compressed
 * (see compress.ts), and cites every report's clause. Where the quantities or contradictions analyses found the
 * outlets disagreeing on a point, the sentence says so and cites the differing words.
 */
import type { BriefSentence, StoryInput } from '../analysis.js';
import { storyAnalysis } from '../analysis.js';
import { mention, type Mention } from '../../outputs/dossier.js';
import type { Doc } from '../../model/document.js';
import { onlyAsides } from './asides.js';
import { clusterPoints, termTable, termWeights, type TermWeights } from './cluster.js';
import { clauseOf, compressClause, opensClause, sourceSpan } from './compress.js';
import { pointDate, sortKey } from './dates.js';
import { disagreements, touches, type Disagreement } from './disagree.js';
import { eventPoints } from './events.js';
import { outletOf, outletsOf, type Point, type Report } from './point.js';
import { choose, rank, termsOf } from './select.js';
import { unitsOf, type Unit } from './units.js';
import { implicitSpeaker, quotedSpeaker } from './implicit-speaker.js';
import { ATTRIBUTION_MARKERS } from '../../language/reporting.js';
import { normalize } from '../../language/normalize.js';

export const brief = storyAnalysis({
  name: 'brief',
  adds: 'summary',
  needs: [],
  after: ['events', 'quantities', 'commitments', 'contradictions'],
  run: (input) => writeBrief(input),
});

export function writeBrief({ docs, results }: Pick<StoryInput, 'docs' | 'results'>): BriefSentence[] {
  const units = unitsOf(docs);
  if (!units.length) return [];
  const w = termWeights(units, docs.length);
  const clusters = clusterPoints(units, w);
  const all = [...completeEvents(eventPoints(results.events ?? [], units, w), clusters), ...clusters];
  // another matter the articles append (وفي سياق منفصل …) is not the story's, unless the story has nothing else
  const story = all.filter((p) => !onlyAsides(p));
  const points = story.length ? story : all;
  // the commitments' mentions by document: a report is checked against its own article's only
  const commitments = new Map<string, Mention[]>();
  for (const c of results.commitments ?? [])
    for (const m of c.mentions ?? []) {
      const list = commitments.get(m.doc);
      if (list) list.push(m);
      else commitments.set(m.doc, [m]);
    }
  const bonus = (p: Point) => (p.reports.some((r) => cites(r, commitments.get(r.unit.doc.id) ?? NONE)) ? 0.2 : 0);
  const chosen = choose(rank(points, w, bonus));
  const differ = disagreements(results.quantities, results.contradictions);
  const byId = new Map(docs.map((d) => [d.id, d]));
  // a disagreement is said once, on the first sentence (in rank) whose citations it touches
  const said = new Set<Disagreement>();
  const made = chosen.map((c) => sentenceOf(c.point, w, differ, byId, said, units));
  // a sentence whose every citation lies inside another's says nothing the other does not (a main clause taken
  // alone, and again with the clause that hangs on it): the larger one is kept
  const kept = made.map((s, i) => !made.some((o, j) => j !== i && within(s.cites, o.cites) && (!within(o.cites, s.cites) || j < i)));
  const sentences = made.filter((_, i) => kept[i]);
  const keys = orderKeys(chosen.filter((_, i) => kept[i]).map((c) => c.point), sentences);
  return sentences
    .map((s, i) => ({ s, key: keys[i]!, rank: i }))
    .sort((a, b) => {
      if (a.key && b.key && a.key !== b.key) return a.key < b.key ? -1 : 1;
      if (!a.key !== !b.key) return a.key ? -1 : 1; // a point that cannot be placed in time after the others
      return a.rank - b.rank;
    })
    .map(({ s }) => s);
}

/**
 * Where each sentence goes in time: its date, else the date of the articles that report it as far as the brief's
 * dated points tell it (an article reports things on or after their date, so an undated point of an article goes
 * with the article's latest dated point).
 */
function orderKeys(points: readonly Point[], sentences: readonly BriefSentence[]): Array<string | null> {
  const latest = new Map<string, string>();
  points.forEach((p, i) => {
    const key = sortKey(sentences[i]!.date as string | null);
    if (!key) return;
    for (const r of p.reports) {
      const had = latest.get(r.unit.doc.id);
      if (!had || had < key) latest.set(r.unit.doc.id, key);
    }
  });
  return points.map((p, i) => {
    const own = sortKey(sentences[i]!.date as string | null);
    if (own) return own;
    const around = p.reports.map((r) => latest.get(r.unit.doc.id)).filter((k): k is string => !!k);
    // just after the article's dated point: the suffix keeps it behind a point of the same day
    return around.length ? `${around.sort()[0]}~` : null;
  });
}

const NONE: readonly Mention[] = [];

/** Whether every mention of `inner` lies inside one of `outer`. */
function within(inner: readonly Mention[], outer: readonly Mention[]): boolean {
  return inner.length > 0 && inner.every((m) => outer.some((o) => o.doc === m.doc && o.start <= m.start && m.end <= o.end));
}

/** Whether a report's sentence holds one of the mentions. */
function cites(r: Report, mentions: readonly Mention[]): boolean {
  const first = r.unit.tokens[0]!;
  const last = r.unit.tokens[r.unit.tokens.length - 1]!;
  return mentions.some((m) => m.doc === r.unit.doc.id && m.start < last.end && first.start < m.end);
}

/**
 * An event the events analysis found in some articles gains the reports of the other articles whose sentences
 * were clustered with one of its reports: the brief cites every outlet that tells the point, even one whose
 * report the event did not merge.
 */
function completeEvents(events: Point[], clusters: readonly Point[]): Point[] {
  const clusterOf = new Map<Unit, Point>();
  for (const c of clusters) for (const r of c.reports) clusterOf.set(r.unit, c);
  return events.map((e) => {
    const docs = new Set(e.reports.map((r) => r.unit.doc.id));
    const extra: Report[] = [];
    for (const r of e.reports) {
      for (const o of clusterOf.get(r.unit)?.reports ?? []) {
        if (docs.has(o.unit.doc.id)) continue;
        docs.add(o.unit.doc.id);
        extra.push(o);
      }
    }
    return { ...e, reports: [...e.reports, ...extra] };
  });
}

/** A quotation mark in a token: a clause that quotes is someone's words, not the outlet's narration. */
const QUOTE_MARK = /[«»“”"]/;

/**
 * The clearest report: the one whose clause carries most of the point's distinctive words in the fewest words,
 * preferring the outlet's own narration to a quotation.
 */
function representative(point: Point, w: TermWeights, clauses: Array<[number, number]>): number {
  // the point's distinctive words by term id, in the order first met, with their weights
  const table = termTable(w);
  const inCore = new Uint8Array(table.size);
  const core = termsOf(point, table, inCore);
  for (const id of core) inCore[id] = 1;
  const total = core.reduce((a, id) => a + table.idf[id]!, 0) || 1;
  const seen = new Uint8Array(table.size);
  let best = 0;
  let bestValue = -Infinity;
  point.reports.forEach((r, i) => {
    const [a, b] = clauses[i]!;
    // the clause's distinct words, in order, and the weight of those of the core
    const ids = table.tokensOf(r.unit);
    const have: number[] = [];
    for (let k = a; k < b; k++) {
      const id = ids[k]!;
      if (id >= 0 && !seen[id]) {
        seen[id] = 1;
        have.push(id);
      }
    }
    let weight = 0;
    for (const id of have) {
      seen[id] = 0;
      weight += inCore[id] ? table.idf[id]! : 0;
    }
    const covered = weight / total;
    const words = b - a;
    let quoted = false;
    for (let k = a; k < b && !quoted; k++) quoted = QUOTE_MARK.test(r.unit.tokens[k]!.text);
    // a clause that starts mid-phrase (cut to fit) reads worse than one that opens a sentence or a clause
    const opens = a === 0 || opensClause(r.unit, a) ? 0 : 0.2;
    // the event's own report (first) is the one its analysis read the happening from
    const own = point.event && i === 0 ? 0.15 : 0;
    const value = covered - 0.01 * words - (quoted ? 0.15 : 0) - opens + own;
    if (value > bestValue) (best = i), (bestValue = value);
  });
  return best;
}

function sentenceOf(point: Point, w: TermWeights, differ: Disagreement[], byId: Map<string, Doc>, said: Set<Disagreement>, units: readonly Unit[]): BriefSentence {
  const clauses = point.reports.map((r) => clauseOf(r));
  const rep = representative(point, w, clauses);
  const repReport = point.reports[rep]!;
  let text = compressClause(repReport.unit, ...clauses[rep]!);
  // the representative's clause first: the words the sentence is taken from lead its citations
  const idx = [rep, ...point.reports.map((_, i) => i).filter((i) => i !== rep)];
  const cited: Mention[] = [];
  for (const i of idx) {
    const r = point.reports[i]!;
    const m = mention(r.unit.doc, sourceSpan(r.unit, ...clauses[i]!));
    if (!cited.some((c) => c.doc === m.doc && c.start < m.end && m.start < c.end)) cited.push(m);
  }
  // a clause whose speaker its verb leaves implicit (وأضاف أن …) names the speaker the text gave before, cited
  // where the text names them: out of its paragraph, «أضاف أن» would say nobody's words
  const implicit = implicitSpeaker(repReport.unit, clauses[rep]![0], text);
  if (implicit) {
    text = implicit.text;
    if (!within([implicit.cite], cited)) cited.push(implicit.cite);
  }
  // words taken from inside a quotation are the speaker's, and the sentence says so
  const quoted = implicit ? null : quotedSpeaker(repReport.unit, sourceSpan(repReport.unit, ...clauses[rep]!), text);
  if (quoted) {
    text = quoted.text;
    if (!within([quoted.cite], cited)) cited.push(quoted.cite);
  }
  const date = pointDate(
    point,
    point.reports.map((r, i) => ({ doc: r.unit.doc, span: sourceSpan(r.unit, ...clauses[i]!) })),
  );
  const outlets = outletsOf(point);
  // a point one outlet alone reports is that outlet's account, and the sentence says whose
  const named = point.reports[0]!.unit.doc.outlet?.value;
  if (outlets.length === 1 && named) text = withOutlet(text, named);
  const out: BriefSentence = { text, cites: cited, outlets, date };
  if (point.event) out.event = point.event.id;
  for (const d of differ.filter((x) => !said.has(x) && touches(x, cited)).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'figures' ? -1 : 1))) {
    // the other analysis's mentions are cited as this story's documents give them, so their text is the source's
    const reports = d.mentions.flatMap((m) => {
      const doc = byId.get(m.doc);
      return doc && m.end <= doc.source.text.length ? [{ m: mention(doc, m), outlet: outletOf(doc), named: doc.outlet?.value ?? doc.source.declared.outlet ?? 'تقرير آخر' }] : [];
    });
    const differing = [...new Set(reports.map((n) => n.outlet))];
    if (differing.length < 2) continue;
    const says = d.kind === 'figures' ? 'وتتباين الأرقام بين' : 'وتتباين الروايات بين';
    // the sentence names outlets as the articles do; one that names none is "another report"
    const parts = reports.map(({ m, named }) => (d.kind === 'figures' ? `${named} («${m.text.trim()}»)` : named));
    // an account set against the sentence's own is given in its outlet's words: naming the outlets alone would
    // leave the reader with one side of the story
    const sides = d.kind === 'accounts' ? otherSides(reports, cited[0]!, units) : [];
    const told = sides.map((x) => `، ${x === sides[0] ? 'ففي' : 'وفي'} ${x.named}: «${x.words}»`).join('');
    out.text = `${text.replace(/\.$/, '')}؛ ${says} ${[...new Set(parts)].join(' و')}${told}.`;
    out.cites = [...cited, ...reports.map((n) => n.m).filter((m) => !cited.some((c) => c.doc === m.doc && c.start === m.start && c.end === m.end))];
    // the words a side is given in are cited too, where the mention does not hold them
    for (const x of sides) if (!within([x.cite], out.cites)) out.cites.push(x.cite);
    out.disagreement = { kind: d.kind, outlets: differing };
    said.add(d);
    break;
  }
  return out;
}

/**
 * The sentence with the outlet whose account it is: «…، بحسب المنبر.»; after an attribution of its own at its end
 * (…، بحسب مسؤولين أميركيين) a second بحسب would read as the officials' source, so the outlet is where it appeared.
 */
function withOutlet(text: string, named: string): string {
  const body = text.replace(/\.$/, '');
  const tail = body.split(/[،,]/).pop()!.trim().split(/\s+/);
  const attributed = tail.length <= 8 && ATTRIBUTION_MARKERS.has(normalize(tail[0]!));
  return attributed ? `${body}، كما جاء في ${named}.` : `${body}، بحسب ${named}.`;
}

/** At most two accounts of a disagreement the sentence does not tell already, each as its outlet's clause says it. */
function otherSides(
  reports: ReadonlyArray<{ m: Mention; named: string }>,
  own: Mention,
  units: readonly Unit[],
): Array<{ named: string; words: string; cite: Mention }> {
  const out: Array<{ named: string; words: string; cite: Mention }> = [];
  for (const { m, named } of reports) {
    if (out.length === 2 || (m.doc === own.doc && m.start < own.end && own.start < m.end)) continue;
    const side = clauseWords(units, m);
    if (side && !out.some((x) => x.words === side.words)) out.push({ named, ...side });
  }
  return out;
}

/** The brief's wording of the clause of the story's sentence that holds a mention (compress.ts), and its citation. */
function clauseWords(units: readonly Unit[], m: Mention): { words: string; cite: Mention } | null {
  const unit = units.find((u) => u.doc.id === m.doc && u.tokens[0]!.start < m.end && m.start < u.tokens[u.tokens.length - 1]!.end);
  if (!unit) return null;
  const a = unit.tokens.findIndex((t) => t.end > m.start);
  let b = a;
  while (b < unit.tokens.length && unit.tokens[b]!.start < m.end) b++;
  const [x, y] = clauseOf({ unit, focus: [a, b] });
  const words = compressClause(unit, x, y)
    .replace(/[.،؛:]\s*$/, '')
    .trim();
  return words ? { words, cite: mention(unit.doc, sourceSpan(unit, x, y)) } : null;
}
