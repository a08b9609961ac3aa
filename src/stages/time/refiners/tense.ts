/**
 * Which way a year-less date or a bare weekday points, read from its clause. News reports what happened, so
 * the default is the last such day on or before the anchor; a future marker nearby (the prefix سـ on a verb,
 * سوف، لن، المقبل، المقرر، المرتقب، يعتزم…) makes it the next one on or after.
 */
import type { Token } from '../../../model/document.js';
import { firstTokenFrom } from '../../../model/search.js';
import { normalize } from '../../../language/normalize.js';
import type { Candidate, Direction, Ref } from '../types.js';

const FUTURE_WORDS = new Set([
  'سوف', 'لن', 'المقبل', 'المقبله', 'القادم', 'القادمه', 'المقرر', 'المقرره', 'مقرر', 'مقرره', 'المرتقب', 'المرتقبه',
  'مرتقب', 'مرتقبه', 'المزمع', 'المزمعه', 'يزمع', 'تزمع', 'يعتزم', 'تعتزم', 'يعتزمون', 'ينوي', 'تنوي', 'غدا',
  'المنتظر', 'المنتظره', 'المرتقب', 'يرتقب', 'ستنطلق',
  // a deadline: بحلول مارس is the coming March
  'بحلول',
]);

/**
 * Words that put a clause in the past whatever date follows: the pluperfect's كان … قد, قد before a past verb,
 * سبق, and what calls a time gone (الماضي، الفائت، المنصرم، سابقاً).
 */
const PAST_WORDS = new Set([
  // (not السابق: the former minister's date may still lie ahead)
  'كان', 'كانت', 'كانوا', 'كانا', 'قد', 'لقد', 'سبق', 'سبقت', 'سبقه', 'سابقا', 'الماضي', 'الماضيه',
  'الفاءت', 'الفاءته', 'المنصرم', 'المنصرمه', 'المنقضي', 'لم', 'امس',
]);

/** What a clause says of the way its year-less dates point (types.ts Direction). */
export type ClauseDirection = 'past' | 'future' | 'near' | 'recent';

/** Words that put the clause they govern in the future across أن: من المقرر أن يصل الوفد الأحد. */
const GOVERNING_FUTURE = new Set([
  'المقرر', 'مقرر', 'المنتظر', 'المتوقع', 'المرتقب', 'يعتزم', 'تعتزم', 'يعتزمون', 'ينوي', 'تنوي', 'يزمع', 'تزمع', 'يرتقب', 'ينتظر', 'يتوقع', 'تتوقع',
  // what one hopes or strives for lies ahead: يأمل الوسطاء التوصل إلى اتفاق قبل عيد الأضحى
  'يامل', 'تامل', 'ياملون', 'نامل', 'يسعي', 'تسعي', 'يسعون', 'نسعي', 'يطمح', 'تطمح', 'يطمحون',
]);

/** How many words back a governing word (GOVERNING_FUTURE) still reaches the date of its clause. */
const GOVERNING_REACH = 10;

/** Nouns and names that begin like a future verb (سيـ، ستـ، سنـ). */
const NOT_VERBS =
  /^(?:سياس|سياد|سيار(?:ه|ات)?$|سيطر|سيد(?:$|ه$|ات|ي$|تي|نا|ها|هم)|سيناء?$|سيناريو|سينم|سيره$|سيف(?:$|ه$)|سيوف|سيول$|سيل$|سيم(?:$|ا$|ه$)|سيء|سته$|ستين|ستون|ستار(?:ه|ات)?$|ستاد|ستراتيج|ستوكهولم|سنه|سنو(?:ات|ي|يه|يا)?$|سنت(?:$|ين|ان|يم)|سنغافور|سني|سنجار|سند(?:$|ات)|سنين|سنا$|سيبير|سيريلانك|ستالين)/;

export function isFutureWord(norm: string): boolean {
  const w = bare(norm);
  if (FUTURE_WORDS.has(w) || GOVERNING_FUTURE.has(w)) return true;
  return w.charCodeAt(0) === 0x633 && /^س[يتن]\p{L}{2,}$/u.test(w) && !NOT_VERBS.test(w);
}

/**
 * Words that make the date after them an effective-from date (اعتباراً من، ابتداءً من، بدءاً من): the change may
 * come before or after the report, so the date is the occurrence nearest it.
 */
const NEAR_MARKERS = new Set(['اعتبارا', 'ابتداء', 'ابتداءا', 'بدءا', 'بدء']);
const NEAR_REACH = 3;

/**
 * Words that make the date right after them a deadline (مدد الخفض حتى نهاية يونيو، لغاية مارس): a term set
 * in the report runs to a day ahead of it, so the date is the coming one unless a past word in the clause says
 * the term is over (استمرت حتى يونيو الماضي، كان قد مدد حتى مارس). The word is the nearest, or the next after
 * a part of the month (نهاية، مطلع).
 */
const DEADLINE_MARKERS = new Set(['حتي', 'لغايه', 'غايه']);
const DEADLINE_REACH = 2;

/**
 * Imperfect verbs of the acts a programme lists (meetings, visits, arrivals, sessions, signings), which the present
 * puts ahead of the report when a day is named with them.
 */
const SCHEDULED_ACTS: ReadonlySet<string> = new Set(
  `يلتقي تلتقي يلتقيان تلتقيان يلتقون يزور تزور يزوران تزوران يصل تصل يصلان تصلان يصلون يعقد تعقد يعقدان تعقدان
  يجتمع تجتمع يجتمعان تجتمعان يجتمعون يتوجه تتوجه يغادر تغادر يستقبل تستقبل ينطلق تنطلق يستانف تستانف يختتم تختتم
  يترأس تترأس يستضيف تستضيف يوقع يوقعان توقعان يبحث تبحث يبحثان تبحثان يحل تحل`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalize),
);
/** Words back from the date a scheduled act's verb is looked for in: verb, subject, object (ويلتقي الوزير نظيره الأردني الخميس). */
const SCHEDULE_REACH = 5;
const RELATIVES: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);

/** Words that open a reported clause: what stands before them belongs to another clause (قال الوزير الخميس إن …). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'لان', 'حيث', 'بينما', 'فيما']);

/**
 * The direction a clause gives, from up to 6 words before the expression (10 for a governing word: ويأمل الوسطاء
 * التوصل إلى اتفاق قبل حلول عيد الأضحى) and 3 after it, inside its sentence and
 * its clause: the walk stops at punctuation (a comma right beside the expression, as in "أعلنت، الخميس، …", is
 * stepped over) and at a word that opens a reported clause, so that "قال الوزير الخميس إن الحكومة ستبدأ" reads
 * the Thursday with قال, not with ستبدأ.
 */
export function clauseDirection(tokens: readonly Token[], sentence: { bodyStart: number; bodyEnd: number } | undefined, bodyStart: number, bodyEnd: number): ClauseDirection {
  const lo = sentence?.bodyStart ?? bodyStart - 80;
  const hi = sentence?.bodyEnd ?? bodyEnd + 40;
  const window: Token[] = [];
  const walk = (from: number, step: 1 | -1, limit: number) => {
    let words = 0;
    for (let i = from; i >= 0 && i < tokens.length && words < limit; i += step) {
      const t = tokens[i]!;
      if (t.bodyStart < lo || t.bodyEnd > hi) break;
      if (t.kind === 'word' || t.kind === 'latin') {
        // a clause opener ends the walk, but going back, a word governing it may still make it future
        if (CLAUSE_OPENERS.has(bare(t.norm))) {
          if (step < 0) for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (GOVERNING_FUTURE.has(bare(tokens[j]!.norm))) window.push(tokens[j]!);
          break;
        }
        window.push(t);
        words++;
      } else if (t.kind === 'punct' && !(words === 0 && t.norm === ',')) break;
    }
  };
  walk(firstTokenFrom(tokens, bodyStart) - 1, -1, GOVERNING_REACH);
  // beyond the six nearest words only a governing word counts: its clause is all it governs
  const far = window.splice(6).filter((t) => GOVERNING_FUTURE.has(bare(t.norm)));
  const before = window.length;
  walk(firstTokenFrom(tokens, bodyEnd), 1, 3);
  if (far.length || window.some((t) => isFutureWord(t.norm))) return 'future';
  // the walk back pushed the nearest word first: اعتباراً من مطلع يونيو
  for (let k = 0; k < Math.min(before, NEAR_REACH); k++) if (NEAR_MARKERS.has(bare(window[k]!.norm))) return 'near';
  const past = window.some((t) => PAST_WORDS.has(bare(t.norm)));
  if (!past) for (let k = 0; k < Math.min(before, DEADLINE_REACH); k++) if (DEADLINE_MARKERS.has(bare(window[k]!.norm))) return 'future';
  // an imperfect verb of a scheduled act just before the date (ويلتقي المبعوث الأربعاء، وتعقد اللجنة اجتماعها
  // الأحد): what is on the programme, the coming day
  // (a relative clause between them has a verb of its own: يشارك في الاجتماع الذي عقد الأحد)
  if (!past) {
    for (let k = 0; k < Math.min(before, SCHEDULE_REACH); k++) {
      const w = bare(window[k]!.norm);
      if (RELATIVES.has(w)) break;
      if (SCHEDULED_ACTS.has(w)) return 'future';
    }
  }
  return past ? 'past' : 'recent';
}

/** The word without a conjunction glued to it (و، ف before two more letters); most words begin with neither, and skip the expression. */
export function bare(norm: string): string {
  const c = norm.charCodeAt(0);
  if (c !== 0x648 && c !== 0x641) return norm;
  return norm.replace(/^[وف](?=\p{L}{2})/u, '');
}

/** Sets the direction of every `auto` reference from its clause. */
export function directRefs(candidates: Candidate[], directionAt: (c: Candidate) => ClauseDirection): Candidate[] {
  return candidates.map((c) => {
    const needs = [c.ref, c.ref2].some((r) => r && isAuto(r));
    if (!needs) return c;
    const dir = directionAt(c);
    const set = (r: Ref | undefined): Ref | undefined => (r && isAuto(r) ? { ...r, dir } as Ref : r);
    const out: Candidate = { ...c, ref: set(c.ref)! };
    if (c.ref2) out.ref2 = set(c.ref2)!;
    return out;
  });
}

function isAuto(r: Ref): boolean {
  return 'dir' in r && (r as { dir?: Direction }).dir === 'auto';
}
