/**
 * From a report to the words a brief sentence says and cites. The cited clause runs from the clause start at or
 * before the report's focus (the sentence's start, or a segment opened by a connector: و+verb، حيث، في حين…) to
 * the next clause start after it, trimmed to a length a brief can carry. The sentence text is that clause with
 * what a brief does without taken out: the leading connector (و، كما، في حين…), glosses and asides in brackets
 * or dashes, appositions (، وهو …،), scare quotes around names, diacritics. Compression only removes words, so
 * the sentence says nothing its cited clause does not.
 */
import { MONTHS } from '../../language/months.js';
import { normalize } from '../../language/normalize.js';
import { STOPWORDS } from '../../language/stopwords.js';
import type { Token } from '../../model/document.js';
import type { Report } from './point.js';
import { conjoined, isWord, ROOT_WAW, type Unit } from './units.js';

/** Words a brief sentence may run to. */
export const MAX_WORDS = 38;

/** Connectors that open a clause (normalised), and the two-word ones. */
const CLAUSE_OPENERS = new Set(
  `حيث بينما فيما اذ إذ كما لكن ولكن لكنه لكنها ثم بعدما عندما مما وذلك كذلك فضلا اضافة إضافة وقد فقد لقد وكان وكانت
   وكانوا وبعد وقبل ومع فيما مبينا مشيرا مؤكدا مضيفا موضحا لافتا معتبرا قائلا علما خاصة ليتم لتصبح وهو وهي وهم وهما`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalize),
);
const CLAUSE_OPENER_PAIRS = new Set(['في حين', 'من جهته', 'من جهتها', 'من جانبه', 'من جانبها', 'الى ذلك', 'في المقابل'].map(normalize));

/** Leading phrases a brief sentence drops (it is no longer tied to the sentence before it). */
const LEADING_DROPS = [
  'وفي هذا السياق', 'في هذا السياق', 'وفي غضون ذلك', 'في غضون ذلك', 'وبالإضافة إلى ذلك', 'بالإضافة إلى ذلك', 'وإلى ذلك',
  'إلى ذلك', 'وعقب ذلك', 'عقب ذلك', 'وفي المقابل', 'في المقابل', 'ومن جهته', 'من جهته', 'ومن جهتها', 'من جهتها',
  'ومن جانبه', 'من جانبه', 'ومن جانبها', 'من جانبها', 'بدوره', 'بدورها', 'وفي حين', 'في حين', 'وفيما', 'فيما', 'وبينما',
  'بينما', 'كما', 'ولكن', 'لكن', 'كذلك', 'أيضا', 'أيضاً', 'إذ', 'حيث', 'ثم',
].map((p) => normalize(p).split(' '));

/** Endings of nouns and adjectives (normalised): a word after و with one of them is not a verb opening a clause. */
const NOUN_ENDINGS = /(ه|ات|ون|ين|يه|ان|ي)$/;

function conjunctionOpens(t: Token): boolean {
  if (!(t.norm.startsWith('و') || t.norm.startsWith('ف')) || ROOT_WAW.has(t.norm)) return false;
  if (t.prefixes[0] === 'و' || t.prefixes[0] === 'ف') return false; // والعراق: a conjunction before a noun
  const rest = t.norm.slice(1);
  return rest.length >= 3 && rest.length <= 5 && !rest.startsWith('ال') && !NOUN_ENDINGS.test(rest);
}

const COMPLEMENTISERS = new Set(['ان', 'بان']);

/** ومن، وفي، ولم …: a conjunction before a function word. */
function conjoinedFunctionWord(t: Token): boolean {
  return (t.norm.startsWith('و') || t.norm.startsWith('ف')) && t.norm.length > 2 && STOPWORDS.has(t.norm.slice(1));
}

/** Whether the segment `[a, b)` of a unit opens a clause. */
export function opensClause(unit: Unit, a: number): boolean {
  const first = unit.tokens.slice(a).find(isWord);
  if (!first) return false;
  const i = unit.tokens.indexOf(first);
  const second = unit.tokens[i + 1];
  if (CLAUSE_OPENERS.has(first.norm) || (second && CLAUSE_OPENER_PAIRS.has(`${first.norm} ${second.norm}`))) return true;
  return conjunctionOpens(first);
}

/** Connectors of a clause that depends on the one before it for its subject (normalised). */
const DEPENDENT_OPENERS = new Set(['حيث', 'اذ', 'عندما', 'بعدما', 'مما'].map(normalize));

function opensDependent(unit: Unit, a: number): boolean {
  const first = unit.tokens.slice(a).find(isWord);
  return !!first && DEPENDENT_OPENERS.has(first.norm);
}

function words(unit: Unit, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (isWord(unit.tokens[k]!) || unit.tokens[k]!.kind === 'number') n++;
  return n;
}

/** The clause `[a, b)` (token indices) that tells a report, at most `max` words where the segments allow. */
export function clauseOf(report: Report, max = MAX_WORDS): [number, number] {
  const { unit, focus } = report;
  const segs = unit.segments;
  if (!segs.length) return [0, unit.tokens.length];
  let first = segs.findIndex(([, b]) => b > focus[0]);
  let last = segs.length - 1 - [...segs].reverse().findIndex(([a]) => a < focus[1]);
  if (first < 0) first = 0;
  if (last >= segs.length || last < first) last = first;
  const focusFirst = first;
  const focusLast = last;
  while (first > 0 && !opensClause(unit, segs[first]![0])) first--;
  // a clause that hangs on the one before it (…، حيث التقى …، إذ أكد …) does not stand alone: its subject and
  // place are the main clause's, so the main clause comes with it
  if (first > 0 && opensDependent(unit, segs[first]![0])) {
    first--;
    while (first > 0 && !opensClause(unit, segs[first]![0])) first--;
  }
  while (last + 1 < segs.length && !opensClause(unit, segs[last + 1]![0])) last++;
  const span = () => words(unit, segs[first]![0], segs[last]![1]);
  while (span() > max && last > focusLast) last--;
  let cutFront = false;
  if (span() > max && first < focusFirst) (first = focusFirst), (cutFront = true);
  while (span() > max && last > first) last--;
  let end = segs[last]![1];
  // one segment longer than a brief sentence (a statement quoted without commas) is cut at the word limit
  if (span() > max) {
    let n = 0;
    for (end = segs[first]![0]; end < segs[last]![1] && n < max; end++) if (isWord(unit.tokens[end]!) || unit.tokens[end]!.kind === 'number') n++;
  }
  let start = segs[first]![0];
  // cut at the front after a reporting verb ("…، نقلاً عن مصادر، أن …"): the clause starts after the complementiser
  if (cutFront && !opensClause(unit, start)) {
    for (let k = start; k < Math.min(end - 1, start + 12); k++) {
      if (COMPLEMENTISERS.has(unit.tokens[k]!.norm)) {
        start = k + 1;
        break;
      }
    }
  }
  // the clause's closing full stop or comma is not part of what it says
  while (end - 1 > start && /^[.،؛:,;!؟?]$/.test(unit.tokens[end - 1]!.text)) end--;
  return [start, end];
}

/** The source span of tokens `[a, b)` of a unit. */
export function sourceSpan(unit: Unit, a: number, b: number): { start: number; end: number } {
  const [start, end] = unit.doc.body.toSource(unit.tokens[a]!.bodyStart, unit.tokens[b - 1]!.bodyEnd);
  return { start, end };
}

/** The brief's wording of tokens `[a, b)` of a unit: the clause with connectors, asides and marks taken out. */
export function compressClause(unit: Unit, a: number, b: number): string {
  const body = unit.doc.body.text;
  const toks = unit.tokens;
  let i = a;
  // leading connectors, as many as stand in a row (ومن جهته، كما …)
  for (let again = true; again; ) {
    again = false;
    while (i < b && !isWord(toks[i]!)) i++;
    for (const phrase of LEADING_DROPS) {
      if (i + phrase.length > b) continue;
      const ws = toks.slice(i, i + phrase.length);
      if (ws.every((t, k) => t.norm === phrase[k])) {
        i += phrase.length;
        again = true;
        break;
      }
    }
  }
  while (i < b && toks[i]!.kind === 'punct') i++;
  if (i >= b) i = a;
  const lead = toks[i]!;
  let from = lead.bodyStart;
  // the conjunction joined to the first word: the sentence no longer follows another
  if (conjoined(lead.norm) || lead.prefixes[0] === 'و' || lead.prefixes[0] === 'ف' || conjoinedFunctionWord(lead)) from++;
  // a clause cut after its reporting verb starts at the complementiser: what follows is the report itself
  if (COMPLEMENTISERS.has(lead.norm) && i + 1 < b) from = toks[i + 1]!.bodyStart;
  const to = toks[b - 1]!.bodyEnd;
  let text = body.slice(from, to);
  text = dropAsides(text);
  return tidy(text);
}

/** Glosses and asides in brackets or between spaced dashes, appositions between commas. */
function dropAsides(text: string): string {
  let s = text.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
    const n = normalize(inner).trim();
    const ws = n.split(/\s+/).filter(Boolean);
    // a month's other name (فبراير (شباط)), a translation in Latin letters, a credit or a long aside: dropped;
    // a short name in brackets (داعش) stays, unbracketed
    if (MONTHS.has(n) || /[A-Za-z]/.test(inner) || ws.length > 3 || !ws.length) return '';
    return whole.replace(/[()]/g, '');
  });
  s = s.replace(/\s+[-–—]\s+[^-–—]{1,120}?\s+[-–—]\s+/g, ' ');
  s = s.replace(/،\s*(?:وهو|وهي|وهم|وهما)\s[^،.]{1,100}،/g, '،');
  // one closing the clause goes too when the sentence is long without it
  if (s.split(/\s+/).length > 28) s = s.replace(/،\s*(?:وهو|وهي|وهم|وهما)\s[^،.]{1,100}$/, '');
  return s;
}

function tidy(text: string): string {
  let s = text.replace(/[\u064B-\u0652\u0670\u0640]/g, '');
  // quotation marks around a name or two (“الخارجية”) are the outlet's typography, not a quotation
  s = s.replace(/[“”"«»]([^“”"«»]{1,40})[“”"«»]/g, (whole, inner: string) => (inner.trim().split(/\s+/).length <= 3 ? inner : whole));
  s = s.replace(/[“”"]([^“”"«»]*)[“”"]/g, '«$1»');
  // a quotation the clause cuts into or out of loses its lone mark
  const opens = (s.match(/«/g) ?? []).length;
  const closes = (s.match(/»/g) ?? []).length;
  // (as does a lone straight or curly mark the pairing above left: بانسحاب كامل"، بحسب …)
  if (opens !== closes || /[“”"]/.test(s)) s = s.replace(/[«»“”"]/g, '');
  s = s.replace(/\s+/g, ' ').replace(/\s+([،؛:.!؟,])/g, '$1').replace(/([،؛:,])\s*[،؛:,]+/g, '$1');
  s = s.replace(/^[\s،؛:,.\-–—]+/, '').replace(/[\s،؛:,\-–—]+$/, '');
  if (!/[.!؟?»]$/.test(s)) s += '.';
  else if (s.endsWith('»')) s += '.';
  return s;
}
