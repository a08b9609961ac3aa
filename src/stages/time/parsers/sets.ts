/**
 * Recurring times: كل يوم، كل أسبوع، كل عام، كل يوم جمعة، أسبوعياً، شهرياً، سنوياً، عاماً بعد عام. They have
 * no single date (kind `set`, value null), nor does a date that comes back every year (25 ديسمبر من كل عام); reading them here also keeps the بعد عام of عاماً بعد عام from being
 * taken for "a year from now".
 */
import { B, CONJ, DAY, E, MONTH, OS, matches, rx, S, spanOf } from '../patterns.js';
import type { Candidate } from '../types.js';
import type { ParseContext } from './context.js';

const SET = rx(
  `${B}${CONJ}(?<t>كل${S}(?:يوم(?:${S}(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت))?|اسبوع|شهر|عام|سنه|صباح|مساء|ليله)|يوميا|اسبوعيا|شهريا|سنويا|(?:يوما|اسبوعا|شهرا|عاما|سنه|ساعه)${S}(?:(?:بعد|تلو)${S}|ب)(?:يوم|اسبوع|شهر|عام|سنه|ساعه|اخر|اخري|الاخر|الاخري)|(?:${DAY}${OS}(?:من${S})?)?${MONTH}${S}(?:من${S})?كل${S}(?:عام|سنه))${E}`,
  // every alternative holds كل or a unit word (يوميا، اسبوعا، سنه …)
  /كل|يوم|اسبوع|شهر|عام|سن|ساع/,
);

export function sets(ctx: ParseContext): Candidate[] {
  return [...matches(ctx.text, SET)].map((m) => {
    const [s, e] = spanOf(m);
    return { s, e, kind: 'set' as const, ref: { t: 'none' as const }, by: 'set' };
  });
}
