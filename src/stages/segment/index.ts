/**
 * Stage `segment`: sentences within each block of the body, and tokens with their light clitic segmentation,
 * which every later stage (time, entities, quotes, events) shares instead of re-tokenising.
 */
import type { Doc, Sentence, Token } from '../../model/document.js';
import type { DocStage } from '../../pipeline/stage.js';
import { splitClitics } from '../../language/clitics.js';
import { normalize } from '../../language/normalize.js';
import { splitSentences } from '../../language/sentences.js';
import { tokenize } from '../../language/tokenize.js';

export const segment: DocStage = {
  name: 'segment',
  needs: ['body', 'blocks'],
  adds: ['sentences', 'tokens'],
  run(doc) {
    return { set: { sentences: sentencesOf(doc), tokens: tokensOf(doc) } };
  },
};

function sentencesOf(doc: Readonly<Doc>): Sentence[] {
  const out: Sentence[] = [];
  const text = doc.body.text;
  const body = doc.body;
  for (const block of doc.blocks) {
    for (const [s, e] of splitSentences(text, block.start, block.end)) {
      out.push({ start: body.sourceStart(s, e), end: body.sourceEnd(s, e), bodyStart: s, bodyEnd: e });
    }
  }
  return out;
}

function tokensOf(doc: Readonly<Doc>): Token[] {
  const text = doc.body.text;
  const body = doc.body;
  const raw = tokenize(text);
  const out: Token[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const w = t.kind === 'word' ? wordOf(text.slice(t.start, t.end)) : otherOf(text.slice(t.start, t.end));
    out[i] = {
      start: body.sourceStart(t.start, t.end),
      end: body.sourceEnd(t.start, t.end),
      bodyStart: t.start,
      bodyEnd: t.end,
      text: w.surface,
      kind: t.kind,
      norm: w.norm,
      prefixes: w.prefixes,
      stem: w.stem,
      stemStart: t.start + w.stemOffset,
    };
  }
  return out;
}

interface WordForms {
  /** The written form, one string shared by every token of it (a run holds every document's tokens). */
  surface: string;
  norm: string;
  prefixes: string[];
  stem: string;
  /** Units of the surface that the proclitics take. */
  stemOffset: number;
}

/**
 * The normalised form and clitic split of a written word, by surface: news repeats its words, and the forms of a
 * word never change. Tokens of one word share its `prefixes` array, which no stage modifies.
 */
const WORDS = new Map<string, WordForms>();

function wordOf(surface: string): WordForms {
  let w = WORDS.get(surface);
  if (!w) {
    const norm = normalize(surface);
    const split = splitClitics(norm);
    w = { surface, norm, prefixes: split.prefixes, stem: split.stem, stemOffset: surfaceLength(surface, split.prefixLength) };
    if (WORDS.size > 200_000) WORDS.clear();
    WORDS.set(surface, w);
  }
  return w;
}

/** Numbers, punctuation and Latin words: normalised, nothing split off. */
const OTHERS = new Map<string, WordForms>();
const NO_PREFIXES: string[] = [];

function otherOf(surface: string): WordForms {
  let w = OTHERS.get(surface);
  if (!w) {
    const norm = normalize(surface);
    w = { surface, norm, prefixes: NO_PREFIXES, stem: norm, stemOffset: 0 };
    if (OTHERS.size > 200_000) OTHERS.clear();
    OTHERS.set(surface, w);
  }
  return w;
}

/** How many units of the surface form hold the first `n` units of its normalised form (marks are skipped). */
function surfaceLength(surface: string, n: number): number {
  let seen = 0;
  let i = 0;
  while (i < surface.length && seen < n) {
    if (normalize(surface[i]!) !== '') seen++;
    i++;
  }
  // marks and tatweel written on the last proclitic stay with it
  while (i < surface.length && normalize(surface[i]!) === '') i++;
  return i;
}
