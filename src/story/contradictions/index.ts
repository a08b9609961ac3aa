/**
 * Contradictions between outlets: claims of different outlets in one story (sentences, headlines, quotes) that
 * share distinctive terms are paired, the stance model (src/stance) reads each pair both ways, and the pairs it
 * calls `disagree` with a probability above the threshold tuned on ANS dev (stored in the model file) are
 * reported, with the signals behind the verdict (a denial or negation on one side only, opposite directions,
 * differing numbers) so an analyst sees why.
 *
 * Headline-length pairs are what the model was trained on; two long sentences about one story that simply say
 * different things are not a contradiction, so a pair must also be about the same point: most of the shorter
 * claim's content words are found in the other.
 */
import type { Mention } from '../../outputs/dossier.js';
import { mention } from '../../outputs/dossier.js';
import { loadStanceModel } from '../../stance/classifier.js';
import { statementOf, textPairCover, textPairFeatures, type FeatureVector } from '../../stance/features.js';
import type { StanceModelFile } from '../../stance/model-file.js';
import { predictPair } from '../../stance/model.js';
import { DENIAL_LEMMAS, OPPOSITE_OF } from '../../stance/lexicon.js';
import { sameWord, type Statement } from '../../stance/text.js';
import { storyAnalysis, type StoryAnalysis, type StoryInput, type StoryQuantity } from '../analysis.js';
import { candidatePairs, CANDIDATE_DEFAULTS, type CandidateOptions } from './candidates.js';
import { claimsOf, type Claim } from './claims.js';

export interface Contradiction {
  a: Mention;
  b: Mention;
  label: 'disagree';
  /** Probability of `disagree`, the higher of the two reading orders. */
  confidence: number;
  /** The outlets of a and b (null where the document names none). */
  outlets: [string | null, string | null];
  /** What the verdict rests on: `denial`, `negation`, `affirm-vs-deny`, `opposite`, `number` (never empty). */
  signals: string[];
}

export interface ContradictionOptions extends CandidateOptions {
  /** Probability of disagree a pair must reach; by default the model's tuned threshold. */
  threshold?: number;
  /** Share of the shorter claim's content words the other must contain. */
  minCover: number;
}

export const CONTRADICTION_DEFAULTS: ContradictionOptions = { ...CANDIDATE_DEFAULTS, minCover: 0.6 };

const FALLBACK_THRESHOLD = 0.7;

/**
 * Negations that deny the statement itself. دون، غير، عدم، ما negate a part of a sentence as often as not (دون
 * تقديم تفاصيل), so on their own they are no reason to call two outlets contradictory.
 */
const SENTENCE_NEGATIONS = new Set(['لا', 'لم', 'لن', 'ليس', 'ليست', 'لسنا', 'ليسوا', 'كلا']);

/** How many content words after a negation particle, or after a verb of denial, it bears on. */
const NEGATION_SCOPE = 2;
const DENIAL_SCOPE = 3;

/** The content words each negation or denial of a statement bears on, by their index in `words`. */
function negatedWords(st: Statement): Set<number> {
  const out = new Set<number>();
  st.words.forEach((w, i) => {
    const negation = SENTENCE_NEGATIONS.has(w.norm) || SENTENCE_NEGATIONS.has(w.stem);
    const denial = DENIAL_LEMMAS.has(w.norm) || DENIAL_LEMMAS.has(w.stem);
    if (!negation && !denial) return;
    let left = negation ? NEGATION_SCOPE : DENIAL_SCOPE;
    for (let j = i + 1; j < st.words.length && left > 0; j++) {
      if (st.words[j]!.functional) continue;
      out.add(j);
      left--;
    }
  });
  return out;
}

/**
 * Whether one statement negates or denies what the other affirms: a word in the scope of a negation on one side
 * stands unnegated on the other (نفت الوزارة انسحاب القوات / أكدت الوزارة انسحاب القوات). A negation elsewhere
 * in a long sentence (ولم تنتظر … إذ أعلن …) says nothing against a report of the same announcement.
 */
function negatesTheOther(x: Statement, y: Statement): boolean {
  const nx = negatedWords(x);
  const ny = negatedWords(y);
  for (const i of nx) {
    const w = x.words[i]!;
    if (y.words.some((v, j) => !v.functional && !ny.has(j) && sameWord(w, v))) return true;
  }
  return false;
}

function signalsOf(f: FeatureVector, x: string, y: string): string[] {
  const out: string[] = [];
  const has = (name: string) => f.has(name);
  const sx = statementOf(x);
  const sy = statementOf(y);
  const scoped = negatesTheOther(sx, sy) || negatesTheOther(sy, sx);
  if (scoped && (has('den=1') || has('den=2'))) out.push('denial');
  if (scoped && [...f.keys()].some((k) => /^neg[12]=/.test(k) && SENTENCE_NEGATIONS.has(k.slice(5)))) out.push('negation');
  if (has('affirm-vs-deny')) out.push('affirm-vs-deny');
  // opposite directions count when they are said of the same thing (the words next to them are shared)
  if ([...f.keys()].some((k) => k.startsWith('polar.conflict'))) out.push('opposite');
  if (has('num=differ') || has('num=partly')) out.push('number');
  return out;
}

/**
 * Whether a pair could show one of the signals of {@link signalsOf}, read from the two statements alone (each
 * test is implied by the feature the signal reads, in either reading order): a denial on one side only, a
 * sentence negation on one side only, an affirmation against a denial, polar words of opposite groups next to
 * a shared word, or numbers on both sides that are not the same. False means no signal, so no contradiction.
 */
function maySignal(a: Statement, b: Statement): boolean {
  // den=1 / den=2, and affirm-vs-deny (which needs denials on one side only)
  if (!a.denials.length !== !b.denials.length) return true;
  // neg1= / neg2= of a sentence negation
  if (a.negations.some((w) => SENTENCE_NEGATIONS.has(w) && !b.negations.includes(w))) return true;
  if (b.negations.some((w) => SENTENCE_NEGATIONS.has(w) && !a.negations.includes(w))) return true;
  // polar.conflict, read either way
  if (opposed(a, b) || opposed(b, a)) return true;
  // num=differ / num=partly
  if (a.numbers.length && b.numbers.length) {
    const x = new Set(a.numbers);
    const y = new Set(b.numbers);
    if (x.size !== y.size) return true;
    for (const n of x) if (!y.has(n)) return true;
  }
  return false;
}

/** Whether a polar word of `a` and one of `b` share a neighbouring word and go opposite ways (no group shared). */
function opposed(a: Statement, b: Statement): boolean {
  for (const x of a.anchors)
    for (const y of b.anchors) {
      if (!x.near.some((k) => y.near.includes(k))) continue;
      if (x.groups.some((g) => y.groups.includes(g))) continue;
      if (x.groups.some((g) => (OPPOSITE_OF.get(g) ?? []).some((o) => y.groups.includes(o)))) return true;
    }
  return false;
}

function overlaps(a: Claim, m: Mention): boolean {
  return a.doc.id === m.doc && a.start < m.end && m.start < a.end;
}

type Verdict = { confidence: number; signals: string[] };

/**
 * The collator `localeCompare` uses when given no locale (the same order), made once: a comparison through
 * `localeCompare` sets one up on every call.
 */
const DOC_ORDER = new Intl.Collator();

/** Strongest first; then by document, and by place in the two documents. */
function byStrength(p: Contradiction, q: Contradiction): number {
  return (
    q.confidence - p.confidence ||
    (p.a.doc === q.a.doc ? 0 : DOC_ORDER.compare(p.a.doc, q.a.doc)) ||
    p.a.start - q.a.start ||
    p.b.start - q.b.start
  );
}

/** The verdict on two claims' texts: the disagreement's confidence and signals, or null when they do not conflict. */
function readPair(x: string, y: string, model: StanceModelFile, threshold: number, minCover: number): Verdict | null {
  // the model reads s2 against s1 (ANS pairs a headline with its rewrite, and a denial is mostly the rewrite's);
  // two outlets come in no order, so the pair is read both ways and the stronger reading taken (the threshold
  // was tuned on dev the same way). The cover is the same read either way; most candidate pairs fall short of
  // it, so it is checked first
  if (textPairCover(x, y) < minCover) return null;
  const sx = statementOf(x);
  const sy = statementOf(y);
  // a verdict with nothing to show for it (the model weighing differing words alone) is not reported: two
  // outlets' sentences on one story always differ in words, and the analyst must see why they conflict. A pair
  // that cannot show any signal, whatever the model says, is not read further
  if (!maySignal(sx, sy)) return null;
  const pxy = predictPair(model, sx, sy);
  const pyx = predictPair(model, sy, sx);
  const best = pxy.probabilities.disagree >= pyx.probabilities.disagree ? pxy : pyx;
  const confidence = best.probabilities.disagree;
  if (best.label !== 'disagree' || confidence < threshold) return null;
  const signals = signalsOf(best === pxy ? textPairFeatures(x, y) : textPairFeatures(y, x), x, y);
  if (!signals.length) return null;
  return { confidence: Math.round(confidence * 1000) / 1000, signals };
}

export function findContradictions(
  claims: readonly Claim[],
  model: StanceModelFile,
  opts: ContradictionOptions = CONTRADICTION_DEFAULTS,
): Contradiction[] {
  const threshold = opts.threshold ?? model.tuned['disagreeThreshold'] ?? FALLBACK_THRESHOLD;
  const found: Contradiction[] = [];
  // outlets that copy one wire repeat its sentences word for word, so one pair of texts meets many times in a
  // story: each is read once (the verdict depends on the two texts alone)
  // (by the first text, then the second: no key string joined and hashed for every pair)
  const verdicts = new Map<string, Map<string, Verdict | null>>();
  for (const [x, y] of candidatePairs(claims, opts)) {
    // a claim word for word the same as the other says the same thing
    if (x.text === y.text) continue;
    let row = verdicts.get(x.text);
    if (!row) verdicts.set(x.text, (row = new Map()));
    let verdict = row.get(y.text);
    if (verdict === undefined) {
      verdict = readPair(x.text, y.text, model, threshold, opts.minCover);
      row.set(y.text, verdict);
    }
    if (!verdict) continue;
    found.push({
      a: mention(x.doc, x),
      b: mention(y.doc, y),
      label: 'disagree',
      confidence: verdict.confidence,
      outlets: [x.doc.outlet?.value ?? null, y.doc.outlet?.value ?? null],
      signals: [...verdict.signals],
    });
  }
  found.sort(byStrength);
  // a quote inside a sentence is the same statement: keep the strongest pair over the same two places
  const kept: Contradiction[] = [];
  const byPlace = new Map<string, Claim>();
  for (const c of claims) {
    const k = `${c.doc.id}:${c.start}:${c.end}`;
    if (!byPlace.has(k)) byPlace.set(k, c);
  }
  const claimAt = (m: Mention) => byPlace.get(`${m.doc}:${m.start}:${m.end}`)!;
  for (const c of found) {
    const ca = claimAt(c.a);
    const cb = claimAt(c.b);
    if (kept.some((k) => (overlaps(ca, k.a) && overlaps(cb, k.b)) || (overlaps(ca, k.b) && overlaps(cb, k.a)))) continue;
    kept.push(c);
  }
  return kept;
}

/**
 * Drops the pairs that rest on numbers alone when the quantities analysis found every figure of both claims
 * consistent: a toll that rose from one day's report to the next (أكثر من 3700 then نحو 3800), or hedged
 * figures that agree, is no disagreement between the outlets.
 */
export function withoutReconciledNumbers(found: Contradiction[], quantities: readonly StoryQuantity[] | undefined): Contradiction[] {
  if (!quantities?.length) return found;
  const within = (m: Mention) =>
    quantities.flatMap((q) => q.mentions.filter((x) => x.doc === m.doc && m.start <= x.start && x.end <= m.end).map(() => q.consistent));
  return found.filter((c) => {
    if (c.signals.some((s) => s !== 'number')) return true;
    const figures = [within(c.a), within(c.b)];
    return !figures.every((f) => f.length > 0 && f.every(Boolean));
  });
}

/** The story analysis: fills `contradictions`. */
export function contradictionsAnalysis(getModel: () => StanceModelFile = () => loadStanceModel()): StoryAnalysis<'contradictions'> {
  return storyAnalysis({
    name: 'contradictions',
    adds: 'contradictions',
    needs: [],
    after: ['quantities'],
    run: ({ docs, results }: StoryInput) => {
      if (docs.length < 2) return [];
      return withoutReconciledNumbers(findContradictions(docs.flatMap(claimsOf), getModel()), results.quantities);
    },
  });
}
