/**
 * Who speaks and through whom: reads the words between a reporting verb and what was said (or after بحسب) into
 * a speaker phrase — a named person with a role, an anonymous source, a body, a document, an outlet — and the
 * channels it was said to (لـ«الشرق الأوسط»، لوكالة رويترز، على منصة «إكس»).
 */
import { AGENCY_ALIASES, agencyOf } from '../../knowledge/index.js';
import { gazetteer } from '../../knowledge/gazetteer/index.js';
import { normalize } from '../../language/normalize.js';
import {
  ADVERBIAL_STARTS,
  AMBIGUOUS_AGENCY_NAMES,
  ANONYMITY_VERBS,
  SOURCE_SPEECH_VERBS,
  BACK_POINTERS,
  CUE_FORMS,
  PLACE_PREPOSITIONS,
  PORTFOLIO_NOUNS,
  RELAY_VERBS,
  ROLES_THAT_NAME,
  STANCE_NOUNS,
  DEFINITE_ONLY_ROLES,
  ANONYMOUS_HEADS,
  AUDIENCE_WORDS,
  CLAIM_NOUNS,
  COUNTRY_NAMES,
  DOCUMENT_HEADS,
  FUNCTION_WORDS,
  GENERIC_OUTLET_WORDS,
  OCCASION_NOUNS,
  ORG_HEADS,
  OUTLET_HEADS,
  PLATFORM_HEADS,
  QUALIFIERS,
  QUANTIFIERS,
  ROLE_HEADS,
  SPEECH_OBJECTS,
} from '../../language/reporting.js';
import { bodyText, SEGMENT_BREAK, SENTENCE_END, type View, type W } from './view.js';
import type { EntityMention } from '../entities/mentions.js';

export type SpeakerKind = 'person' | 'anonymous' | 'organization' | 'document' | 'outlet' | 'name' | 'role';

export interface Place {
  text: string;
  start: number;
  end: number;
}

export interface NP {
  kind: SpeakerKind;
  /** A reference back (المتحدث، المصدر المسؤول، البيان) to resolve against the speakers before it. */
  anaphoric: boolean;
  from: number;
  to: number;
  /** The whole phrase, in body offsets. */
  phrase: Place;
  /** The person's name inside the phrase (or in an apposition). */
  name: Place | null;
  role: string | null;
  /** Bare head word (lexicon form). */
  head: string;
  /** The outlet a document or an outlet speaker belongs to (تقرير لصحيفة ذي ناشيونال → ذي ناشيونال). */
  outlet: string | null;
  /** Bare forms of the phrase's words, for matching a later role reference. */
  stems: string[];
}

export interface SpeakerParse {
  np: NP | null;
  /** Channels the words were said to, nearest first. */
  channels: string[];
  /** The source an outlet relayed (ذكرت وكالة رويترز، نقلاً عن أربعة مصادر): speaker, with the subject as channel. */
  relayed: NP | null;
}

/** Looks up, before a token, the last outlet or agency named in the document (للوكالة ذاتها). */
export type OutletMemory = (k: number) => string | null;

function inLex(set: ReadonlySet<string>, w: W): boolean {
  if (set === ROLE_HEADS && !w.al && DEFINITE_ONLY_ROLES.has(w.bare)) return false;
  return set.has(w.bare) || set.has(w.core) || set.has(w.norm) || (set === ROLE_HEADS && w.al && DEFINITE_ONLY_ROLES.has(w.bare));
}

/** Every ending of an agency's name as {@link wireName} matches it (normalised): a name ends in one of these. */
const WIRE_ENDINGS: ReadonlySet<string> = (() => {
  const out = new Set<string>(['']);
  for (const key of AGENCY_ALIASES.keys()) for (let i = 0; i < key.length; i++) out.add(key.slice(i));
  return out;
})();

/**
 * Whether a text ending in the written word `last` may be an agency's name: false only when no name
 * {@link wireName} knows ends that way, so that a caller may skip the look-up.
 */
export function mayEndWireName(last: string): boolean {
  let r = ENDS_WIRE_NAME.get(last);
  if (r === undefined) {
    if (ENDS_WIRE_NAME.size > 200_000) ENDS_WIRE_NAME.clear();
    ENDS_WIRE_NAME.set(last, (r = WIRE_ENDINGS.has(normalize(last).trim())));
  }
  return r;
}

const ENDS_WIRE_NAME = new Map<string, boolean>();

/** An agency's name; a name that is also a common word (فارس) counts only when `marked` (quoted, after وكالة). */
export function wireName(text: string, marked: boolean): string | null {
  const t = text.trim();
  if (!marked && !t.includes(' ') && AMBIGUOUS_AGENCY_NAMES.has(normalize(t))) return null;
  return agencyOf(t);
}

/**
 * A preposition or particle. `على` and the name `علي` normalise alike; the name is written with a dotted ya,
 * the preposition with alef maqsura.
 */
export function isFunction(w: W): boolean {
  if (!FUNCTION_WORDS.has(w.core)) return false;
  if (w.core === 'علي' && /ي[\u064B-\u0652]*$/.test(w.t.text)) return false;
  return true;
}

/** A word with a preposition written on it before a noun the lexicons know or the article (بمجلس، للأمم). */
export function isPrepositional(w: W): boolean {
  if (!w.word || w.t.kind !== 'word' || w.al) return false;
  const c = w.core;
  if (!/^[بلك]/.test(c) || c.length < 4) return false;
  const rest = c.slice(1);
  const bare = rest.startsWith('ال') ? rest.slice(2) : rest;
  return rest.startsWith('ال') || ROLE_HEADS.has(bare) || ORG_HEADS.has(bare) || OUTLET_HEADS.has(bare) || DOCUMENT_HEADS.has(bare) || PORTFOLIO_NOUNS.has(bare);
}

/** A circumstantial form of speech (قائلاً، مضيفاً، بالقول): it hands the words on and names nobody. */
function isSpeechParticiple(w: W): boolean {
  return w.word && CUE_FORMS.get(w.core)?.kind === 'participle';
}

/** The family name آل (آل ثاني، آل سعود), written with madda, which normalises like the article. */
function isFamilyAl(view: View, k: number): boolean {
  const w = view.ws[k];
  const next = view.ws[k + 1];
  return !!w && w.word && w.core === 'ال' && /^آل$/.test(w.t.text) && !!next && next.word && !isFunction(next);
}

/** A document or a work (في كتابه، في بيانها، في مقال له): the occasion of the words, never the speaker. */
function isDocumentOccasion(w: W): boolean {
  return inLex(DOCUMENT_HEADS, w) || DOCUMENT_HEADS.has(w.bare.replace(/(ه|ها|هم|هما)$/, ''));
}

/**
 * A role word that is also a name (رائد، الخطيب) read as a name: a bare one after a role phrase and before a
 * name (المحلل المالي رائد منصور), a definite one right after a given name and ending the phrase (منى الخطيب،).
 */
function roleReadsAsName(view: View, k: number, to: number, inName: boolean): boolean {
  const ws = view.ws;
  const w = ws[k]!;
  if (!w.word || !ROLES_THAT_NAME.has(w.bare)) return false;
  const next = k + 1 < to ? ws[k + 1] : undefined;
  if (inName) {
    if (!w.al) return false;
    // فلان الخطيب المتحدث باسم …: an apposition of a role follows; فلان القاضي الأول: a qualifier
    return !next || !next.word || isFunction(next) || (!next.al && !isLexical(next) && next.core !== 'باسم') || (next.al && isSpeakerHead(next) && !inLex(QUALIFIERS, next));
  }
  if (w.al) return false;
  const prev = ws[k - 1];
  return !!prev && prev.word && prev.al && !!next && next.word && !next.al && !isLexical(next) && !isFunction(next) && next.t.kind === 'word';
}

/** Verbs of receiving a copy of a statement (تلقت «المنبر» نسخة منه، اطلعت عليه الوكالة). */
const RECEIVED = new Set(['تلقى', 'تلقت', 'تلقينا', 'تسلم', 'تسلمت', 'تسلمنا', 'حصل', 'حصلت', 'حصلنا', 'اطلع', 'اطلعت', 'اطلعنا'].map(normalize));

/** Military ranks written before a name (الفريق أول، اللواء الركن): a grade, not the position the role names. */
const RANKS = new Set(['الفريق', 'المشير', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'النقيب', 'الجنرال', 'الأدميرال'].map(normalize));
const RANK_QUALIFIERS = new Set(['أول', 'الركن', 'ركن', 'المتقاعد'].map(normalize));

/**
 * Where the role before a name at `nameAt` ends once a rank at its end is left out (عضو مجلس السيادة الفريق ياسر
 * العطا → عضو مجلس السيادة); a rank alone stays the role (الفريق ياسر العطا).
 */
function beforeRank(view: View, from: number, nameAt: number): number {
  let e = nameAt;
  while (e - 1 > from && !view.ws[e - 1]!.word) e--;
  while (e - 1 > from && RANK_QUALIFIERS.has(view.ws[e - 1]!.core)) e--;
  return e - 1 > from && RANKS.has(view.ws[e - 1]!.core) ? e - 1 : nameAt;
}

/**
 * A given name written with the article (الطيب، الصادق، المنصف) that begins the name after a role: the next word is
 * a name without it (الخبير في الشأن السوداني الطيب عثمان), not an adjective or another head.
 */
function definiteGivenName(view: View, k: number, to: number): boolean {
  const w = view.ws[k]!;
  if (!w.al || w.conj || k === 0 || !view.ws[k - 1]!.word || !gazetteer().given.has(w.core)) return false;
  const next = k + 1 < to ? view.ws[k + 1] : undefined;
  return !!next && next.word && next.t.kind === 'word' && !next.al && !next.conj && !isLexical(next) && !isFunction(next);
}

/** A head word a speaker phrase can have: a role, a body, a document, an outlet, an anonymous source. */
export function isSpeakerHead(w: W): boolean {
  return inLex(ROLE_HEADS, w) || inLex(ORG_HEADS, w) || inLex(DOCUMENT_HEADS, w) || inLex(OUTLET_HEADS, w) || inLex(ANONYMOUS_HEADS, w);
}

export function isLexical(w: W): boolean {
  return (
    inLex(ROLE_HEADS, w) ||
    inLex(ORG_HEADS, w) ||
    inLex(DOCUMENT_HEADS, w) ||
    inLex(OUTLET_HEADS, w) ||
    inLex(ANONYMOUS_HEADS, w) ||
    inLex(QUALIFIERS, w) ||
    inLex(QUANTIFIERS, w) ||
    inLex(COUNTRY_NAMES, w) ||
    inLex(PLATFORM_HEADS, w) ||
    inLex(CLAIM_NOUNS, w) ||
    w.bare.length < 2
  );
}

function isOccasion(w: W): boolean {
  return inLex(OCCASION_NOUNS, w) || OCCASION_NOUNS.has(w.bare.replace(/(ه|ها|هم)$/, ''));
}

const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين'].map(normalize));

const ANAPHOR_WORDS = new Set(['ذاتها', 'ذاته', 'نفسها', 'نفسه', 'ذاتها']);
const OCCASION_PREPS = new Set(['في', 'خلال', 'على', 'عبر', 'أثناء', 'إثر', 'عقب', 'بعد', 'لدى'].map(normalize));
const ALA = normalize('على');

/** A word without the preposition لـ written on it: لوكالة → وكالة، للوكالة → الوكالة. */
export function stripLam(surface: string): string {
  const t = surface.replace(/^ـ+/, '');
  if (/^لل/.test(t)) return 'ا' + t.slice(1);
  if (/^ل/.test(t)) return t.slice(1).replace(/^ـ+/, '');
  return t;
}

/** The text of a channel starting at token `k` (a bracketed or quoted name, an agency, an outlet's name). */
function outletName(view: View, k: number, end: number, noun: W | null, memory: OutletMemory): { name: string | null; next: number } {
  const ws = view.ws;
  if (k < end && view.openAt.has(k)) {
    const g = view.openAt.get(k)!;
    return { name: bodyText(view, g.open + 1, g.close).trim() || null, next: g.close + 1 };
  }
  // words of the name, up to a boundary
  let j = k;
  while (j < end && j - k < 6) {
    const w = ws[j]!;
    if (!w.word) break;
    if (isFunction(w) || SPEECH_OBJECTS.has(w.core) || AUDIENCE_WORDS.has(w.norm)) break;
    if (j > k && (w.conj || /^(ان|انه|انها|بان)$/.test(w.core))) break;
    j++;
  }
  const first = ws[k];
  if (j > k && first && ANAPHOR_WORDS.has(first.core)) return { name: memory(k), next: j };
  if (j === k) return { name: noun?.al ? memory(k) : null, next: k };
  // the longest agency name at the start
  for (let e = j; e > k; e--) {
    const surface = bodyText(view, k, e);
    if (wireName(surface, !!noun)) return { name: surface, next: e };
    // وكالة الصحافة الفرنسية: a name whose noun is part of it, not the word that announces it
    const whole = noun ? `${stripLam(bodyText(view, noun.k, noun.k + 1))} ${surface}` : '';
    if (noun && wireName(whole, true)) return { name: whole, next: e };
  }
  let e = j;
  const words = ws.slice(k, j);
  if (noun && words[0] && (GENERIC_OUTLET_WORDS.has(words[0].norm) || (words[0].al && inLex(QUALIFIERS, words[0])))) {
    // وكالة الأنباء الرسمية، الإذاعة الإسرائيلية العامة: the noun is part of the name
    return { name: `${stripLam(bodyText(view, noun.k, noun.k + 1))} ${bodyText(view, k, j)}`.trim(), next: j };
  }
  // strip a trailing adjective of nationality (صحيفة ذي ناشيونال البريطانية)
  while (e - k > 1 && ws[e - 1]!.al && inLex(QUALIFIERS, ws[e - 1]!)) e--;
  return { name: bodyText(view, k, e), next: j };
}

/** The document's own outlet as normalised words (metadata stage), cached per document. */
const OWN_OUTLET = new WeakMap<object, string[]>();

function ownOutletWords(view: View): string[] {
  let words = OWN_OUTLET.get(view.doc);
  if (!words) {
    const name = view.doc.outlet?.value ?? '';
    words = name ? normalize(name).trim().split(/\s+/) : [];
    OWN_OUTLET.set(view.doc, words);
  }
  return words;
}

/**
 * The outlet that publishes the article, named without quotes after لـ (قال الخبير فلان للأفق الجديد إن …): said
 * to the outlet itself, so it is the channel, not words of the speaker's name.
 */
function ownOutletAt(view: View, k: number, end: number): { name: string; next: number } | null {
  const words = ownOutletWords(view);
  if (!words.length) return null;
  const ws = view.ws;
  const n = ws[k]!.core;
  let from = k;
  let first: string;
  if (n === 'ل') {
    from = k + 1;
    first = ws[from]?.word ? ws[from]!.norm : '';
  } else if (n.startsWith('لل')) first = 'ال' + n.slice(2);
  else if (n.startsWith('ل') && n.length > 2) first = n.slice(1);
  else return null;
  if (first !== words[0]) return null;
  let j = from + 1;
  for (let i = 1; i < words.length; i++, j++) if (j >= end || !ws[j]!.word || ws[j]!.norm !== words[i]) return null;
  return { name: view.doc.outlet!.value, next: j };
}

/**
 * A channel beginning at token `k`: `لـ«…»`، `لـ (…)`، `لوكالة رويترز`، `للوكالة ذاتها`، `لرويترز`، `على منصة «إكس»`.
 * Returns null when the token opens none.
 */
export function channelAt(view: View, k: number, end: number, memory: OutletMemory): { name: string | null; next: number } | null {
  const ws = view.ws;
  const w = ws[k];
  if (!w || !w.word) return null;
  const n = w.core;
  if (AUDIENCE_WORDS.has(n)) return null;
  const own = ownOutletAt(view, k, end);
  if (own) return own;
  if (n === 'ل') {
    const next = ws[k + 1];
    if (!next || k + 1 >= end) return null;
    if (view.openAt.has(k + 1)) return outletName(view, k + 1, end, null, memory);
    if (next.word && inLex(OUTLET_HEADS, next)) return outletName(view, k + 2, end, next, memory);
    if (next.word) {
      const r = outletName(view, k + 1, end, null, memory);
      return r.name && wireName(r.name, false) ? r : null;
    }
    return null;
  }
  if (n.startsWith('ل') && n.length >= 4) {
    const rest = n.startsWith('لل') ? 'ال' + n.slice(2) : n.slice(1);
    const bare = rest.startsWith('ال') ? rest.slice(2) : rest;
    if (OUTLET_HEADS.has(bare)) return outletName(view, k + 1, end, { ...w, al: rest.startsWith('ال') }, memory);
    if (wireName(rest, false)) return { name: stripLam(w.t.text), next: k + 1 };
    return null;
  }
  // في تصريحات نقلتها شبكة «…»، في حديث أوردته وكالة …: the outlet that carried the words
  if (RELAY_VERBS.has(n) && k + 1 < end) {
    const head = ws[k + 1]!;
    if (head.word && inLex(OUTLET_HEADS, head)) {
      const r = outletName(view, k + 2, end, head, memory);
      return r.name ? r : null;
    }
    const r = outletName(view, k + 1, end, null, memory);
    return r.name && wireName(r.name, view.openAt.has(k + 1)) ? r : null;
  }
  // على منصة «إكس»، عبر حسابه على …، عبر قناة …، في مقابلة مع قناة …
  if (n === ALA || n === 'عبر' || n === 'مع') {
    let j = k + 1;
    const head = ws[j];
    if (!head || j >= end) return null;
    if (head.word && inLex(PLATFORM_HEADS, head)) {
      j++;
      // حسابه على «إكس»، منصة «إكس»، حسابه الرسمي على منصة إكس
      while (j < end && ws[j]!.word && (ws[j]!.core === ALA || ws[j]!.core === 'في' || inLex(PLATFORM_HEADS, ws[j]!) || ws[j]!.al) && j - k < 6) j++;
      if (j >= end) return null;
      const r = outletName(view, j, end, null, memory);
      return r.name ? r : null;
    }
    if (head.word && inLex(OUTLET_HEADS, head)) return outletName(view, j + 1, end, head, memory);
    if (view.openAt.has(j) && n !== 'مع') return outletName(view, j, end, null, memory);
  }
  return null;
}

/**
 * The name of God, written like a word with the article (a name only when it opens the phrase: حزب الله and عبد
 * الله are other names); and the formulas of praise that follow a holy name.
 */
const GOD = normalize('الله');
const HONORIFICS = new Set(['تعالى', 'سبحانه', 'عز', 'جل', 'صلى', 'عليه'].map(normalize));

/** A body's head with لـ/بـ written on it and no article (عضو المكتب السياسي لحركة حماس): its name follows. */
function prepositionalBody(w: W): boolean {
  if (!w.word || w.al || !/^[لب]/.test(w.core) || w.core.length < 4) return false;
  const rest = w.core.slice(1);
  return ORG_HEADS.has(rest) || OUTLET_HEADS.has(rest);
}

const SPOKESPEOPLE = new Set(['متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'تحدث', 'يتحدث', 'تتحدث', 'نطق'].map(normalize));

/**
 * باسم is “in the name of” after a spokesman (المتحدث باسم الحكومة) and the given name Basim elsewhere (عضو
 * المكتب السياسي لحركة حماس باسم نعيم).
 */
function givenNameBasim(view: View, k: number, to: number): boolean {
  const w = view.ws[k]!;
  if (w.core !== 'باسم') return false;
  const next = k + 1 < to ? view.ws[k + 1] : undefined;
  if (!next || !next.word || isLexical(next) || isFunction(next) || next.t.kind !== 'word') return false;
  // المتحدث باسم …، المتحدث الرسمي باسم …
  for (let p = k - 1; p >= Math.max(0, k - 2); p--) if (view.ws[p]!.word && SPOKESPEOPLE.has(view.ws[p]!.bare)) return false;
  return true;
}

/** The first index in `[from, to)` where a name begins, and where it ends. */
function findName(view: View, from: number, to: number): [number, number] | null {
  const ws = view.ws;
  let afterPrep = false;
  let afterOrg = false;
  for (let k = from; k < to; k++) {
    const g = view.openAt.get(k);
    if (g) {
      // a quoted complement (متحدث باسم “الخارجية”، حركة «حماس») is skipped; a quoted name (“فلان”) is read
      if (afterPrep || afterOrg || g.words > 4) k = g.close;
      afterPrep = false;
      afterOrg = false;
      continue;
    }
    const w = ws[k]!;
    if (!w.word) continue;
    // a work's title after its noun (في كتابه «…»، تقريره «…») is no name
    if (isDocumentOccasion(w) && view.openAt.has(k + 1)) {
      k = view.openAt.get(k + 1)!.close;
      afterPrep = false;
      afterOrg = false;
      continue;
    }
    // رئيس حركة حماس فلان: the word after an organisation's head names the organisation
    if (afterOrg && !w.al && !isLexical(w)) {
      afterOrg = false;
      continue;
    }
    afterOrg = !w.al && (inLex(ORG_HEADS, w) || inLex(OUTLET_HEADS, w) || prepositionalBody(w));
    if (isFunction(w) && !givenNameBasim(view, k, to)) {
      afterPrep = true;
      continue;
    }
    if (afterPrep) {
      afterPrep = false;
      continue;
    }
    if (isPrepositional(w)) continue;
    if ((w.al || w.conj || isLexical(w)) && !roleReadsAsName(view, k, to, false) && !(w.core === GOD && k === from) && !definiteGivenName(view, k, to)) continue;
    if (HONORIFICS.has(w.core)) continue;
    let e = k + 1;
    while (e < to && e - k < 5) {
      const x = ws[e]!;
      // قال الله تعالى، قال النبي صلى الله عليه وسلم: a formula of praise ends the name
      if (HONORIFICS.has(x.core)) break;
      if (isFamilyAl(view, e) && e + 1 < to) {
        e += 2;
        continue;
      }
      if (!x.word || isFunction(x) || x.conj) break;
      // (على and the name علي normalise alike: see isFunction)
      const prep = OCCASION_PREPS.has(x.core) || ADVERBIAL_STARTS.has(x.core) || PLACE_PREPOSITIONS.has(x.core);
      if (prep && !(x.core === 'علي' && !isFunction(x))) break;
      if ((inLex(ROLE_HEADS, x) || inLex(ORG_HEADS, x)) && !roleReadsAsName(view, e, to, true)) break;
      if (x.t.kind === 'word' && x.core.startsWith('ل') && channelAt(view, e, to, () => null)) break;
      if (isPrepositional(x)) break;
      e++;
    }
    return [k, e];
  }
  return null;
}

export function place(view: View, from: number, to: number): Place {
  return { text: bodyText(view, from, to), start: view.ws[from]!.t.bodyStart, end: view.ws[to - 1]!.t.bodyEnd };
}

/** The first word of a phrase (skipping quantifiers and من), and whether a quantifier came first. */
function headOf(view: View, from: number, to: number): { head: W | null; quantified: boolean; index: number } {
  let k = from;
  let quantified = false;
  while (k < to) {
    const w = view.ws[k]!;
    if (!w.word && w.t.kind !== 'number') {
      k++;
      continue;
    }
    if (w.t.kind === 'number' || inLex(QUANTIFIERS, w) || (quantified && w.core === 'من')) {
      quantified = true;
      k++;
      continue;
    }
    return { head: w, quantified, index: k };
  }
  return { head: null, quantified, index: k };
}

/** Reads `[from, to)` as a speaker phrase; null when it does not look like one. */
export function classify(view: View, from: number, to: number, memory: OutletMemory, opts: { strict?: boolean } = {}): NP | null {
  const ws = view.ws;
  // trim punctuation at both ends (but keep a bracket or quotation that holds a name)
  while (from < to && !ws[from]!.word && !view.openAt.has(from) && ws[from]!.t.kind !== 'number') from++;
  while (to > from && !ws[to - 1]!.word && !view.closeAt.has(to - 1) && ws[to - 1]!.t.kind !== 'number') to--;
  if (to <= from) return null;
  let words = 0;
  for (let k = from; k < to; k++) if (ws[k]!.word) words++;
  if (words === 0 || words > 12) return null;
  const phrase = place(view, from, to);
  const stems: string[] = [];
  for (let k = from; k < to; k++) if (ws[k]!.word) stems.push(ws[k]!.bare);
  const base = { from, to, phrase, name: null, role: null, outlet: null, stems, anaphoric: false };
  const { head, quantified, index } = headOf(view, from, to);
  if (!head) return null;
  // a phrase in quotation marks or brackets: “السوداني”، (الحرة)، “وزارة الخارجية” العراقية
  const wrap = view.openAt.get(from);
  if (wrap && wrap.close === to - 1 && wrap.words <= 4) {
    const inner = place(view, wrap.open + 1, wrap.close);
    const agency = agencyOf(inner.text);
    if (agency) return { ...base, kind: 'outlet', head: head.bare, outlet: inner.text };
    if (!isLexical(head) && !head.al) return { ...base, kind: 'name', head: head.bare, name: inner };
    if (!isLexical(head)) return { ...base, kind: 'name', head: head.bare, name: inner };
  }
  const h = head.bare;
  if (quantified || (inLex(ANONYMOUS_HEADS, head) && !head.al && !findNameAfterRole(view, index, to))) {
    // أحد أولياء الأمور، إحدى الناجيات، بعض الأهالي: one of a group the lexicons need not know
    const one = /^(احد|احدي|بعض)$/.test(ws[from]!.core) && words <= 4 && (head.al || ws[index + 1]?.al === true);
    if (!one && !inLex(ANONYMOUS_HEADS, head) && !inLex(ROLE_HEADS, head) && !inLex(ORG_HEADS, head)) return null;
    return { ...base, kind: 'anonymous', head: h };
  }
  if (inLex(DOCUMENT_HEADS, head)) {
    // a document of an outlet: تقرير لصحيفة ذي ناشيونال
    let outlet: string | null = null;
    for (let k = index + 1; k < to; k++) {
      const c = channelAt(view, k, to, memory);
      if (c?.name) {
        outlet = c.name;
        break;
      }
    }
    return { ...base, kind: 'document', head: h, outlet, anaphoric: head.al && words === 1 };
  }
  if (inLex(OUTLET_HEADS, head)) {
    const r = outletName(view, index + 1, to, head, memory);
    return { ...base, kind: 'outlet', head: h, outlet: r.name ?? phrase.text };
  }
  const agency = wireName(phrase.text.replace(/["«»“”()]/g, ''), !!wrap);
  if (agency) return { ...base, kind: 'outlet', head: h, outlet: phrase.text.replace(/["«»“”()]/g, '').trim() };
  // a body named by its kind alone (الوزارة، الهيئة) after it was named in full refers back to it
  if (inLex(ORG_HEADS, head)) return { ...base, kind: 'organization', head: h, anaphoric: head.al && words === 1 };
  // strict: only a phrase whose head the lexicons know (a role before a name), never a name alone
  if (opts.strict && !isSpeakerHead(head)) return null;
  const nm = findName(view, from, to);
  if (nm) {
    const name = place(view, nm[0], nm[1]);
    const roleEnd = beforeRank(view, from, nm[0]);
    const role = roleEnd > from ? withoutAddress(bodyText(view, from, roleEnd).replace(/[،,\s]+$/, '')) : null;
    return { ...base, kind: 'person', head: h, name, role: role || null };
  }
  if (inLex(ANONYMOUS_HEADS, head)) return { ...base, kind: 'role', head: h, anaphoric: true };
  if (inLex(ROLE_HEADS, head)) {
    const next = ws[index + 1];
    const construct = !head.al && !!next && next.word && next.al && index + 1 < to;
    // an outlet's correspondent (مراسل الجزيرة في بغداد) speaks through the outlet
    const outlet = CORRESPONDENTS.has(h) && index + 1 < to ? correspondentOutlet(view, index + 1, to, memory) : null;
    return { ...base, kind: 'role', head: h, role: phrase.text, anaphoric: head.al || construct, outlet };
  }
  if (opts.strict) return null;
  if (words > 4) return null;
  // words the lexicon does not know: a name written with the article (السوداني) or a country (الولايات المتحدة)
  for (let k = from; k < to; k++) if (ws[k]!.word && isFunction(ws[k]!) && ws[k]!.core !== 'باسم') return null;
  const inner = wrap && wrap.close === to - 1 ? place(view, wrap.open + 1, wrap.close) : phrase;
  return { ...base, kind: 'name', head: h, name: inner };
}

/** Forms of address a name may carry after its title (وزير الطاقة الأمير فلان، رئيس الجامعة الدكتور فلان). */
const ADDRESS = new Set(['الأمير', 'الأميرة', 'الشيخ', 'الشيخة', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'د.', 'المهندس', 'المهندسة', 'الحاج', 'الحاجة'].map(normalize));

/** A role without the forms of address between it and the name; one standing alone (الأمير فلان) is the role. */
function withoutAddress(role: string): string {
  const words = role.split(/\s+/);
  let n = words.length;
  while (n > 1 && ADDRESS.has(normalize(words[n - 1]!))) n--;
  return n === words.length ? role : words.slice(0, n).join(' ');
}

/** Heads of a correspondent's role, as bare forms. */
const CORRESPONDENTS: ReadonlySet<string> = new Set(['مراسل', 'مراسله', 'موفد', 'موفده']);

/** The outlet after a correspondent's head (مراسل الجزيرة، مراسلة قناة الحرة, the head itself the cue). */
function correspondentOutlet(view: View, k: number, to: number, memory: OutletMemory): string | null {
  const next = view.ws[k];
  if (!next?.word) return null;
  if (inLex(OUTLET_HEADS, next)) return outletName(view, k + 1, to, next, memory).name;
  const r = outletName(view, k, to, null, memory);
  return r.name && wireName(r.name, true) ? r.name : null;
}

function findNameAfterRole(view: View, index: number, to: number): boolean {
  // مسؤول ملف الحوار فلان: an anonymous head followed by a genitive and a name is a role
  const next = view.ws[index + 1];
  if (!next || index + 1 >= to || !next.al) return false;
  return findName(view, index + 1, to) !== null;
}

/**
 * Parses the words between a reporting verb and what was said. Segments are split at commas: the first that is
 * not an adverbial (في لقاء متلفز، أمس) is the speaker, a later one that is a bare name is its apposition
 * (السفيرة الأميركية في بغداد، فلانة الفلانية،); channels are found anywhere.
 */
export function parseSpeaker(view: View, from: number, to: number, memory: OutletMemory, opts: { relay?: boolean; addressee?: boolean } = {}): SpeakerParse {
  const ws = view.ws;
  const channels: string[] = [];
  let np: NP | null = null;
  let relayed: NP | null = null;
  const segments: Array<[number, number]> = [];
  let a = from;
  for (let k = from; k < to; k++) {
    const g = view.openAt.get(k);
    if (g) {
      k = Math.min(g.close, to - 1);
      continue;
    }
    const w = ws[k]!;
    if (!w.word && (SEGMENT_BREAK.has(w.mark) || SENTENCE_END.has(w.mark))) {
      if (k > a) segments.push([a, k]);
      a = k + 1;
    }
  }
  if (to > a) segments.push([a, to]);

  const scanChannels = (s: number, e: number) => {
    for (let k = s; k < e; k++) {
      const c = channelAt(view, k, e, memory);
      if (c) {
        if (c.name) channels.push(c.name);
        k = Math.max(k, c.next - 1);
      }
    }
  };

  for (const [s0, e] of segments) {
    let s = s0;
    while (s < e && ws[s]!.word && (SPEECH_OBJECTS.has(ws[s]!.core) || isSpeechParticiple(ws[s]!) || BACK_POINTERS.has(ws[s]!.core))) s++;
    if (s >= e) continue;
    const first = ws[s]!;
    // نقلاً عن مصادر: the source an outlet relayed
    if (first.word && first.core === 'نقلا' && ws[s + 1]?.core === 'عن') {
      const src = parseSpeaker(view, s + 2, e, memory);
      if (src.np) relayed = src.np;
      channels.push(...src.channels);
      continue;
    }
    // بيان …، تلقى «المنبر» نسخة منه، أن …: a clause about who received the document, not a name of its author
    if (first.word && np !== null && RECEIVED.has(first.core)) continue;
    // نقلت الوكالة عن مسؤول، طلب عدم الكشف عن هويته، قوله: a clause about the source named before it, whose عن
    // is not a relay; one saying whom the source spoke to (تحدث لـ«…») still names that channel
    if (first.word && (np !== null || relayed !== null) && (ANONYMITY_VERBS.has(first.core) || SOURCE_SPEECH_VERBS.has(first.core))) {
      scanChannels(s, e);
      continue;
    }
    if (first.word && (ADVERBIAL_STARTS.has(first.core) || ADVERBIAL_STARTS.has(first.norm)) && !(first.core === 'مع' && np === null)) {
      scanChannels(s, e);
      continue;
    }
    if (!first.word && !view.openAt.has(s) && first.t.kind !== 'number') continue;
    // a channel before the speaker (وقال لـ«الشرق الأوسط» مسؤول عراقي إن): take it and read on
    for (let c = channelAt(view, s, e, memory); c && c.next > s && s < e; c = channelAt(view, s, e, memory)) {
      if (c.name) channels.push(c.name);
      s = c.next;
    }
    if (s >= e) continue;
    // the phrase ends where a channel, an audience or an occasion begins
    let m = s;
    let relayAt = -1;
    for (; m < e; m++) {
      // أبلغ مصدر «الشرق الأوسط» أن: the quoted name after the speaker is whom it was told to
      if (m > s && opts.addressee && view.openAt.has(m)) {
        const c = outletName(view, m, e, null, memory);
        if (c.name) channels.push(c.name);
        break;
      }
      const g = view.openAt.get(m);
      if (g) {
        m = Math.min(g.close, e - 1);
        continue;
      }
      const w = ws[m]!;
      if (!w.word) continue;
      if (m > s && AUDIENCE_WORDS.has(w.core)) break;
      if (m > s && RELATIVES.has(w.core)) break;
      if (m > s && SPEECH_OBJECTS.has(w.core)) break;
      if (opts.relay && w.core === 'عن') {
        relayAt = m;
        break;
      }
      // أفادت وكالة الأنباء الألمانية نقلاً عن متحدث …: the agency relays, the one after عن speaks
      if (m > s && w.core === 'نقلا' && ws[m + 1]?.core === 'عن') {
        relayAt = m + 1;
        break;
      }
      if (m > s && OCCASION_PREPS.has(w.core) && ws[m + 1] && (isOccasion(ws[m + 1]!) || isDocumentOccasion(ws[m + 1]!) || inLex(PLATFORM_HEADS, ws[m + 1]!) || inLex(OUTLET_HEADS, ws[m + 1]!))) break;
      // أعرب الوزير عن أمله في أن …: the object of the verb, not part of who speaks
      if (m > s && w.core === 'عن' && ws[m + 1]?.word && STANCE_NOUNS.has(ws[m + 1]!.bare)) break;
      // مصدر طلب عدم الكشف عن اسمه: a clause about the source, not its name
      // (a word of a name the entity stage found is none: حسن فضل الله)
      if (m > s && ANONYMITY_VERBS.has(w.core) && !withinPerson(view, m)) break;
      // مصدر في الجمارك تحدث لـ«…»: so is a clause saying whom the source spoke to
      if (m > s && SOURCE_SPEECH_VERBS.has(w.core)) break;
      // قال المحتجون أمام المبنى: where they spoke
      if (m > s && PLACE_PREPOSITIONS.has(w.core)) break;
      if (m > s && (w.core === 'امس' || w.core === 'اليوم' || w.core === 'مساء' || w.core === 'صباح')) break;
      if (channelAt(view, m, e, memory)) break;
    }
    if (relayAt >= 0) {
      // نقلت وكالة رويترز عن مصادر: the subject is the channel, the object of عن the speaker
      const subject = classify(view, s, ws[relayAt - 1]!.core === 'نقلا' ? relayAt - 1 : relayAt, memory);
      const src = parseSpeaker(view, relayAt + 1, e, memory);
      if (subject) channels.push(subject.outlet ?? subject.name?.text ?? subject.phrase.text);
      channels.push(...src.channels);
      if (src.np) relayed = src.np;
      continue;
    }
    let phrase = m > s ? classify(view, s, m, memory) : null;
    if (phrase && phrase.kind === 'document' && !phrase.outlet) {
      // a document of an outlet (تقرير لصحيفة ذي ناشيونال): the outlet is its author, not a channel
      const c = channelAt(view, m, e, memory);
      if (c?.name) {
        phrase = { ...phrase, outlet: c.name, to: c.next, phrase: place(view, s, c.next), anaphoric: false };
        m = c.next;
      }
    }
    if (phrase && (phrase.kind === 'document' || phrase.kind === 'organization') && !phrase.outlet && m < e && RELATIVES.has(ws[m]!.core)) {
      // التقرير الذي نشرته منظمة العفو الدولية: who published the document
      const v = ws[m + 1];
      if (v?.word && /^(نشر|اصدر|اعد|وزع|بث)/.test(v.core)) {
        const author = classify(view, m + 2, e, memory);
        if (author) phrase = { ...phrase, outlet: author.outlet ?? author.name?.text ?? author.phrase.text };
        m = e;
      }
    }
    if (!np) np = phrase;
    else if (phrase && np.kind !== 'person' && np.kind !== 'anonymous' && phrase.kind === 'person' && !phrase.role) {
      // apposition of a name: السفيرة الأميركية في بغداد، فلانة الفلانية
      np = { ...phrase, role: np.phrase.text, stems: [...np.stems, ...phrase.stems] };
    } else if (phrase && np.kind === 'person' && !np.role && phrase.kind === 'role') {
      // apposition of a role: فلان، نائب رئيس الوزراء الأسبق
      const cur: NP = np;
      np = { ...cur, role: phrase.phrase.text, stems: [...cur.stems, ...phrase.stems] };
    }
    scanChannels(m, e);
  }
  return { np, channels, relayed };
}

/**
 * The first word of the entity stage's person mention that ends at word k (its index), or null when no person
 * mention ends there.
 */
function personEnding(view: View, k: number): number | null {
  const mentions = (view.doc.layers.entities as EntityMention[] | undefined) ?? [];
  const w = view.ws[k]!;
  const m = mentions.find((x) => x.type === 'PERSON' && x.bodyEnd === w.t.bodyEnd && x.bodyStart <= w.t.bodyStart);
  if (!m) return null;
  let s = k;
  while (s > 0 && view.ws[s - 1]!.t.bodyStart >= m.bodyStart) s--;
  return s;
}

/** Whether word k lies inside a person mention of the entity stage that begins before it (فضل in حسن فضل الله). */
function withinPerson(view: View, k: number): boolean {
  const mentions = (view.doc.layers.entities as EntityMention[] | undefined) ?? [];
  const w = view.ws[k]!;
  return mentions.some((x) => x.type === 'PERSON' && x.bodyStart < w.t.bodyStart && x.bodyEnd >= w.t.bodyEnd);
}

/**
 * A surname's full name given earlier in the text (… المدير الفني عادل بابكر … وقال بابكر): the words before an
 * earlier occurrence of the same word that read as given names.
 */
export function earlierFullName(view: View, before: number, bare: string): Place | null {
  const ws = view.ws;
  if (COUNTRY_NAMES.has(bare) || COUNTRY_NAMES.has('ال' + bare)) return null;
  const gaz = gazetteer();
  // a headline writes verbs where a name would stand (هوكشتاين يلتقي بري): names are taken from the body
  const title = view.doc.blocks.find((b) => b.role === 'title');
  for (let k = before - 1; k > 0; k--) {
    const w = ws[k]!;
    if (!w.word || w.bare !== bare) continue;
    if (title && w.t.bodyStart >= title.start && w.t.bodyEnd <= title.end) continue;
    // the person the entity stage found there, where it found one (رئيس حكومة إقليم كوردستان مسرور بارزاني: مسرور
    // بارزاني, not the words of the body before it)
    const person = personEnding(view, k);
    if (person !== null && person < k) return place(view, person, k + 1);
    // the surname alone there: the full name is further back
    if (person !== null) continue;
    let s = k;
    while (s > 0 && k - s < 3) {
      const p = ws[s - 1]!;
      // a verb with an object pronoun (وتراه) is no given name; a known given name in ه is (نبيه، طه)
      const known = gaz.given.has(p.core) || gaz.personWords.has(p.core);
      if (!p.word || p.al || p.conj || isFunction(p) || (isLexical(p) && !known) || p.t.kind !== 'word' || (/(ه|ها|هم)$/.test(p.t.text) && !known)) break;
      s--;
    }
    if (s < k) return place(view, s, k + 1);
  }
  return null;
}
