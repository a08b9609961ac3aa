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

/**
 * What a number counts when it is not a year (في 2000 موقع، عن 1200 جريح، قبل 1300 عام), normalised, with the
 * alef of the accusative (جندياً) allowed. The first few may stand one word away (في 2000 مليون دولار); the
 * rest must follow the number at once, since several are also verbs or follow a year in a clause of its own
 * (في 2018 بعد عام من …).
 */
const COUNTED_NEAR = '(?:الف|مليون|مليار|شخص|جندي|دولار|قتيل|موقع|منزل|طن|كيلو|متر|مره|حاله|عنصر|مقاتل)ا?' + E;
const COUNTED_AT_ONCE =
  '(?:الاف|ملايين|اشخاص|جنود|يورو|جنيه|دينار|ريال|درهم|ليره|شيكل|قتلي|جريح|جرحي|مصاب|مصابين|ضحيه|ضحايا|طفل|اطفال|' +
  'امراه|نساء|منازل|مبني|مسكن|اطنان|كيلوغرام|كيلومتر|كلم|هكتار|دونم|حالات|عناصر|مقاتلين|مسلح|مسلحين|اسير|اسري|' +
  'معتقل|معتقلين|نازح|نازحين|مستوطن|مستوطنين|صاروخ|صواريخ|قذيفه|غاره|غارات|شاحنه|شاحنات|سياره|طلاب|مريض|مرضي|عمال|' +
  'موظف|موظفين|اصوات|صوتا|مقعد|ناخب|برميل|عام|عاما|سنه|سنوات|يوم|يوما|ايام|شهر|شهرا|ساعه|دقيقه|ميغاواط|وحده|عاءله|' +
  'عاءلات|اسره|مدرسه|مدارس|قريه|قري)ا?' + E;
const NOT_COUNTED = `(?!${S}(?:(?:\\p{L}+${S})?${COUNTED_NEAR}|${COUNTED_AT_ONCE}))`;

const AFTER_PREPOSITION = rx(
  `${B}(?:[وف])?(?:في|منذ|حتي|بحلول|خلال|قبل|بعد|عن|مع)${S}(?<t>(?<y>${YEAR})${AD})(?!${OS}[-/.]${OS}\\d)${NOT_COUNTED}`,
  YEAR_WITNESS,
);

const EDGE_YEAR = rx(`${B}${CONJ}(?<t>(?<edge>${EDGE})${S}(?<y>${YEAR})${AD})`, YEAR_WITNESS);

const PAIR = rx(
  `${B}${CONJ}(?<t>(?:(?:بين|من|ما${S}بين)${S})?(?:(?:عامي|العامين|سنتي|السنتين|الاعوام|السنوات|الفتره${S}(?:الممتده${S})?من|الفتره${S}(?:ما${S})?بين)${S})?(?<y1>${YEAR})${OS}(?:-|و|الي|حتي|ولغايه|لغايه)${OS}(?:(?:عام|العام)${S})?(?<y2>${YEAR})${AD})${NOT_COUNTED}`,
  YEAR_WITNESS,
);

export function years(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [WITH_KEYWORD, AFTER_PREPOSITION, EDGE_YEAR]) {
    for (const m of matches(ctx.text, re)) {
      const [s, e] = spanOf(m);
      if (re === AFTER_PREPOSITION && indefiniteNounAt(ctx, e)) continue;
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
    if (indefiniteNounAt(ctx, e)) continue;
    out.push({ s, e, kind: 'range', ref: { t: 'abs', y: y1 }, ref2: { t: 'abs', y: y2 }, by: 'year-range' });
  }
  return out;
}

/**
 * Whether the word after a bare number is an indefinite noun the lists do not hold, told by its written form: a
 * tā' marbūṭa (في 1500 عيادة). A year is followed by a verb, a preposition, a definite word or punctuation,
 * which do not end so, or by one of the few adverbs that do (في 2023 خاصة، بعد 2011 مباشرة).
 */
function indefiniteNounAt(ctx: ParseContext, at: number): boolean {
  const next = /^[^\S\n]+(\p{L}+)/u.exec(ctx.text.slice(at, at + 40));
  if (!next || !ctx.raw || next[1]!.startsWith('ال') || ADVERB.test(next[1]!)) return false;
  const end = at + next[0].length;
  return /ة[\u064B-\u0652]*$/u.test(ctx.raw(end - next[1]!.length, end));
}

const ADVERB = /^(?:خاصه|نتيجه|مباشره|عاده|تاره|كافه|قرابه|اضافه|بدايه|نهايه|ثمه)$/;
