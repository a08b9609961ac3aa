/**
 * The search index's folding, shared by what is stored and what is asked, so both backends match the same
 * way: a word is normalised (hamza seats and alef forms, ى/ي, ة/ه, diacritics, tatweel, digits; see
 * language/normalize) and indexed under every clitic reading (والرئيس → والرءيس، رءيس; وقال → وقال، قال). A
 * query word matches a document word when one of its readings, bare or with a common suffix (pronouns, dual,
 * plural, nisba), is one of the document word's readings: «رئيس» finds الرئيسين and رئيسها, «حكومة» finds حكومتها and حكومات;
 * a plural or dual in the query is also tried without its ending (المسؤولين → مسؤول، مسؤولون); أميركي and
 * أمريكي are one spelling.
 */
import type { Doc } from '../model/document.js';
import type { ArticleIndex } from './store.js';
import { cliticAnalyses } from '../language/clitics.js';
import { normalize } from '../language/normalize.js';
import { STOPWORDS } from '../language/stopwords.js';
import { tokenize } from '../language/tokenize.js';
import { fold } from '../knowledge/gazetteer/index.js';

/** Occurrences kept per term and document: enough to show every hit of a long article, bounded for the row size. */
const MAX_SPANS = 64;

/** Suffixes a searched word may carry in the text, normalised (ة → ه). General Arabic morphology. */
const SUFFIXES = [
  'ا', 'ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'نا', 'ي', 'ني',
  'ان', 'ين', 'ون', 'وا', 'ات', 'تان', 'تين',
  'يه', 'يون', 'يين', 'يات', 'يا',
];
/** What may follow a feminine ending written as ت before a suffix (حكومة → حكومتها، حكومتين). */
const AFTER_TA = ['ها', 'هم', 'هما', 'هن', 'ه', 'ك', 'كم', 'نا', 'ي', 'ان', 'ين', 'ا'];

function readings(norm: string, kind: string): string[] {
  if (kind !== 'word') return [norm];
  // the two spellings of America (أميركي / أمريكي) are one word to a reader, and so to the index
  return [...new Set([norm, ...cliticAnalyses(norm).map((a) => a.stem)].map(fold))];
}

/** The terms of one analysed document: each word token under every reading, with its source offsets. */
export function documentTerms(doc: Doc): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  for (const t of doc.tokens) {
    if (t.kind === 'punct' || t.kind === 'symbol' || !t.norm) continue;
    for (const r of readings(t.norm, t.kind)) {
      let spans = out.get(r);
      if (!spans) out.set(r, (spans = []));
      spans.push([t.start, t.end]);
    }
  }
  for (const spans of out.values()) if (spans.length > MAX_SPANS) spans.length = MAX_SPANS;
  return out;
}

/** What the index keeps of one analysed article (`Store.indexArticle`): each document's terms and headline facts. */
export function articleIndex(articleId: string, engineVersion: string, docs: readonly Doc[]): ArticleIndex {
  return {
    articleId,
    engineVersion,
    documents: docs.map((d) => ({
      docId: d.id,
      title: d.title?.value ?? null,
      outlet: d.outlet?.value ?? null,
      published: d.published?.value ?? null,
      terms: documentTerms(d),
    })),
  };
}

/** Plural and dual endings a searched word may itself carry: «المسؤولين» also finds مسؤولون and مسؤول. */
const NUMBER_ENDINGS = ['ون', 'ين', 'ان', 'ات'];

/** The bases of a query word: itself, and itself without a plural or dual ending when three letters remain. */
function bases(stem: string): string[] {
  const out = [stem];
  for (const e of NUMBER_ENDINGS) if (stem.endsWith(e) && stem.length - e.length >= 3) out.push(stem.slice(0, -e.length));
  return out;
}

function expand(stem: string): string[] {
  if (stem.length < 2) return [stem];
  const out = [stem, ...SUFFIXES.map((s) => stem + s)];
  if (stem.endsWith('ه') && stem.length >= 3) {
    const base = stem.slice(0, -1) + 'ت';
    out.push(...AFTER_TA.map((s) => base + s));
    // the sound feminine plural replaces ة (محادثة → محادثات، محادثاتها)
    const plural = stem.slice(0, -1) + 'ات';
    out.push(plural, ...['ها', 'هم', 'نا', 'ه'].map((s) => plural + s));
  }
  return out;
}

/**
 * The words of a query, each as the set of index terms any of which satisfies it. Function words (في، على) are
 * dropped when the query has other words: they would match nearly every article.
 */
export function queryGroups(query: string): string[][] {
  const words = tokenize(query.normalize('NFC'))
    .filter((t) => t.kind === 'word' || t.kind === 'latin' || t.kind === 'number')
    .map((t) => ({ kind: t.kind, norm: normalize(query.normalize('NFC').slice(t.start, t.end)) }))
    .filter((w) => w.norm.length > 0);
  const content = words.filter((w) => !STOPWORDS.has(w.norm));
  const kept = content.length ? content : words;
  const groups = kept.map((w) => [...new Set(readings(w.norm, w.kind).flatMap((r) => (w.kind === 'word' ? bases(r).flatMap(expand) : [r])))]);
  // the same word twice in a query asks nothing more
  const seen = new Set<string>();
  return groups.filter((g) => {
    const k = g.join(' ');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
