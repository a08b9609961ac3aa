/**
 * Seasons: الصيف الماضي، هذا الشتاء، الربيع المقبل، صيف 2023، شتاء العام الماضي. A season needs a modifier
 * or a year: الربيع alone is as often الربيع العربي, and ربيع is also the Hijri ربيع الأول.
 */
import { B, CONJ, CURRENT, E, LAST, NEXT, matches, rx, S, spanOf, stepOf, YEAR, AD } from '../patterns.js';
import type { Candidate, Ref, Season } from '../types.js';
import type { ParseContext } from './context.js';

const SEASONS: Record<string, Season> = { الصيف: 'SU', الشتاء: 'WI', الربيع: 'SP', الخريف: 'FA', صيف: 'SU', شتاء: 'WI', ربيع: 'SP', خريف: 'FA' };

/** Every season's name holds one of these. */
const SEASON_WORD = /صيف|شتاء|ربيع|خريف/;

const RELATIVE = rx(`${B}${CONJ}(?<t>(?:(?<this>هذا)${S})?(?<s>الصيف|الشتاء|الربيع|الخريف)(?:${S}(?<mod>${LAST}|${NEXT}|${CURRENT}|هذا))?)${E}`, SEASON_WORD);

const OF_YEAR = rx(
  `${B}${CONJ}(?<t>(?<s>صيف|شتاء|ربيع|خريف)${S}(?:(?:عام|العام|سنه)${S}(?=\\d))?(?:(?<y>${YEAR})${AD}|(?<rel>(?:العام|السنه)${S}(?:${LAST}|${NEXT}|${CURRENT})|هذا${S}العام|هذه${S}السنه)${E}))`,
  SEASON_WORD,
);

export function seasons(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(ctx.text, RELATIVE)) {
    const g = m.groups!;
    if (!g.this && !g.mod) continue;
    const step = g.mod ? stepOf(g.mod) : 0;
    const ref: Ref = { t: 'season', s: SEASONS[g.s!]!, dir: step < 0 ? 'last' : step > 0 ? 'next' : 'this' };
    const [s, e] = spanOf(m);
    out.push({ s, e, kind: 'date', ref, by: 'season' });
  }
  for (const m of matches(ctx.text, OF_YEAR)) {
    const g = m.groups!;
    const season = SEASONS[g.s!]!;
    const ref: Ref = g.y
      ? { t: 'season', s: season, y: Number(g.y) }
      : { t: 'season', s: season, yearShift: /هذا|هذه/.test(g.rel!) ? 0 : stepOf(g.rel!.split(/\s+/).pop()!) };
    const [s, e] = spanOf(m);
    out.push({ s, e, kind: 'date', ref, by: 'season' });
  }
  return out;
}
