/**
 * Stage `time`: every time expression of an article, normalised to the contract's values and anchored.
 *
 * Built the way chrono is: parsers (one file per family in parsers/) each propose candidates on the normalised
 * body; refiners (refiners/) keep the longest reading where they overlap, join ranges and clock times, and read
 * the direction of year-less dates from the clause's tense; then the anchor is chosen (anchor.ts) and every
 * candidate resolved against it (resolve.ts). Matching runs on the normalised view of the body, whose every unit
 * knows the body range it came from, so spans go back to the source exactly, whatever marks or spellings the
 * outlet used.
 *
 * The stage is pure: a later stage that infers a publication date (from the events an undated article shares
 * with dated ones) sets `doc.published` with `by: 'inferred:…'` and runs it again (or calls `findTimes(doc,
 * evidence)`), and the relative expressions resolve against that; borrow.ts proposes such anchors from the
 * article's story until then.
 */
import type { Doc, Evidence, Sentence } from '../../model/document.js';
import type { Message } from '../../model/message.js';
import type { DocStage } from '../../pipeline/stage.js';
import { ARABIC_MARK } from '../../language/chars.js';
import { normalize, normalizeView, type NormalizedView } from '../../language/normalize.js';
import { chooseAnchor } from './anchor.js';
import { anchorLayer, anchorMessages } from './anchor-layer.js';
import type { ParseContext, Parser } from './parsers/context.js';
import { clockTimes } from './parsers/clock.js';
import { counted } from './parsers/counted.js';
import { dayRanges } from './parsers/day-ranges.js';
import { durations } from './parsers/durations.js';
import { hijriDates } from './parsers/hijri.js';
import { monthDates } from './parsers/month-dates.js';
import { numericDates } from './parsers/numeric.js';
import { periods } from './parsers/periods.js';
import { relative } from './parsers/relative.js';
import { seasons } from './parsers/seasons.js';
import { sets } from './parsers/sets.js';
import { weekdays } from './parsers/weekdays.js';
import { years } from './parsers/years.js';
import { mergeClock } from './refiners/merge-clock.js';
import { mergeRanges } from './refiners/merge-ranges.js';
import { mergeWeekday } from './refiners/merge-weekday.js';
import { removeOverlaps } from './refiners/overlaps.js';
import { clauseDirection, directRefs } from './refiners/tense.js';
import { valueOf } from './value.js';
import type { Anchor, Candidate, TimeAnchorLayer, TimeExpr } from './types.js';

export type { TimeExpr, TimeAnchorLayer } from './types.js';

/** The parsers, most specific first: on a tie in length the earlier one's reading is kept. */
const PARSERS: Array<[string, Parser]> = [
  ['day-range', dayRanges],
  ['month-date', monthDates],
  ['hijri', hijriDates],
  ['numeric', numericDates],
  ['season', seasons],
  ['period', periods],
  ['year', years],
  ['weekday', weekdays],
  ['relative', relative],
  ['counted', counted],
  ['duration', durations],
  ['clock', clockTimes],
  ['set', sets],
];

const PRIORITY = new Map(PARSERS.map(([name], i) => [name, i]));

function priority(c: Candidate): number {
  return PRIORITY.get(c.by) ?? PRIORITY.get(c.by.split('-')[0]!) ?? PARSERS.length;
}

export const time: DocStage = {
  name: 'time',
  needs: ['body', 'blocks', 'sentences', 'tokens', 'published', 'outlet'],
  adds: ['times', 'timeAnchor'],
  run(doc) {
    const { times, anchor, messages } = findTimes(doc);
    return { layers: { times, timeAnchor: anchor }, messages };
  },
};

export interface TimeResult {
  times: TimeExpr[];
  anchor: TimeAnchorLayer;
  messages: Message[];
}

/**
 * The time expressions of a document, resolved against `published` (by default the document's own date). A date
 * another stage inferred (its `by` starts with `inferred`) anchors like the text's own best date would: the
 * values it gives are marked `inferred-anchor`.
 */
export function findTimes(doc: Readonly<Doc>, published: Evidence<string> | null = doc.published): TimeResult {
  const view = normalizeView(doc.body.text);
  // the written form of a range runs to where the next unit begins, so it keeps the marks written on its last letter
  const raw = (s: number, e: number) => (e > s ? doc.body.text.slice(view.from[s]!, e < view.text.length ? view.from[e]! : doc.body.text.length) : '');
  const ctx: ParseContext = { text: view.text, raw };
  const proposed = PARSERS.flatMap(([, parse]) => parse(ctx));
  // a date word inside the outlet's own name (الشام اليوم، المصري اليوم) is the name, not a day
  const own = outletSpans(view.text, doc.outlet?.value);
  let candidates = removeOverlaps(own.length ? proposed.filter((c) => !own.some(([s, e]) => c.s >= s && c.e <= e)) : proposed, priority);
  candidates = mergeWeekday(candidates, view.text);
  candidates = mergeRanges(candidates, view.text);
  candidates = mergeClock(candidates, view.text);

  const directionOf = (c: Candidate) => {
    const [bs, be] = bodyRange(view, doc.body.text, c);
    return clauseDirection(doc.tokens, sentenceAt(doc.sentences, bs), bs, be);
  };
  candidates = directRefs(candidates, directionOf);
  const chosen = chooseAnchor(published, candidates, (c) => directionOf(c) === 'future');

  const times = candidates.map((c) => toExpr(doc, view, c, chosen.anchor));
  // say which anchor was used only where it mattered: some expression took its value from it, or lacked one
  const mattered = times.some((t) => t.anchor === 'inferred-anchor' || (t.value === null && t.kind !== 'duration' && t.kind !== 'set'));
  const range = (c: Candidate) => bodyRange(view, doc.body.text, c);
  return { times, anchor: anchorLayer(doc, range, chosen), messages: mattered ? anchorMessages(doc, range, chosen) : [] };
}

/** Where the outlet's name stands in the normalised body, as whole words. */
function outletSpans(text: string, outlet: string | null | undefined): Array<[number, number]> {
  const name = outlet ? normalize(outlet).trim() : '';
  if (name.length < 2) return [];
  const out: Array<[number, number]> = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    out.push([at, end]);
  }
  return out;
}

function toExpr(doc: Readonly<Doc>, view: NormalizedView, c: Candidate, anchor: Anchor | null): TimeExpr {
  const [bodyStart, bodyEnd] = bodyRange(view, doc.body.text, c);
  const [start, end] = doc.body.toSource(bodyStart, bodyEnd);
  const { value, anchored } = valueOf(c, anchor);
  const use = anchored && anchor ? anchor.use : value !== null ? 'explicit' : 'none';
  return { start, end, bodyStart, bodyEnd, text: doc.source.text.slice(start, end), value, kind: c.kind, anchor: use };
}

/** The body range of a candidate, with the marks written on its last letter (غداً، الأربعاءَ). */
function bodyRange(view: NormalizedView, body: string, c: Candidate): [number, number] {
  const bs = view.from[c.s]!;
  let be = view.to[c.e - 1]!;
  while (be < body.length && ARABIC_MARK.test(body[be]!)) be++;
  return [bs, be];
}

/** The sentence holding a body offset (sentences are in text order). */
function sentenceAt(sentences: readonly Sentence[], bodyOffset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.bodyEnd <= bodyOffset) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.bodyStart <= bodyOffset ? s : undefined;
}
