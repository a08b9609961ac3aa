/**
 * The fast path's table of word forms (model independent, shared by every compiled pass): each token as written
 * gets a number once per process, with its analysis (features.ts wordInfo), its shape's number, where the
 * gazetteer's word trie goes on from it, and its keys for the second pass's document context (context.ts).
 * A document's sentences are numbered together, so one document's numbers always agree; the table is emptied
 * before a document when it has grown past a bound (numbers given before then mean nothing after).
 */
import { PAD, PAD_END, wordInfo, type TokenInfo, type WordInfo } from './features.js';
import { gazetteerPath, gazetteerStarts } from './gazetteer.js';
import { STOPWORDS } from '../language/stopwords.js';

/**
 * Word forms numbered before the table is emptied: bounds memory over a long run of unseen words. Each form holds
 * its analysis and, per pass, at most 5 blocks of K doubles (blocks of zeros are shared: most rare words give their
 * neighbours nothing): under 1.7 kB over both passes, so under 70 MB at the bound. The vocabulary of a thousand
 * news articles (some 30,000 forms) fits.
 */
export const MAX_FORMS = 40_000;

/** Form numbers of the sentence boundaries, never emptied. */
export const PAD_ID = 0;
export const PAD_END_ID = 1;

const padInfo = (p: TokenInfo): WordInfo => ({ norm: p.norm, stem: p.stem, alts: p.alts, shape: p.shape, listed: p.listed, keys: [] });

/** Token as written → form number. */
const formIds = new Map<string, number>();
/** Per form number: the token as written, its analysis and its shape's number. */
export const formRaw: string[] = [PAD.norm, PAD_END.norm];
export const formInfo: WordInfo[] = [padInfo(PAD), padInfo(PAD_END)];
export const formShape: number[] = [];
/**
 * Per form number, where the gazetteer's word trie goes on from it (gazetteer.ts): the nodes its match keys lead
 * to (empty: no phrase starts with it), and its normalised form's path as a following word (null: none).
 */
const NO_NODES = new Int32Array(0);
export const formGazStarts: Int32Array[] = [NO_NODES, NO_NODES];
export const formGazPath: (readonly number[] | null)[] = [null, null];
/**
 * Per form number, its document-context keys (context.ts keysOf) as key numbers: the safe stem's (-1 for function
 * words and symbols) and the other readings' (in their order, repeats kept).
 */
export const formSafeKey: number[] = [-1, -1];
export const formAltKeys: (readonly number[])[] = [[], []];
/** Document-context key → number; emptied with the forms. */
const keyIds = new Map<string, number>();

/** Bumped whenever the table is emptied. */
export let generation = 0;

/** Shape string → number (shapes are a handful of constants; never emptied). */
const shapeIds = new Map<string, number>();
export const shapeNames: string[] = [];

function shapeId(shape: string): number {
  let id = shapeIds.get(shape);
  if (id === undefined) {
    id = shapeNames.length;
    shapeIds.set(shape, id);
    shapeNames.push(shape);
  }
  return id;
}
formShape.push(shapeId(PAD.shape), shapeId(PAD_END.shape));

const NO_KEYS: readonly number[] = Object.freeze([]);
const WORDLIKE = /[\u0621-\u064Aa-z]/;

function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) keyIds.set(key, (id = keyIds.size));
  return id;
}

/**
 * The keys context.ts computes for a token (computeKeys), from its analysis: the same normalised form and stem,
 * and the readings' stems that are not the safe one, of 3 letters or more and not function words.
 */
function contextKeys(info: WordInfo): { safe: number; alts: readonly number[] } {
  const { norm, stem } = info;
  if (!WORDLIKE.test(norm) || stem.length < 2 || STOPWORDS.has(stem) || STOPWORDS.has(norm)) return { safe: -1, alts: NO_KEYS };
  let alts: number[] | null = null;
  for (const a of info.alts) if (a.length >= 3 && !STOPWORDS.has(a)) (alts ??= []).push(keyId(a));
  return { safe: keyId(stem), alts: alts ?? NO_KEYS };
}

export function formId(token: string): number {
  let id = formIds.get(token);
  if (id === undefined) {
    id = formRaw.length;
    const info = wordInfo(token);
    formIds.set(token, id);
    formRaw.push(token);
    formInfo.push(info);
    formShape.push(shapeId(info.shape));
    formGazStarts.push(gazetteerStarts(info.keys));
    formGazPath.push(gazetteerPath(info.norm));
    const keys = contextKeys(info);
    formSafeKey.push(keys.safe);
    formAltKeys.push(keys.alts);
  }
  return id;
}

/** Empties the form table (the boundaries stay): every number given so far means nothing now. */
function clearForms(): void {
  formIds.clear();
  keyIds.clear();
  formRaw.length = formInfo.length = formShape.length = formGazStarts.length = formGazPath.length = formSafeKey.length = formAltKeys.length = 2;
  generation++;
}

/**
 * Forgets every word form seen so far (and the sums each pass keeps of them), to release their memory; the next
 * sentences are numbered afresh. Tags never depend on it.
 */
export function forgetForms(): void {
  clearForms();
}

/** The number of document-context keys given so far (key numbers are below it). */
export function keyCount(): number {
  return keyIds.size;
}

/** Empties the table when `coming` more forms might take it past its bound. */
function makeRoom(coming: number): void {
  if (formRaw.length + coming > MAX_FORMS && formRaw.length > 2) clearForms();
}

/** A sentence ready for scoring: its tokens as written and their form numbers. */
export interface PreparedSentence {
  tokens: readonly string[];
  /** Form numbers, two boundary tokens either side: ids[i + 2] is token i's. */
  ids: Int32Array;
  /** The form table's generation the numbers belong to. */
  generation: number;
  /**
   * Room for the sentence's gazetteer hits as masks (emissions.ts), 2 × T zeros until `hitsMade`: the first pass
   * that scores the sentence fills it, since the hits depend on its words alone and both passes read the same.
   */
  hits: Uint32Array;
  hitsMade: boolean;
}

/**
 * Numbers `tokens` into `ids` (T + 4 entries, the boundaries included) with `hits` (2 × T zeros) beside them: a
 * document's sentences take views of two buffers of the document's, not two new arrays each (each typed array
 * of more than a few numbers is a buffer outside the heap, costly to make and to collect).
 */
function numbered(tokens: readonly string[], ids: Int32Array, hits: Uint32Array): PreparedSentence {
  const T = tokens.length;
  ids[0] = ids[1] = PAD_ID;
  ids[T + 2] = ids[T + 3] = PAD_END_ID;
  for (let i = 0; i < T; i++) ids[i + 2] = formId(tokens[i]!);
  return { tokens, ids, generation, hits, hitsMade: false };
}

/** One sentence numbered (its own document). */
export function prepareSentence(tokens: readonly string[]): PreparedSentence {
  makeRoom(tokens.length);
  return numbered(tokens, new Int32Array(tokens.length + 4), new Uint32Array(2 * tokens.length));
}

/** The sentences of one document, numbered in one generation of the table. */
export function prepareDocument(sentences: readonly (readonly string[])[]): PreparedSentence[] {
  let n = 0;
  for (const s of sentences) n += s.length;
  makeRoom(n);
  const ids = new Int32Array(n + 4 * sentences.length);
  const hits = new Uint32Array(2 * n);
  let at = 0;
  let h = 0;
  return sentences.map((tokens) => {
    const T = tokens.length;
    const s = numbered(tokens, ids.subarray(at, at + T + 4), hits.subarray(h, h + 2 * T));
    at += T + 4;
    h += 2 * T;
    return s;
  });
}

/** The sentence's form numbers in the current table (numbered again if the table was emptied since). */
export function currentIds(s: PreparedSentence): Int32Array {
  if (s.generation !== generation) {
    makeRoom(s.tokens.length);
    for (let i = 0; i < s.tokens.length; i++) s.ids[i + 2] = formId(s.tokens[i]!);
    s.generation = generation;
  }
  return s.ids;
}
