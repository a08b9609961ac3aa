/**
 * Clock times: الساعة 15:41 بتوقيت غرينتش، الساعة العاشرة صباحاً، في تمام الساعة 9 مساءً، 2:56 ص. A bare
 * 15:41 with no الساعة and no ص/م is proposed as weak: it is kept only when it follows a date (merge-clock), as
 * in a page stamp, and otherwise may be a score or a verse number.
 */
import { B, CONJ, E, OS, matches, rx, S, spanOf } from '../patterns.js';
import type { Candidate, Clock } from '../types.js';
import type { ParseContext } from './context.js';

const HOURS: Record<string, number> = {
  الواحده: 1, الثانيه: 2, الثالثه: 3, الرابعه: 4, الخامسه: 5, السادسه: 6, السابعه: 7, الثامنه: 8, التاسعه: 9, العاشره: 10,
  'الحاديه عشره': 11, 'الثانيه عشره': 12,
};
const HOUR_WORD = Object.keys(HOURS).sort((a, b) => b.length - a.length).map((w) => w.replace(' ', S)).join('|');

const PERIOD = `(?<ap>صباحا|صباح|مساء|مساءا|ظهرا|فجرا|ليلا|عصرا|بعد${S}الظهر|ص|م)${E}`;
const ZONE = `(?:${OS},?${OS}(?:[بو]|حسب${S})?(?:ال)?توقيت(?:${S}(?<zone>غرينتش|غرينيتش|جرينتش|جرينيتش|المحلي|العالمي|مكه(?:${S}المكرمه)?|القدس|بغداد|دمشق|بيروت|القاهره|الرياض|ابوظبي|الدوحه|عمان|[a-z]+))?)`;
const MINUTES = `(?<fraction>${S}(?:و)?(?:النصف|الربع|الا${S}ربعا|الا${S}ربع|ونصف|وربع))`;

const CLOCK = rx(
  `${B}${CONJ}(?<t>(?:تمام${S})?(?:عند${S})?الساعه${S}(?:(?<h>\\d{1,2})(?:[:.](?<mi>\\d{2}))?(?!\\d)|(?<hw>${HOUR_WORD})${E}${MINUTES}?)(?:${OS}${PERIOD})?${ZONE}?)`,
  /الساعه/,
);

const BARE = rx(`(?<![\\d:/.])(?<t>(?<h>\\d{1,2}):(?<mi>\\d{2})(?![\\d:])(?:${OS}${PERIOD})?${ZONE}?)`, /\d:\d\d/);

export function clockTimes(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [CLOCK, BARE]) {
    for (const m of matches(ctx.text, re)) {
      const g = m.groups!;
      const clock = clockOf(g);
      if (!clock) continue;
      const [s, e] = spanOf(m);
      const weak = re === BARE && !g.ap && !g.zone;
      out.push({ s, e, kind: 'time', ref: { t: 'shift', unit: 'day', n: 0 }, clock, by: weak ? 'clock-weak' : 'clock' });
    }
  }
  return out;
}

function clockOf(g: Record<string, string | undefined>): Clock | null {
  let h = g.h !== undefined ? Number(g.h) : HOURS[g.hw!.replace(/\s+/g, ' ')];
  let min = g.mi !== undefined ? Number(g.mi) : 0;
  if (g.fraction) min = /النصف|نصف/.test(g.fraction) ? 30 : /الا/.test(g.fraction) ? -15 : 15;
  if (h === undefined || h > 24 || min > 59) return null;
  if (min < 0) [h, min] = [h - 1, 45];
  if (g.ap && /^(?:مساء|مساءا|م|ليلا|عصرا|بعد)/.test(g.ap) && h < 12) h += 12;
  if (g.ap && /^ظهرا/.test(g.ap) && h < 6) h += 12;
  return g.zone ? { h, min, zone: g.zone } : { h, min };
}
