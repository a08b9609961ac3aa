/**
 * Tolls written without a casualty noun after the number, which outlets use as often as «15 قتيلاً»:
 *  - an outcome word before a count of people (مقتل 12 شخصاً، أودى بحياة 12 شخصاً، وأصاب 30 آخرين): the people
 *    counted are the dead or the wounded, so the figure joins the family «قتيل» or «جريح» of the other outlets;
 *  - the counted noun before the number (عدد القتلى ارتفع إلى 14، بلغ عدد الجرحى 28، حصيلة الضحايا 20).
 * Without these, three outlets' tolls of one bombing (12 شخصاً / 14 / 15 قتيلاً) are never compared.
 */
import type { Token } from '../../model/document.js';
import { normalize } from '../../language/normalize.js';
import { unitOf, type Unit } from './units.js';

export type Outcome = 'killed' | 'wounded' | 'detainees';

const words = (s: string) => s.split(/\s+/).filter(Boolean).map(normalize);

/** Outcome words that may stand right before a count of people (their و/ف taken off first). */
const OUTCOME_WORDS = new Map<string, Outcome>([
  ...words('مقتل قتل قتلت مصرع استشهاد وفاة').map((w) => [w, 'killed'] as const),
  ...words('إصابة إصابات أصاب أصابت أصيب جرح جرحت').map((w) => [w, 'wounded'] as const),
  ...words('اعتقال اعتقل اعتقلت احتجاز توقيف أوقف أوقفت').map((w) => [w, 'detainees'] as const),
]);
/** «أودى بحياة 12»: بحياة after the verb of taking a life. */
const LIFE = normalize('بحياة');
const TOOK = new Set(words('أودى أودت يودي تودي'));

/** The canonical unit of each outcome, which a refined count takes (its noun as written stays in `counted`). */
const OUTCOME_UNITS: Record<Outcome, Unit> = {
  killed: unitOf(normalize('قتيل'))!,
  wounded: unitOf(normalize('جريح'))!,
  detainees: unitOf(normalize('معتقل'))!,
};

/** Counted nouns an outcome before the number makes into casualties: people in general, and «آخرين» (others). */
const OTHERS = new Set(words('آخرين آخرون'));

/** Hedge words that may stand between the outcome and the number (مقتل نحو 12، إصابة أكثر من 30، ما لا يقل عن). */
const HEDGE_WORDS = new Set(words('نحو حوالي حوالى قرابة زهاء ما لا يقارب يناهز أكثر أقل يزيد يقل من عن على'));

const bare = (t: Token): string => (t.norm.length > 3 && (t.norm[0] === 'و' || t.norm[0] === 'ف') ? t.norm.slice(1) : t.norm);
/** A word of the set as written or with its و/ف off (وصلت is a verb of the set, وفاة a word of its own). */
const inSet = (set: ReadonlySet<string>, t: Token): boolean => set.has(t.norm) || set.has(bare(t));

function outcomeAt(tokens: readonly Token[], k: number, from: number): Outcome | null {
  const t = tokens[k]!;
  if (t.kind !== 'word') return null;
  const w = bare(t);
  if (w === LIFE || t.norm === LIFE) return k - 1 >= from && inSet(TOOK, tokens[k - 1]!) ? 'killed' : null;
  return OUTCOME_WORDS.get(t.norm) ?? OUTCOME_WORDS.get(w) ?? null;
}

/** The index of the first token before the number's hedge, or -1 when the sentence starts there. */
function beforeHedge(tokens: readonly Token[], i: number, from: number): number {
  let k = i - 1;
  for (let n = 0; n < 4 && k >= from && HEDGE_WORDS.has(tokens[k]!.norm); n++) k--;
  return k >= from ? k : -1;
}

/**
 * The outcome a count of people at token i is the toll of: the outcome word right before it (or before its
 * hedge). «مقتل وإصابة 40 شخصاً» counts both together, so it is neither.
 */
export function outcomeBefore(tokens: readonly Token[], i: number, from: number): Outcome | null {
  const k = beforeHedge(tokens, i, from);
  if (k < 0) return null;
  const o = outcomeAt(tokens, k, from);
  if (!o) return null;
  if (k - 1 >= from && tokens[k]!.norm[0] === 'و') {
    const other = outcomeAt(tokens, k - 1, from);
    if (other && other !== o) return null;
  }
  return o;
}

/** The casualty unit a count of `unit` (written `norm`) becomes after an outcome word, or null when it stays. */
export function casualtyUnit(unit: Unit, norm: string, outcome: Outcome | null): Unit | null {
  if (!outcome) return null;
  if (unit.family === 'people' || OTHERS.has(norm)) return OUTCOME_UNITS[outcome];
  return null;
}

/** Verbs of a toll reaching a figure: عدد القتلى ارتفع إلى 14. */
const REACHED = new Set(words('ارتفع ارتفعت يرتفع ترتفع ليرتفع لترتفع بلغ بلغت يبلغ تبلغ وصل وصلت يصل تصل تجاوز تجاوزت'));
const TO = new Set(words('إلى الى'));
const COUNT_HEADS = new Set(words('عدد حصيلة'));

/** Words a toll's noun phrase may run over before its verb: عدد القتلى [في انفجار سوق المدينة] ارتفع إلى 14. */
const PHRASE_SPAN = 7;

/**
 * A figure whose counted noun comes before it: «عدد القتلى [ارتفع] [إلى] 14», «حصيلة الجرحى 28». The definite
 * plural after عدد or حصيلة must be a known unit. With a verb of reaching (ارتفع، بلغ) the noun phrase may run on
 * for a few words before it, within the clause (no comma, no other number between). The figure's span starts at
 * عدد (`start`, and `at`, the token of عدد). Null when the pattern is not there.
 */
export function countedBefore(tokens: readonly Token[], i: number, from: number): { unit: Unit; start: number; at: number } | null {
  let k = beforeHedge(tokens, i, from);
  if (k >= 0 && TO.has(tokens[k]!.norm)) k--;
  const verb = k >= from && inSet(REACHED, tokens[k]!);
  if (verb) k--;
  const reach = verb ? PHRASE_SPAN : 0;
  for (let n = 0; n <= reach && k - 1 >= from; n++, k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return null;
    const found = countNounAt(tokens, k);
    if (found) return found;
  }
  return null;
}

/** عدد/حصيلة + the definite plural of a known unit, the plural at k. */
function countNounAt(tokens: readonly Token[], k: number): { unit: Unit; start: number; at: number } | null {
  const noun = tokens[k]!;
  if (!noun.prefixes.includes('ال')) return null;
  const unit = unitOf(noun.stem);
  if (!unit) return null;
  const head = tokens[k - 1]!;
  if (!inSet(COUNT_HEADS, head)) return null;
  return { unit, start: head.start, at: k - 1 };
}
