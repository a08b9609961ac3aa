/**
 * The figures one document reports: a number (digits or words, with its scale) followed by what it counts (the
 * counted noun, or "من" + a definite plural, or a percent sign), or a dual noun standing for two (جولتين), with
 * the hedge before it (نحو، أكثر من …). Numbers the time stage read as dates, years, clock times or durations
 * are not figures, nor are counts of the reporter's sources (أربعة مصادر).
 */
import type { Doc, Token } from '../../model/document.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { cliticAnalyses } from '../../language/clitics.js';
import { MONTHS, WEEKDAYS } from '../../language/months.js';
import { STOPWORDS } from '../../language/stopwords.js';
import { normalize } from '../../language/normalize.js';
import { digitValue, foldParts, isTenWord, isWeakAlone, SCALES, teenUnit, wordPart, type Scale, type WordPart } from './numerals.js';
import { ATTRIBUTION_WORDS, dualOf, EVENT_FAMILIES, PERCENT_WORDS, TIME_WORDS, unitOf, type Unit } from './units.js';
import { keysIn, outcomeKey, placedEntitiesOnce, sentenceBoundsOnce, type PlacedEntity } from './context.js';
import { casualtyUnit, countedBefore, outcomeBefore } from './tolls.js';
import { timeFrame, type TimeFrame } from './frame.js';

export type HedgeKind = 'approx' | 'over' | 'under' | 'atLeast' | 'atMost';

export interface Hedge {
  text: string;
  kind: HedgeKind;
}

/** One report of a figure in one document. */
export interface QuantityMention {
  doc: Doc;
  value: number;
  unit: Unit;
  /** The counted word as written when it differs from the unit (مرة for attacks counted in times). */
  counted: string | null;
  hedge: Hedge | null;
  /** Source span: hedge, number and counted noun. */
  start: number;
  end: number;
  /** Light keys of the words around it, and `E:` + the ids of the entities named there. */
  context: Set<string>;
  entities: PlacedEntity[];
  /** When its clause says it holds (frame.ts): two figures at different times do not disagree. */
  frame: TimeFrame;
}

interface Part {
  value: number;
  kind: WordPart['kind'] | 'digits';
  scale?: Scale;
  joined: boolean;
}

const HEDGE_ONE = new Map<string, HedgeKind>(
  (
    [
      ['نحو', 'approx'], ['حوالي', 'approx'], ['حوالى', 'approx'], ['قرابة', 'approx'], ['زهاء', 'approx'],
      ['يقارب', 'approx'], ['يناهز', 'approx'], ['تقريبا', 'approx'], ['قرابه', 'approx'],
    ] as const
  ).map(([w, k]) => [normalize(w), k]),
);
/** Comparatives before من/عن/على: أكثر من، أقل من، ما يزيد على، ما لا يقل عن. */
const HEDGE_BEFORE_PREP = new Map<string, HedgeKind>(
  (
    [
      ['أكثر', 'over'], ['أزيد', 'over'], ['يزيد', 'over'], ['يربو', 'over'], ['يفوق', 'over'], ['أقل', 'under'],
      ['يقل', 'under'], ['يقرب', 'approx'], ['يقارب', 'approx'],
    ] as const
  ).map(([w, k]) => [normalize(w), k]),
);
const PREPS = new Set(['من', 'عن', 'على'].map(normalize));
/** Words after which a number names a thing (المادة 5، القرار 2254) rather than counting. */
const IDENTIFIER_HEADS = new Set(['رقم', 'المادة', 'مادة', 'القرار', 'الفقرة', 'البند', 'الصفحة', 'الفصل', 'الطريق', 'الدائرة', 'المرتبة', 'المركز', 'الـ', 'ال'].map(normalize));

/** Bare readings of a word: itself and without a prefixed و/ف/ب/ل (بثلاثة، لنحو، وخمسين). */
/**
 * A word's readings depend on its normal form alone and every figure test asks for them, for every word of every
 * article: kept by form (bounded, emptied when full).
 */
const READINGS = new Map<string, readonly string[]>();
const READINGS_SIZE = 100_000;

function readings(t: Token): readonly string[] {
  let r = READINGS.get(t.norm);
  if (r === undefined) {
    if (READINGS.size >= READINGS_SIZE) READINGS.clear();
    r = readingsOf(t);
    READINGS.set(t.norm, r);
  }
  return r;
}

function readingsOf(t: Token): string[] {
  const out = [t.norm];
  for (const a of cliticAnalyses(t.norm)) if (!out.includes(a.stem) && !a.prefixes.includes('ال')) out.push(a.stem);
  // بألفين looks like ب + the article to the clitic splitter; a single preposition or conjunction is tried too
  if ('وفبلك'.includes(t.norm[0] ?? '') && t.norm.length > 3 && !out.includes(t.norm.slice(1))) out.push(t.norm.slice(1));
  return out;
}

/**
 * What a figure test asks of a word first, by its normal form, worked out once per form (most words are neither
 * a number nor a dual, and every word of every article is asked): the first number part among its readings that
 * is not joined by و, its value as the unit of a two-word teen, and the unit whose dual one of its readings is.
 */
interface WordFacts {
  part: WordPart | null;
  teen: number | null;
  dual: Unit | null;
}
const WORD_FACTS = new Map<string, WordFacts>();

function wordFacts(t: Token): WordFacts {
  let f = WORD_FACTS.get(t.norm);
  if (f === undefined) {
    if (WORD_FACTS.size >= READINGS_SIZE) WORD_FACTS.clear();
    const r = readings(t);
    let part: WordPart | null = null;
    for (const x of r) {
      const p = wordPart(x);
      if (p && !p.joined) {
        part = p;
        break;
      }
    }
    let dual: Unit | null = null;
    for (const x of r) if ((dual = dualOf(x))) break;
    f = { part, teen: teenUnit(t.norm), dual };
    WORD_FACTS.set(t.norm, f);
  }
  return f;
}

/** The value of a number token by its normal form (null for clock times, dates and ranges), kept by form. */
const DIGIT_VALUES = new Map<string, number | null>();
function numberValue(norm: string): number | null {
  let v = DIGIT_VALUES.get(norm);
  if (v === undefined) {
    if (DIGIT_VALUES.size >= READINGS_SIZE) DIGIT_VALUES.clear();
    v = /[:/]/.test(norm) ? null : digitValue(norm);
    DIGIT_VALUES.set(norm, v);
  }
  return v;
}

function isPunct(t: Token | undefined, chars: string): boolean {
  return !!t && (t.kind === 'punct' || t.kind === 'symbol') && chars.includes(t.text);
}

/**
 * Reads a number starting at token i; returns its value and the index after it. `facts`: the first token's
 * {@link wordFacts} when it is a word. Most tokens start no number: they are turned down before anything is built.
 */
function readNumber(tokens: readonly Token[], i: number, limit: number, facts: WordFacts | null): { value: number; next: number; words: boolean } | null {
  let j = i;
  let words = false;
  const first = tokens[i]!;
  let head: Part;
  if (first.kind === 'number') {
    const v = numberValue(first.norm);
    if (v === null) return null;
    head = { value: v, kind: 'digits', joined: false };
    j++;
  } else if (facts !== null) {
    const { part: p, teen } = facts;
    if (teen !== null && j + 1 < limit && isTenWord(tokens[j + 1]!.norm)) {
      head = { value: teen, kind: 'simple', joined: false };
      j += 2;
    } else if (p) {
      // عشر alone is as often "a tenth" or part of a name; before a scale it counts (عشرة آلاف)
      if (p.kind === 'ten' && !(j + 1 < limit && SCALES.get(tokens[j + 1]!.norm)?.form === 'plural')) return null;
      head = p;
      j++;
    } else return null;
    words = true;
  } else return null;
  const parts: Part[] = [head];
  // further parts: a scale after digits or words (2.5 مليون، ثلاثة آلاف), or و + a number word
  while (j < limit) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    const scale = SCALES.get(t.norm);
    if (scale) {
      parts.push({ value: scale.value, kind: 'scale', scale, joined: false });
      j++;
      continue;
    }
    const p = wordPart(t.norm);
    if (p && (p.joined || (p.value === 100 && parts.length))) {
      parts.push(p);
      words = true;
      j++;
      continue;
    }
    if (isTenWord(t.norm) && parts.length === 1 && parts[0]!.value < 10) {
      parts.push({ value: 10, kind: 'ten', joined: false });
      j++;
      continue;
    }
    break;
  }
  if (parts.length === 1 && first.kind === 'word' && isWeakAlone(first.norm)) return null;
  return { value: foldParts(parts), next: j, words };
}

function hedgeBefore(tokens: readonly Token[], i: number, from: number): { hedge: Hedge; start: number } | null {
  let k = i - 1;
  while (k >= from && isPunct(tokens[k], ':(«"“')) k--;
  if (k < from) return null;
  const t = tokens[k]!;
  for (const r of readings(t)) {
    const kind = HEDGE_ONE.get(r);
    if (kind) {
      // ما يقارب: the ما belongs to the hedge
      const m = k - 1 >= from && tokens[k - 1]!.norm === 'ما' ? k - 1 : k;
      return { hedge: { text: spanText(tokens, m, i), kind }, start: tokens[m]!.start };
    }
  }
  if (PREPS.has(t.norm) && k - 1 >= from) {
    const c = tokens[k - 1]!;
    for (const r of readings(c)) {
      const kind = HEDGE_BEFORE_PREP.get(r);
      if (!kind) continue;
      let m = k - 1;
      let final: HedgeKind = kind;
      // ما لا يقل عن = at least; ما لا يزيد عن = at most
      if (m - 1 >= from && tokens[m - 1]!.norm === 'لا') {
        m--;
        final = kind === 'under' ? 'atLeast' : kind === 'over' ? 'atMost' : kind;
      }
      if (m - 1 >= from && tokens[m - 1]!.norm === 'ما') m--;
      return { hedge: { text: spanText(tokens, m, i), kind: final }, start: tokens[m]!.start };
    }
  }
  return null;
}

function spanText(tokens: readonly Token[], a: number, b: number): string {
  return tokens.slice(a, b).map((t) => t.text).join(' ');
}

/** The counted noun at token j: a unit, "من" + a definite plural, a percent; null when the number counts nothing. */
function countedAt(tokens: readonly Token[], j: number, limit: number): { unit: Unit; next: number } | 'skip' | null {
  while (j < limit && isPunct(tokens[j], ')»"”')) j++;
  const t = tokens[j];
  if (!t || j >= limit) return null;
  if (t.text === '%' || t.text === '٪') return { unit: percent, next: j + 1 };
  if (t.kind !== 'word') return null;
  if (TIME_WORDS.has(t.norm) || MONTHS.has(t.norm) || WEEKDAYS.has(t.norm)) return 'skip';
  if (ATTRIBUTION_WORDS.has(t.norm)) return 'skip';
  if (PERCENT_WORDS.has(t.norm)) return { unit: percent, next: j + 1 };
  if ((t.norm === 'في' || t.norm === 'من') && j + 1 < limit && PERCENT_WORDS.has(tokens[j + 1]!.norm)) return { unit: percent, next: j + 2 };
  if (t.norm === 'من' && j + 1 < limit) {
    // ثلاثة من الجنود: the counted noun is the definite plural after من
    const n = tokens[j + 1]!;
    if (n.kind === 'word' && n.prefixes.includes('ال')) {
      if (ATTRIBUTION_WORDS.has(n.stem) || TIME_WORDS.has(n.stem)) return 'skip';
      return { unit: unitOf(n.stem) ?? plain(n.stem, n.text), next: j + 2 };
    }
    return null;
  }
  const known = unitOf(t.norm);
  if (known) return { unit: known, next: j + 1 };
  // any other indefinite noun counts too (ثلاثة وفود); a definite word or a function word after a number does not
  if (t.prefixes.includes('ال') || t.norm.startsWith('ال') || STOPWORDS.has(t.norm) || t.norm.length < 3) return null;
  // a preposition joined to the next word (12 بتسديدة) means the number's phrase ended before it
  if ('بلك'.includes(t.norm[0]!) && t.norm.length > 4) return null;
  return { unit: plain(t.norm, t.text), next: j + 1 };
}

const percent: Unit = { name: '%', family: 'percent', singular: '%', soundPlural: false };

function plain(norm: string, text: string): Unit {
  const bare = norm.endsWith('ا') && norm.length > 3 ? norm.slice(0, -1) : norm;
  return { name: text.replace(/[\u064B-\u0652\u0640]/g, ''), family: `noun:${bare}`, singular: bare, soundPlural: false };
}

const TWO_WORDS: ReadonlySet<string> = new Set(['اثنين', 'اثنتين', 'اثنان', 'اثنتان'].map(normalize));
const ALMOST = normalize('تقريبا');

/** Every figure of the document. */
export function quantityMentions(doc: Doc, entities: readonly ResolvedEntity[]): QuantityMention[] {
  const tokens = doc.tokens;
  const times = (doc.layers.times as Array<{ start: number; end: number }> | undefined) ?? [];
  // which tokens a time expression covers, marked once (tokens are in source order)
  const timed = new Uint8Array(tokens.length);
  for (const { start: s, end: e } of times) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < tokens.length && tokens[k]!.start < e; k++) timed[k] = 1;
  }
  const timedBetween = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (timed[k] === 1) return true;
    return false;
  };
  const placed = placedEntitiesOnce(doc, entities);
  const bounds = sentenceBoundsOnce(doc);
  const out: QuantityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (timed[i] === 1) continue;
    const sentFrom = bounds.from[i]!;
    const limit = bounds.to[i]!;
    const facts = t.kind === 'word' ? wordFacts(t) : null;
    const num = readNumber(tokens, i, limit, facts);
    let value: number;
    let unit: Unit;
    let next: number;
    let counted: string | null = null;
    let nounStart: number | null = null;
    let first = i; // the figure's first token: its context is read around the whole of it
    if (num) {
      // (with a preposition on it too: متمسك بالقرار 1701)
      if (i > sentFrom && (IDENTIFIER_HEADS.has(tokens[i - 1]!.norm) || readings(tokens[i - 1]!).some((r) => IDENTIFIER_HEADS.has(r)))) continue;
      const after = countedAt(tokens, num.next, limit);
      if (after === 'skip') {
        i = num.next - 1;
        continue;
      }
      if (after === null) {
        // عدد القتلى ارتفع إلى 14: the counted noun came before the number
        const before = countedBefore(tokens, i, sentFrom);
        if (!before) {
          i = num.next - 1;
          continue;
        }
        ({ value } = num);
        unit = before.unit;
        next = num.next;
        nounStart = before.start;
        first = before.at;
      } else {
        // a four-digit year-like number counts only a known thing (2500 جندي), never an unknown word (2014 سيطر)
        if (!num.words && /^(19|20)\d\d$/.test(t.norm) && after.unit.family.startsWith('noun:')) continue;
        if (num.next < limit && timedBetween(num.next, after.next)) continue;
        ({ value } = num);
        ({ unit, next } = after);
        // مقتل 12 شخصاً، وأصاب 30 آخرين: people counted after an outcome word are its casualties
        const noun = tokens[next - 1]!;
        const casualty = casualtyUnit(unit, noun.norm, outcomeBefore(tokens, i, sentFrom));
        if (casualty) {
          unit = casualty;
          counted = noun.text;
        }
      }
    } else {
      // a dual noun alone is "two" of it (جولتين، هجومين); a definite dual refers back and counts nothing new
      if (facts === null || t.prefixes.includes('ال')) continue;
      const dual = facts.dual;
      if (!dual) continue;
      const prev = tokens[i - 1];
      if (prev && wordFacts(prev).dual) continue; // the adjective of a dual (طائرتين مسيرتين)
      value = 2;
      unit = dual;
      next = i + 1;
      // جنديين اثنين: the number word confirms the dual
      if (next < limit && TWO_WORDS.has(tokens[next]!.norm)) next++;
    }
    const h = num ? hedgeBefore(tokens, i, sentFrom) : null;
    let after = next;
    let hedge = h?.hedge ?? null;
    if (!hedge && after < limit && HEDGE_ONE.get(tokens[after]!.norm) === 'approx' && tokens[after]!.norm === ALMOST) {
      hedge = { text: tokens[after]!.text, kind: 'approx' };
      after++;
    }
    if (unit.family === 'times') {
      // تعرضت القواعد للهجوم 150 مرة: the times count the attack named just before
      for (let k = i - 1; k >= Math.max(sentFrom, i - 6); k--) {
        const u = unitOf(tokens[k]!.stem) ?? unitOf(tokens[k]!.norm);
        if (u && EVENT_FAMILIES.has(u.family)) {
          counted = tokens[next - 1]!.text;
          unit = u;
          break;
        }
      }
    }
    const start = nounStart ?? (h ? h.start : t.start);
    const end = tokens[after - 1]!.end;
    // eight tokens on either side of the figure; for «عدد الجرحى 28» the eight before عدد, where the incident of
    // the clause is named (انفجار السوق ارتفع عدد القتلى إلى 14، فيما بلغ عدد الجرحى 28)
    const lo = Math.max(sentFrom, first - 8);
    const hi = Math.min(limit, after + 8);
    const context = keysIn(doc, after, hi, keysIn(doc, lo, i));
    const from = tokens[lo]!.start;
    const to = tokens[hi - 1]!.end;
    const named = placed.filter((e) => e.start < to && from < e.end && !(e.start < end && start < e.end));
    for (const e of named) context.add(`E:${e.id}`);
    const outcome = outcomeKey(unit.family);
    if (outcome) context.add(outcome);
    out.push({ doc, value, unit, counted, hedge, start, end, context, entities: named, frame: timeFrame(doc, first, after, sentFrom, limit) });
    i = after - 1;
  }
  return out;
}
