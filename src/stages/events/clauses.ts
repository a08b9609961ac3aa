/**
 * Clauses of a sentence, as token ranges: a news sentence often strings several happenings together
 * ("…، وشنت الولايات المتحدة …"، "… حيث أعلن …"). A comma opens a new clause only when a verb, a reporting verb
 * or a connective follows it, so that a list of subjects ("بدأ وفد عراقي، ومسؤولون أميركيون، الاثنين، …") stays
 * in one clause with its verb and its date.
 */
import type { Token } from '../../model/document.js';
import { CUE_FORMS } from '../../language/reporting.js';
import { normalize } from '../../language/normalize.js';
import { lookupTrigger } from './lexicon.js';

const OPENERS = new Set(
  ['كما', 'حيث', 'فيما', 'بينما', 'إذ', 'لكن', 'لكنه', 'لكنها', 'غير', 'ثم', 'مما', 'كان', 'كانت', 'قد', 'لقد', 'بعدما', 'عندما', 'حين', 'وسط', 'رغم'].map(normalize),
);
/** Connectives that open a clause even without a comma before them. */
const BARE_OPENERS = new Set(['حيث', 'فيما', 'بينما', 'لكن', 'ولكن', 'وحيث', 'وفيما', 'وبينما', 'إذ', 'بعدما'].map(normalize));
const STRONG_PUNCT = new Set([':', '.', '!', '?']);
/** Outlets use the semicolon where others put a comma ("وأمس الأربعاء؛ تسلمت …"): both split only before a verb. */
const SOFT_PUNCT = new Set([',', ';']);

const bareConj = (w: string) => ((w[0] === 'و' || w[0] === 'ف') && w.length >= 3 ? w.slice(1) : w);

function opensClause(t: Token): boolean {
  const w = bareConj(t.norm);
  if (OPENERS.has(w) || OPENERS.has(t.norm)) return true;
  const cue = CUE_FORMS.get(t.norm) ?? CUE_FORMS.get(w);
  // a reporting verb, or its circumstantial form after a comma (…، مشيراً إلى أن …): what it reports is a clause
  // of its own, with its own date
  if (cue && (cue.kind === 'verb' || cue.kind === 'participle')) return true;
  return lookupTrigger(t.norm).some((h) => h.pos !== 'noun');
}

/** Half-open token index ranges `[from, to)` of the clauses of tokens `[lo, hi)`. */
export function clauseRanges(tokens: readonly Token[], lo: number, hi: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = lo;
  const close = (end: number) => {
    // trim punctuation at both ends
    let a = start;
    let b = end;
    while (a < b && tokens[a]!.kind === 'punct') a++;
    while (b > a && tokens[b - 1]!.kind === 'punct') b--;
    if (b > a) out.push([a, b]);
  };
  for (let i = lo; i < hi; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && STRONG_PUNCT.has(t.norm)) {
      close(i);
      start = i + 1;
      continue;
    }
    if (t.kind === 'punct' && SOFT_PUNCT.has(t.norm)) {
      const next = tokens[i + 1];
      // a fronted adverbial ("وأمس الأربعاء؛ تسلمت …"، "وفي ديسمبر 2023، أكد …") stays with the clause it dates
      if (next && next.kind === 'word' && opensClause(next) && !frontedAdverbial(tokens, start, i)) {
        close(i);
        start = i + 1;
      }
      continue;
    }
    if (t.kind === 'word' && i > start && BARE_OPENERS.has(t.norm)) {
      close(i);
      start = i;
    }
  }
  close(hi);
  return out;
}

/** A short run of words with no trigger in it: a time or place put before the verb it belongs to. */
function frontedAdverbial(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    if (words > 4 || lookupTrigger(t.norm).length) return false;
  }
  return true;
}
