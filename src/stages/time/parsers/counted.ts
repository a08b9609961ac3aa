/**
 * Times counted from the article's date: قبل عامين، منذ ثلاثة أيام، قبل نحو شهر، بعد يومين، منذ 15 يوماً، قبل
 * ساعتين. "منذ" with a count is a point (three days ago); with a bare plural (منذ أشهر) it is a duration, read in
 * durations.ts. A count followed by من or على and an event (بعد يومين من الهجوم) counts from that event, not from
 * the article, and gets no value.
 */
import { countOf } from '../../../language/numbers.js';
import { B, CARDINAL, CONJ, E, HIJRI_MONTH, MONTH, matches, rx, S, spanOf, startsAt } from '../patterns.js';
import type { Candidate, Unit } from '../types.js';
import type { ParseContext } from './context.js';

/** Unit words after a count or alone, singular (one), dual (two) and plural. */
const COUNTED = `(?<u>يوما|يومين|يوم|ايام|اسبوعا|اسبوعين|اسبوع|اسابيع|شهرا|شهرين|شهر|اشهر|شهور|عاما|عامين|عام|اعوام|سنه|سنتين|سنوات|سنين|ساعه|ساعتين|ساعات)${E}`;

const AGO = rx(
  `${B}${CONJ}(?<t>(?<pre>قبل|منذ|بعد)${S}(?:(?:نحو|حوالي|قرابه|زهاء)${S})?(?:(?<num>\\d{1,3}|${CARDINAL})${S})?${COUNTED})`,
  // every match begins with one of these (rarer in a text than the letters every unit word holds, such as سن)
  /قبل|منذ|بعد/,
);

const UNIT_OF: Record<string, [Unit | 'hour', number | null]> = {
  يوم: ['day', 1], يوما: ['day', 1], اسبوعا: ['week', 1], شهرا: ['month', 1], عاما: ['year', 1],
  يومين: ['day', 2], ايام: ['day', null],
  اسبوع: ['week', 1], اسبوعين: ['week', 2], اسابيع: ['week', null],
  شهر: ['month', 1], شهرين: ['month', 2], اشهر: ['month', null], شهور: ['month', null],
  عام: ['year', 1], عامين: ['year', 2], اعوام: ['year', null], سنه: ['year', 1], سنتين: ['year', 2], سنوات: ['year', null], سنين: ['year', null],
  ساعه: ['hour', 1], ساعتين: ['hour', 2], ساعات: ['hour', null],
};

/** What follows a unit that heads a noun phrase, and what follows a count from another event (made once: the
 * look-ups of startsAt are by pattern). */
const NOUN_PHRASE_AFTER = `${S}(?:ال\\p{L}|\\d|${MONTH}|${HIJRI_MONTH})`;
const FROM_EVENT_AFTER = `${S}(?:من|علي)${S}(?!الان|اليوم)`;

export function counted(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, AGO)) {
    const g = m.groups!;
    const [unit, implied] = UNIT_OF[g.u!]!;
    // a bare plural (منذ أشهر، بعد سنوات) is a duration (durations.ts); a count before a dual is not Arabic
    if ((!g.num && implied === null) || (g.num && implied === 2)) continue;
    const n = g.num ? countOf(g.num) : implied;
    if (n === null) continue;
    const [s, e] = spanOf(m);
    // قبل يوم الانتخابات، قبل شهر رمضان، قبل عام 2014: the unit heads a noun phrase, it is not a count
    if (!g.num && startsAt(ctx.text, e, NOUN_PHRASE_AFTER)) continue;
    // counted from another event (بعد يومين من الهجوم، قبل عام من الانتخابات): no value without that event's date
    if (startsAt(ctx.text, e, FROM_EVENT_AFTER)) {
      out.push({ s, e, kind: 'date', ref: { t: 'none' }, by: 'counted' });
      continue;
    }
    // hours ago or hours from now are today, unless they make whole days (قبل 48 ساعة is two days back)
    const sign = g.pre === 'بعد' ? 1 : -1;
    const ref: Candidate['ref'] = unit === 'hour' ? { t: 'shift', unit: 'day', n: sign * Math.floor(n / 24) || 0 } : { t: 'shift', unit, n: sign * n };
    out.push({ s, e, kind: 'date', ref, by: 'counted' });
  }
  return out;
}
