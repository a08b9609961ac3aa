/**
 * When a figure holds, as its clause says: the days its sentence names (the time stage's values), whether the
 * clause speaks of what is to come (ستفرج، سوف، من المقرر: the time stage's future words), the state before
 * some change it names (قبل تعديل القانون), and the phase it counts (في مرحلة أولى، الدفعة الثانية). Two
 * outlets' figures for one subject at different times (a yearly count before a law changed and the first batch
 * after it; Tuesday's release and Thursday's) are two facts, not a disagreement (merge.ts).
 */
import type { Doc, Token } from '../../model/document.js';
import { normalize } from '../../language/normalize.js';
import { bare as withoutConjunction, CLAUSE_OPENERS as OPENERS, clauseDirection } from '../../stages/time/refiners/tense.js';

export interface TimeFrame {
  /** The days the sentence names, each as an interval of ISO prefixes [from, to] (to compared as a prefix). */
  days: Array<readonly [string, string]>;
  /** The clause speaks of what is to come. */
  future: boolean;
  /** The clause speaks of a state gone: كان before the figure (not كان … قد, an event told in the past), or قبل and a change after it. */
  earlier: boolean;
  /** The ordinal of the phase, batch or round the figure counts (مرحلة أولى: 1), or null. */
  phase: number | null;
}

const PHASE_NOUNS = new Set(['مرحلة', 'دفعة', 'جولة'].map(normalize));
const ORDINALS = new Map<string, number>(
  (
    [
      ['أولى', 1], ['أول', 1], ['ثانية', 2], ['ثاني', 2], ['ثالثة', 3], ['ثالث', 3], ['رابعة', 4], ['رابع', 4],
      ['خامسة', 5], ['خامس', 5], ['أخيرة', 99], ['نهائية', 99],
    ] as const
  ).map(([w, n]) => [normalize(w), n]),
);
const WAS = new Set(['كان', 'كانت', 'كانوا', 'كانا', 'كانتا'].map(normalize));
const QAD = normalize('قد');
const BEFORE = normalize('قبل');
/** What may follow قبل without naming a change: a clause (قبل أن), a time (قبل يومين, read by the time stage). */
const NOT_A_CHANGE = new Set(
  ['أن', 'ذلك', 'نحو', 'حوالي', 'أسبوع', 'أسبوعين', 'يوم', 'يومين', 'أيام', 'شهر', 'شهرين', 'أشهر', 'عام', 'عامين', 'سنة', 'سنتين', 'سنوات', 'ساعة', 'ساعات', 'أعوام', 'منتصف', 'قليل'].map(normalize),
);
/** Words that open another clause (the time stage's: إن، أن، بينما …; and a relative pronoun): a walk from the figure stops there. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...OPENERS, ...['الذي', 'التي'].map(normalize)]);

/**
 * The word without the article, a preposition or a conjunction joined to it (الأولى → أولى, وكانت → كانت): light
 * segmentation leaves و on a word it does not know (وكانت), which the time stage's reading takes off.
 */
const bare = (t: Token): string => withoutConjunction(t.stem || t.norm);

/** A day value of the time stage as an interval of ISO prefixes; null for what is no date (a duration, a set). */
function interval(value: string): readonly [string, string] | null {
  const [from, to = from] = value.split('/');
  const day = /^\d{4}(-\d\d){0,2}$/;
  return day.test(from!) && day.test(to!) ? [from!, to!] : null;
}

/** Whether two prefix intervals share a day: 2024-05 holds 2024-05-09; 2024-05-07 and 2024-05-09 are apart. */
function overlap(a: readonly [string, string], b: readonly [string, string]): boolean {
  const upTo = (x: string, end: string) => x <= end || x.startsWith(end);
  return upTo(a[0], b[1]) && upTo(b[0], a[1]);
}

/** Token indexes of the clause's words from `at` going `step` (at most `limit` words), to punctuation or an opener. */
function clauseWords(tokens: readonly Token[], at: number, step: 1 | -1, from: number, to: number, limit: number): number[] {
  const out: number[] = [];
  for (let k = at; k >= from && k < to && out.length < limit; k += step) {
    const t = tokens[k]!;
    if (t.kind === 'punct') break;
    if (t.kind !== 'word') continue;
    if (CLAUSE_OPENERS.has(bare(t)) || CLAUSE_OPENERS.has(t.norm)) break;
    out.push(k);
  }
  return out;
}

/**
 * The frame of the figure over tokens [first, after) of its sentence, tokens [from, to): the days its sentence
 * names, and from its own clause whether it is to come, a state gone, a phase.
 */
export function timeFrame(doc: Doc, first: number, after: number, from: number, to: number): TimeFrame {
  const tokens = doc.tokens;
  const days: Array<readonly [string, string]> = [];
  const lo = tokens[from]!.start;
  const hi = tokens[to - 1]!.end;
  for (const t of (doc.layers.times as Array<{ start: number; end: number; value: string | null }> | undefined) ?? []) {
    if (t.start < lo || t.end > hi || !t.value) continue;
    const d = interval(t.value);
    if (d) days.push(d);
  }
  const back = clauseWords(tokens, first - 1, -1, from, to, 6);
  const ahead = clauseWords(tokens, after, 1, from, to, 10);
  // كان … قد tells an event in the past perfect (وكان الهجوم قد أسفر عن …), not a state
  let earlier = back.some((k) => WAS.has(bare(tokens[k]!)) && !back.some((q) => q > k && q <= k + 3 && tokens[q]!.norm === QAD));
  let phase: number | null = null;
  for (const k of [...back, ...ahead]) {
    const w = bare(tokens[k]!);
    const next = tokens[k + 1];
    if (!next || k + 1 >= to || next.kind !== 'word') continue;
    if (w === BEFORE && k >= after && !NOT_A_CHANGE.has(bare(next))) earlier = true;
    if (PHASE_NOUNS.has(w) && phase === null) phase = ORDINALS.get(bare(next)) ?? null;
  }
  const sentence = { bodyStart: tokens[from]!.bodyStart, bodyEnd: tokens[to - 1]!.bodyEnd };
  const future = clauseDirection(tokens, sentence, tokens[first]!.bodyStart, tokens[after - 1]!.bodyEnd) === 'future';
  return { days, future, earlier, phase };
}

/** Whether two figures' frames say they hold at different times (what neither says is not a difference). */
export function differentTimes(a: TimeFrame, b: TimeFrame): boolean {
  if (a.days.length && b.days.length && !a.days.some((x) => b.days.some((y) => overlap(x, y)))) return true;
  if (a.future !== b.future || a.earlier !== b.earlier) return true;
  return a.phase !== null && b.phase !== null && a.phase !== b.phase;
}
