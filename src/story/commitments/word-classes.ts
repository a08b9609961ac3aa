/**
 * Which cue lists (cues.ts) a token belongs to, as bits, worked out once per written form instead of testing
 * every list on every token's forms: the commitment and outcome scans ask several lists of every word of every
 * article. A token is in a list when its normal form, its form without a bare conjunction, or its stem is; the
 * extraction and the outcome scan take the conjunction off by slightly different rules (see `bare` below), so
 * each has its own bits.
 */
import type { Token } from '../../model/document.js';
import {
  AGREE_WORDS,
  BEGIN_WORDS,
  BROKEN_WORDS,
  CLAUSE_BREAKS,
  COMMIT_WORDS,
  DECIDE_WORDS,
  DONE_WORDS,
  FUTURE_PASSIVE,
  HEDGES,
  INDEED_WORDS,
  LOCATIVE,
  NEGATED_DONE,
  NEGATIONS,
  SIDES,
  TIMETABLE_HEADS,
  TIMETABLE_QUALIFIERS,
  VOLITIONAL_STEMS,
  PLEDGE_STEMS,
} from './cues.js';

/** Lists the extraction reads, matched on the norm, {@link bareForCue} and the stem. */
export const CUE = {
  commit: 1 << 0,
  decide: 1 << 1,
  agree: 1 << 2,
  futurePassive: 1 << 3,
  timetableHead: 1 << 4,
  timetableQualifier: 1 << 5,
  negation: 1 << 6,
  hedge: 1 << 7,
  locative: 1 << 8,
  sides: 1 << 9,
  clauseBreak: 1 << 10,
} as const;

/** Lists the outcome scan reads, matched on the norm, {@link bareForOutcome} and the stem. */
export const OUTCOME = {
  negation: 1 << 0,
  negatedDone: 1 << 1,
  broken: 1 << 2,
  begin: 1 << 3,
  done: 1 << 4,
  indeed: 1 << 5,
} as const;

const CUE_LISTS: Array<[ReadonlySet<string>, number]> = [
  [COMMIT_WORDS, CUE.commit],
  [DECIDE_WORDS, CUE.decide],
  [AGREE_WORDS, CUE.agree],
  [FUTURE_PASSIVE, CUE.futurePassive],
  [TIMETABLE_HEADS, CUE.timetableHead],
  [TIMETABLE_QUALIFIERS, CUE.timetableQualifier],
  [NEGATIONS, CUE.negation],
  [HEDGES, CUE.hedge],
  [LOCATIVE, CUE.locative],
  [SIDES, CUE.sides],
  [CLAUSE_BREAKS, CUE.clauseBreak],
];

const OUTCOME_LISTS: Array<[ReadonlySet<string>, number]> = [
  [NEGATIONS, OUTCOME.negation],
  [NEGATED_DONE, OUTCOME.negatedDone],
  [BROKEN_WORDS, OUTCOME.broken],
  [BEGIN_WORDS, OUTCOME.begin],
  [DONE_WORDS, OUTCOME.done],
  [INDEED_WORDS, OUTCOME.indeed],
];

function bitsOf(lists: ReadonlyArray<[ReadonlySet<string>, number]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [set, bit] of lists) for (const w of set) m.set(w, (m.get(w) ?? 0) | bit);
  return m;
}
const CUE_BITS = bitsOf(CUE_LISTS);
const OUTCOME_BITS = bitsOf(OUTCOME_LISTS);

const SHORT_AFTER_CONJUNCTION = new Set(['من', 'لم', 'لن', 'لا', 'ما']);

/** A word without a bare و/ف before it (the tokeniser keeps وتعتزم whole); ومن، ولم، ولن lose their و too. */
export function bareForCue(n: string): string {
  return (n[0] === 'و' || n[0] === 'ف') && (n.length > 3 || SHORT_AFTER_CONJUNCTION.has(n.slice(1))) ? n.slice(1) : n;
}

/** The outcome scan takes the conjunction off every word of three letters or more (ولم يتم). */
export function bareForOutcome(n: string): string {
  return (n[0] === 'و' || n[0] === 'ف') && n.length >= 3 ? n.slice(1) : n;
}

const PERSON_PREFIX = /^[يتنا]/;
const VOLITIONAL_ENDING = /^(ان|ون|وا|ن|ا)$/;

/** A future volitional verb (ستعمل، سيواصلون، ونعتزم after سوف is asked as سنعتزم): the will to do something. */
function isFutureVolitional(norm: string, stems: readonly string[] = VOLITIONAL_STEMS): boolean {
  let w = bareForCue(norm);
  if (!w.startsWith('س') || w.length < 4) return false;
  w = w.slice(1);
  if (!PERSON_PREFIX.test(w)) return false;
  w = w.slice(1);
  return stems.some((s) => w === s || (w.startsWith(s) && VOLITIONAL_ENDING.test(w.slice(s.length))));
}

/**
 * Bits of a form and its bare form, by form; the stem's bits are looked up apart (a token's stem is its own).
 * With what the extraction asks of every word's form besides: whether it is a future volitional verb, and
 * whether the form alone may open a cue (من المقرر، سوف …, a future volitional verb).
 */
export interface FormBits {
  cue: number;
  outcome: number;
  bare: string;
  future: boolean;
  /** A future verb of giving (PLEDGE_STEMS): a cue when what is given follows after ب. */
  pledge: boolean;
  opens: boolean;
}
const FORMS = new Map<string, FormBits>();
const FORMS_SIZE = 100_000;

export function formBits(norm: string): FormBits {
  let f = FORMS.get(norm);
  if (f === undefined) {
    if (FORMS.size >= FORMS_SIZE) FORMS.clear();
    const bare = bareForCue(norm);
    const future = isFutureVolitional(norm);
    const pledge = !future && isFutureVolitional(norm, PLEDGE_STEMS);
    f = {
      cue: (CUE_BITS.get(norm) ?? 0) | (CUE_BITS.get(bare) ?? 0),
      outcome: (OUTCOME_BITS.get(norm) ?? 0) | (OUTCOME_BITS.get(bareForOutcome(norm)) ?? 0),
      bare,
      future,
      pledge,
      opens: bare === 'من' || bare === 'سوف' || future || pledge,
    };
    FORMS.set(norm, f);
  }
  return f;
}

/** The extraction's lists the token is in. */
export function cueBits(t: Token): number {
  return formBits(t.norm).cue | stemCueBits(t.stem);
}

/** The extraction's lists a stem is in (a token is in a list its form, its bare form or its stem is in). */
export function stemCueBits(stem: string): number {
  return CUE_BITS.get(stem) ?? 0;
}

/** The outcome scan's lists the token is in. */
export function outcomeBits(t: Token): number {
  return formBits(t.norm).outcome | (OUTCOME_BITS.get(t.stem) ?? 0);
}
