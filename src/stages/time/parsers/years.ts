/**
 * Years on their own: عام 2014، لعام 2008، العام 2024، سنة 1948، في 2014، منذ 2003، بحلول 2030، مطلع 2024،
 * عامي 2014 و2015، بين 2014 و2017. A bare four-digit number is a year only after a word that asks for a time
 * (في، منذ، حتى، بحلول…), and not when a counted noun follows it (في 2000 موقع).
 */
import { AD, B, CONJ, E, EDGE, OS, matches, rx, S, spanOf, YEAR, YEAR_WITNESS } from '../patterns.js';
import type { Candidate } from '../types.js';
import type { ParseContext } from './context.js';

const KEYWORD = '(?:(?:[لب]|لل)?(?:عام|سنه)|العام|السنه)';

const WITH_KEYWORD = rx(`${B}${CONJ}(?<t>(?:(?<edge>${EDGE})${S})?${KEYWORD}${S}(?<y>${YEAR})${AD})`, YEAR_WITNESS);

const AFTER_PREPOSITION = rx(
  `${B}(?:[وف])?(?:في|منذ|حتي|بحلول|خلال|قبل|بعد|عن|مع)${S}(?<t>(?<y>${YEAR})${AD})(?!${OS}[-/.]${OS}\\d)(?!${S}(?:\\p{L}+${S})?(?:الف|مليون|مليار|شخص|جندي|دولار|قتيل|موقع|منزل|طن|كيلو|متر|مره|حاله|عنصر|مقاتل)${E})`,
  YEAR_WITNESS,
);

const EDGE_YEAR = rx(`${B}${CONJ}(?<t>(?<edge>${EDGE})${S}(?<y>${YEAR})${AD})`, YEAR_WITNESS);

const PAIR = rx(
  `${B}${CONJ}(?<t>(?:(?:بين|من|ما${S}بين)${S})?(?:(?:عامي|العامين|سنتي|السنتين|الاعوام|السنوات|الفتره${S}من|الفتره${S}بين)${S})?(?<y1>${YEAR})${OS}(?:-|و|الي|حتي|ولغايه|لغايه)${OS}(?:(?:عام|العام)${S})?(?<y2>${YEAR})${AD})`,
  YEAR_WITNESS,
);

export function years(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [WITH_KEYWORD, AFTER_PREPOSITION, EDGE_YEAR]) {
    for (const m of matches(ctx.text, re)) {
      const [s, e] = spanOf(m);
      out.push({ s, e, kind: 'date', ref: { t: 'abs', y: Number(m.groups!.y) }, by: 'year' });
    }
  }
  for (const m of matches(ctx.text, PAIR)) {
    const g = m.groups!;
    const [y1, y2] = [Number(g.y1), Number(g.y2)];
    const led = /^(?:بين|من|ما|عامي|العامين|سنتي|السنتين|الاعوام|السنوات|الفتره)/.test(g.t!);
    // "2014-2017" needs a word that makes it a span of years; a bare pair is as likely a score or a list
    if (y2 <= y1 || y2 - y1 > 100 || !led) continue;
    const [s, e] = spanOf(m);
    out.push({ s, e, kind: 'range', ref: { t: 'abs', y: y1 }, ref2: { t: 'abs', y: y2 }, by: 'year-range' });
  }
  return out;
}
