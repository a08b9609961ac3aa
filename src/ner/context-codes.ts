/**
 * The second pass's document context (context.ts contextFeatures) as numbers, for the inference path: the same
 * features of every token, each a code into {@link CONTEXT_CODE_NAMES} (the feature strings, made once), computed
 * from the form table's key numbers (forms.ts) and the first pass's states without building a string. The
 * occurrences of each key are laid out in flat arrays with running counts per label, so a token's window costs
 * two binary searches (none when the window spans the whole document).
 */
import { formAltKeys, formSafeKey, keyCount, type PreparedSentence } from './forms.js';
import { STATES, TAGS, statesToTags } from './tags.js';

const LABELS = ['PERS', 'LOC', 'ORG', 'MISC', 'O'] as const;
/** A token's majority label: LABELS' index, or NONE (no other occurrence nearby), or NO_KEY (a function word). */
const NONE = 5;
const NO_KEY = 6;
const EDGE = 7;
const NT = TAGS.length;

/** The feature strings, in code order; the code bases below index into it. */
export const CONTEXT_CODE_NAMES: string[] = [];
const range = (names: readonly string[]): number => {
  const base = CONTEXT_CODE_NAMES.length;
  CONTEXT_CODE_NAMES.push(...names);
  return base;
};
const MAJORITY = [...LABELS, 'none'];
const P = range(TAGS.map((t) => 'p=' + t));
const D_NONE = range(['d=none']);
const D = range(LABELS.slice(0, 4).map((l) => 'd=' + l));
const DM = range(LABELS.map((l) => 'dm=' + l));
const DALL = range(LABELS.map((l) => 'dall=' + l));
const DALL_MORE = range(LABELS.map((l) => 'dall=' + l + '+'));
const DM_P = range(MAJORITY.flatMap((m) => TAGS.map((t) => 'dm|p=' + m + '|' + t)));
const DA = range(LABELS.slice(0, 4).map((l) => 'da=' + l));
const DAM = range(LABELS.map((l) => 'dam=' + l));
const DAALL = range(LABELS.map((l) => 'daall=' + l));
const DAALL_MORE = range(LABELS.map((l) => 'daall=' + l + '+'));
const P_PREV = range([...TAGS, '<s>'].map((t) => 'p-1=' + t));
const P_NEXT = range([...TAGS, '</s>'].map((t) => 'p+1=' + t));
const DM_PREV = range([...MAJORITY, '-', '<s>'].map((m) => 'dm-1=' + m));
const DM_NEXT = range([...MAJORITY, '-', '</s>'].map((m) => 'dm+1=' + m));

/** Per state, its BIO tag's index in TAGS and that tag's label (context.ts labelOf). */
const TAG_OF_STATE = Int32Array.from(STATES, (_, y) => TAGS.indexOf(statesToTags([y])[0]!));
const LABEL_OF_TAG = Int32Array.from(TAGS, (t) => (t === 'O' || t.length < 3 ? 4 : LABELS.indexOf(t.slice(2) as (typeof LABELS)[number])));

/** Numbers each document's stamp: a key's local index (scratch 'localOf') is valid where its 'stamp' equals it. */
let documentStamp = 0;

/** The most codes a token gets: p, d (5), dm|p, da (6), p-1, p+1, dm-1, dm+1. */
const MAX_CODES = 17;

/**
 * Occurrence lists, one per key of the document: the tokens (document positions) of list l are
 * entries[start[l] … start[l + 1]), in document order, and cum[(start[l] + l + i) × 5 + label] counts the
 * labels of its first i entries. The arrays are scratch (see {@link Scratch}): valid until the next document.
 */
interface Lists {
  start: Int32Array;
  entries: Int32Array;
  cum: Int32Array;
}

/**
 * Buffers reused from document to document, grown as needed: a document's tables are read only while its codes
 * are made, and making them anew for every document was a tenth of what the pipeline allocated.
 */
class Scratch {
  private readonly buffers = new Map<string, Int32Array>();

  /** A buffer of at least `n` entries under `name`, its contents left from earlier use. */
  ints(name: string, n: number): Int32Array {
    let b = this.buffers.get(name);
    if (b === undefined || b.length < n) this.buffers.set(name, (b = new Int32Array(Math.max(n, 2 * (b?.length ?? 64)))));
    return b;
  }
}

const scratch = new Scratch();

function lists(which: string, n: number, keysOf: (p: number, push: (l: number) => void) => void, keys: number, label: Uint8Array): Lists {
  const start = scratch.ints(which + '.start', keys + 1).fill(0, 0, keys + 1);
  const last = scratch.ints(which + '.last', keys).fill(-1, 0, keys);
  // the two callbacks are made once per document, not once per token: `p` is the token they are called for
  let p = 0;
  const count = (l: number): void => {
    // a token is listed once under a key, however many of its readings give it (context.ts add)
    if (last[l] !== p) {
      last[l] = p;
      start[l + 1]!++;
    }
  };
  for (p = 0; p < n; p++) keysOf(p, count);
  for (let l = 0; l < keys; l++) start[l + 1]! += start[l]!;
  const total = start[keys]!;
  const entries = scratch.ints(which + '.entries', total);
  const fill = scratch.ints(which + '.fill', keys);
  fill.set(start.subarray(0, keys));
  last.fill(-1, 0, keys);
  const place = (l: number): void => {
    if (last[l] !== p) {
      last[l] = p;
      entries[fill[l]!++] = p;
    }
  };
  for (p = 0; p < n; p++) keysOf(p, place);
  const cum = scratch.ints(which + '.cum', (total + keys) * 5);
  for (let l = 0; l < keys; l++) {
    const base = (start[l]! + l) * 5;
    cum.fill(0, base, base + 5);
    for (let i = start[l]!; i < start[l + 1]!; i++) {
      const at = base + (i - start[l]!) * 5;
      for (let c = 0; c < 5; c++) cum[at + 5 + c] = cum[at + c]!;
      cum[at + 5 + label[entries[i]!]!]!++;
    }
  }
  return { start, entries, cum };
}

/**
 * The context codes of every token of a document's sentences (prepared in one generation of the form table),
 * given the first pass's states: token i of the document (sentences in order) has
 * values[offsets[i] … offsets[i + 1]). The same features as contextFeatures(sentences, tags, window).
 * Both arrays are scratch, longer than needed and overwritten by the next call: read them before tagging another
 * document (stacked.ts does), copy them to keep them.
 */
export function contextCodes(sentences: readonly PreparedSentence[], firstPass: readonly Uint8Array[], window: number): { values: Int32Array; offsets: Int32Array } {
  let n = 0;
  for (const s of sentences) n += s.tokens.length;
  const sentenceOf = scratch.ints('sentenceOf', n);
  const tag = new Uint8Array(n);
  const label = new Uint8Array(n);
  const safe = scratch.ints('safe', n);
  const alts = new Array<readonly number[]>(n);
  // the document's keys, numbered locally
  // key number → its index among this document's keys; a buffer made anew is all zeros, which no stamp equals
  const localOf = scratch.ints('localOf', keyCount());
  const stamp = scratch.ints('stamp', keyCount());
  const docStamp = ++documentStamp;
  let keys = 0;
  const local = (k: number): number => {
    if (stamp[k] !== docStamp) {
      stamp[k] = docStamp;
      localOf[k] = keys++;
    }
    return localOf[k]!;
  };
  let p = 0;
  sentences.forEach((s, si) => {
    const states = firstPass[si]!;
    for (let t = 0; t < s.tokens.length; t++, p++) {
      const id = s.ids[t + 2]!;
      sentenceOf[p] = si;
      tag[p] = TAG_OF_STATE[states[t]!]!;
      label[p] = LABEL_OF_TAG[tag[p]!]!;
      const k = formSafeKey[id]!;
      safe[p] = k < 0 ? -1 : local(k);
      const a = formAltKeys[id]!;
      if (k >= 0 && a.length) {
        const l = new Array<number>(a.length);
        for (let j = 0; j < a.length; j++) l[j] = local(a[j]!);
        alts[p] = l;
      } else alts[p] = NO_ALTS;
    }
  });
  const bySafe = lists('safe', n, (q, push) => safe[q]! >= 0 && push(safe[q]!), keys, label);
  const byAny = lists(
    'any',
    n,
    (q, push) => {
      if (safe[q]! < 0) return;
      push(safe[q]!);
      const a = alts[q]!;
      for (let j = 0; j < a.length; j++) push(a[j]!);
    },
    keys,
    label,
  );
  // every window spans the whole document when it has no more than window + 1 sentences
  const whole = sentences.length - 1 <= window;
  const counts = new Int32Array(5);
  const altCounts = new Int32Array(5);
  /** Adds the counts of list l around token q (itself left out) into `into`. */
  const around = (ls: Lists, l: number, q: number, into: Int32Array): void => {
    const from = ls.start[l]!;
    const to = ls.start[l + 1]!;
    let lo = from;
    let hi = to;
    if (!whole) {
      lo = lowerBound(ls.entries, sentenceOf, from, to, sentenceOf[q]! - window);
      hi = lowerBound(ls.entries, sentenceOf, lo, to, sentenceOf[q]! + window + 1);
    }
    const base = (from + l) * 5;
    const a = base + (lo - from) * 5;
    const b = base + (hi - from) * 5;
    for (let c = 0; c < 5; c++) into[c]! += ls.cum[b + c]! - ls.cum[a + c]!;
    into[label[q]!]!--;
  };
  const values = scratch.ints('values', n * MAX_CODES);
  const offsets = scratch.ints('offsets', n + 1);
  const majority = new Uint8Array(n);
  let v = 0;
  /** Codes of describe(prefix, counts); the majority label. */
  const describe = (c: Int32Array, ofLabel: number, best_: number, all: number, allMore: number): number => {
    let best = 0;
    let total = c[0]!;
    for (let l = 1; l < 5; l++) {
      if (c[l]! > c[best]!) best = l;
      total += c[l]!;
    }
    for (let l = 0; l < 4; l++) if (c[l]! > 0) values[v++] = ofLabel + l;
    values[v++] = best_ + best;
    if (c[best] === total) values[v++] = (total > 1 ? allMore : all) + best;
    return best;
  };
  const anyCount = (c: Int32Array) => c[0]! > 0 || c[1]! > 0 || c[2]! > 0 || c[3]! > 0 || c[4]! > 0;
  for (let q = 0; q < n; q++) {
    offsets[q] = v;
    values[v++] = P + tag[q]!;
    if (safe[q]! < 0) {
      majority[q] = NO_KEY;
      continue;
    }
    counts.fill(0);
    around(bySafe, safe[q]!, q, counts);
    const m = anyCount(counts) ? describe(counts, D, DM, DALL, DALL_MORE) : ((values[v++] = D_NONE), NONE);
    majority[q] = m;
    values[v++] = DM_P + m * NT + tag[q]!;
    const a = alts[q]!;
    if (a.length) {
      altCounts.fill(0);
      for (let j = 0; j < a.length; j++) around(byAny, a[j]!, q, altCounts);
      if (anyCount(altCounts)) describe(altCounts, DA, DAM, DAALL, DAALL_MORE);
    }
  }
  // the neighbours' tags and majorities, within the sentence; written after each token's own codes
  const out = new Int32Array(v + 4 * n);
  const outOffsets = new Int32Array(n + 1);
  offsets[n] = v;
  let o = 0;
  for (let q = 0; q < n; q++) {
    outOffsets[q] = o;
    for (let j = offsets[q]!; j < offsets[q + 1]!; j++) out[o++] = values[j]!;
    const first = q === 0 || sentenceOf[q - 1] !== sentenceOf[q];
    const last = q === n - 1 || sentenceOf[q + 1] !== sentenceOf[q];
    out[o++] = P_PREV + (first ? NT : tag[q - 1]!);
    out[o++] = P_NEXT + (last ? NT : tag[q + 1]!);
    out[o++] = DM_PREV + (first ? EDGE : majority[q - 1]!);
    out[o++] = DM_NEXT + (last ? EDGE : majority[q + 1]!);
  }
  outOffsets[n] = o;
  return { values: out, offsets: outOffsets };
}

const NO_ALTS: readonly number[] = Object.freeze([]);

/** The first index in [from, to) of a list whose token's sentence is at or after `sentence`. */
function lowerBound(entries: Int32Array, sentenceOf: Int32Array, from: number, to: number, sentence: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentenceOf[entries[mid]!]! < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
