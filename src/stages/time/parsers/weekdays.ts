/**
 * Weekdays on their own: الاثنين، يوم الأربعاء، أمس الأربعاء، مساء الأحد، الخميس المقبل، يومي الاثنين
 * والثلاثاء. Which Wednesday is meant comes later, from the anchor and the clause's tense (see refiners/tense).
 * The word before fixes it when it can: أمس and اليوم point back (a wire story reused a day later still says
 * "اليوم الأربعاء"), غداً forward, الماضي/المقبل strictly so.
 */
import { WEEKDAYS } from '../../../language/months.js';
import { B, CONJ, E, endsBefore, LAST, NEXT, OS, matches, WEEKDAY_WITNESS, rx, S, spanOf, startsAt, stepOf, TIME_OF_DAY, WEEKDAY } from '../patterns.js';
import type { Candidate, Direction, Ref } from '../types.js';
import type { ParseContext } from './context.js';

const DAYS = rx(
  `${B}${CONJ}(?<t>` +
    `(?:${TIME_OF_DAY}${S})?` +
    `(?:(?<lead>يوم|يومي|امس|البارحه|اليوم|غدا|نهار|ليله)${S})?` +
    `(?<wd>${WEEKDAY})` +
    `(?:${OS}(?:و|-)${OS}(?<wd2>${WEEKDAY}))?` +
    `(?:${S}(?<mod>${LAST}|${NEXT})${E})?` +
    `)`,
  WEEKDAY_WITNESS,
);

/** كلا before, معاً or عشر after: الاثنين as a number (made once: startsAt and endsBefore look up by pattern). */
const BOTH_BEFORE = `كلا${S}$`;
const TOGETHER_AFTER = `${OS}(?:معا|عشر|عشره)${E}`;

export function weekdays(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, DAYS)) {
    const g = m.groups!;
    const [s, e] = spanOf(m);
    // الاثنين is also "the two" (كلا الاثنين، الاثنين معاً), الأحد عشر "the eleven"
    if (endsBefore(ctx.text, s, BOTH_BEFORE) || startsAt(ctx.text, e, TOGETHER_AFTER)) continue;
    const dir = directionOf(g.lead, g.mod);
    const ref: Ref = { t: 'weekday', wd: WEEKDAYS.get(g.wd!)!, dir };
    if (g.wd2) {
      const wd2 = WEEKDAYS.get(g.wd2)!;
      out.push({ s, e, kind: 'range', ref, ref2: { t: 'weekday', wd: wd2, dir }, by: 'weekday-range' });
    } else {
      out.push({ s, e, kind: 'date', ref, by: 'weekday' });
    }
  }
  return out;
}

function directionOf(lead: string | undefined, mod: string | undefined): Direction {
  if (mod) return stepOf(mod) < 0 ? 'last' : 'next';
  if (lead === 'امس' || lead === 'البارحه' || lead === 'اليوم') return 'past';
  if (lead === 'غدا') return 'future';
  return 'auto';
}
