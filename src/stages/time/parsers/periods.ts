/**
 * Decades and centuries: التسعينيات، ستينيات القرن الماضي، مطلع القرن العشرين، القرن التاسع عشر، عشرينيات القرن
 * الحالي. A decade's value is the range of its ten years (1990/1999), a century's that of its hundred (the
 * twentieth is 1900/1999, as the press means it, not the astronomers' 1901/2000). A decade named without its
 * century is one of the twentieth (the press writes عشرينيات القرن الحالي for the 2020s), and one followed by
 * من عمره is an age, not a time. A quarter or a half of a year (الربع الأول من العام المقبل، النصف الثاني من
 * 2023) is the range of its months; «من العام» alone is the report's year (الربع الأول من العام), while one of a
 * year not named (الربع الأول) or of a fiscal or school year (من العام المالي) belongs to a calendar of its own and
 * is left alone.
 */
import { ORDINAL_DAYS } from '../../../language/numbers.js';
import { AD, B, CONJ, CURRENT, E, EDGE, LAST, matches, NEXT, ORDINAL_DAY, rx, S, spanOf, startsAt, stepOf, YEAR } from '../patterns.js';
import type { Candidate, Ref } from '../types.js';
import type { ParseContext } from './context.js';

const TENS: Record<string, number> = { عشرين: 2, ثلاثين: 3, اربعين: 4, خمسين: 5, ستين: 6, سبعين: 7, ثمانين: 8, تسعين: 9 };

const DECADE = `(?<al>ال)?(?<tens>${Object.keys(TENS).join('|')})(?:يات|ات)${E}`;
const CENTURY = `القرن${S}(?:(?<mod>${LAST}|${CURRENT})|(?<nth>${ORDINAL_DAY}))`;

const LEAD = `(?:(?:${EDGE})${S})?(?:(?:عقد|حقبه)${S})?`;
const WITH_DECADE = rx(
  `${B}${CONJ}(?<t>${LEAD}(?<dec>${DECADE})(?:${S}(?:من${S})?${CENTURY})?)${E}`,
  new RegExp(`(?:${Object.keys(TENS).join('|')})(?:يات|ات)`),
);
const CENTURY_ALONE = rx(`${B}${CONJ}(?<t>${LEAD}${CENTURY})${E}`, /القرن/);

/** After a decade: its years are someone's age (في الستينيات من عمره، من العمر). */
const AGE_AFTER = `${S}من${S}(?:العمر|عمر\\p{L}*)${E}`;

export function periods(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = yearParts(ctx);
  for (const m of [...matches(ctx.text, WITH_DECADE), ...matches(ctx.text, CENTURY_ALONE)]) {
    const g = m.groups!;
    const [s, e] = spanOf(m);
    const tens = g.tens ? TENS[g.tens]! : undefined;
    const hasCentury = !!(g.mod || g.nth);
    if (tens !== undefined && !hasCentury && (!g.al || startsAt(ctx.text, e, AGE_AFTER))) continue;
    const nth = g.nth ? ORDINAL_DAYS.get(g.nth.replace(/\s+/g, ' ')) : undefined;
    if (g.nth && !nth) continue;
    let ref: Ref;
    if (g.mod) ref = { t: 'span', len: tens !== undefined ? 10 : 100, rel: stepOf(g.mod), ...(tens !== undefined ? { decade: tens } : {}) };
    else {
      const century = nth !== undefined ? (nth - 1) * 100 : 1900;
      ref = tens !== undefined ? { t: 'span', len: 10, y: century + tens * 10 } : { t: 'span', len: 100, y: century };
    }
    out.push({ s, e, kind: 'range', ref, by: 'period' });
  }
  return out;
}

const PART = rx(
  `${B}${CONJ}(?<t>(?<part>الربع|النصف)${S}(?<nth>الاول|الثاني|الثالث|الرابع|الاخير)${S}(?:من${S})?` +
    `(?:(?:(?:عام|العام|سنه)${S})?(?<y>${YEAR})${AD}|(?:العام|السنه)${S}(?<mod>${LAST}|${NEXT}|${CURRENT})|(?<this>هذا${S}العام|هذه${S}السنه)|(?<bare>العام|السنه)(?!${S}(?:المالي|الدراسي|الهجري|الميلادي|الماضي|المقبل|القادم|الجاري|الحالي))))${E}`,
  /الربع|النصف/,
);

const NTH_PART: Record<string, number> = { الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4 };

export function yearParts(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, PART)) {
    const g = m.groups!;
    const months = g.part === 'الربع' ? 3 : 6;
    const nth = g.nth === 'الاخير' ? 12 / months : NTH_PART[g.nth!]!;
    if (nth > 12 / months) continue;
    const first = (nth - 1) * months + 1;
    const last = first + months - 1;
    const at = (mo: number): Ref => (g.y ? { t: 'abs', y: Number(g.y), m: mo } : { t: 'shift', unit: 'year', n: g.mod ? stepOf(g.mod) : 0, m: mo });
    const [s, e] = spanOf(m);
    out.push({ s, e, kind: 'range', ref: at(first), ref2: at(last), by: 'period-part' });
  }
  return out;
}
