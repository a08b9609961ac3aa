/**
 * The units a page is cleaned in (lines of scraped text, or blocks extracted from HTML) and what each one looks
 * like on its own: its shape (length, script, final punctuation, a trailing credit) and its lexical cues.
 * Decisions that need context (repetition, position, topic) are made in structure.ts.
 */
import type { BlockRole } from '../../model/document.js';
import { OffsetText } from '../../model/offset-text.js';
import { countWords, scriptCounts } from '../../language/chars.js';
import { foldForComparison, normalize } from '../../language/normalize.js';
import { findFullDate } from '../../language/stamps.js';
import { HIJRI_MONTH_PATTERN } from '../../language/months.js';
import { FOOTER_CUES, GENERIC_CREDITS, PUBLISHED_LABELS, RELATED_CUES, SECTION_NAMES, UI_WORDS, UPDATED_LABELS } from './cues.js';

export type LineKind =
  | 'prose' // a paragraph of the article
  | 'heading' // a short unpunctuated line: headline, subheading, teaser title, label
  | 'caption' // a photo caption: a description ending in a credit (… (رويترز), …/ أ ف ب)
  | 'byline' // a name and a place: «المنبر» (القاهرة), اسم الكاتب (بغداد)
  | 'dateline' // a credit before the first paragraph: وكالات- المنبر: ، المنبر/..
  | 'published' // a publication stamp: تم النشر: 2024/01/25
  | 'updated' // an update stamp
  | 'date' // a bare date (and time) line: a site header, or the date under a headline
  | 'ui' // share buttons, menus, search boxes
  | 'related' // the heading of a related-articles block
  | 'footer' // copyright, contact links, "load more"
  | 'junk'; // stray tokens of a template (TT, |, …)

export interface Line {
  /** Position among the page's units. */
  index: number;
  /** The unit's trimmed text, mapped to the source. */
  view: OffsetText;
  text: string;
  /** Normalised, punctuation folded: for finding the same line printed twice. */
  fold: string;
  words: number;
  kind: LineKind;
  /** What the unit was in the HTML it was extracted from, when it was. */
  hint?: BlockRole;
  /** A prose unit shaped like a headline (a short question in an HTML `<p>`), read as one outside an article. */
  headlineShaped?: boolean;
  /** A related cue with the headline of its one link on the same line («اقرأ أيضا: …»). */
  inlineLink?: boolean;
  /** For stamps and date lines: the date the line gives (`YYYY-MM-DD`) and where. */
  date?: { value: string; start: number; end: number };
}

const SENTENCE_FINAL = /[.!?؟…۔]["'»”)\]]*$/;
/** A credit closing a caption: (رويترز) (أ.ف.ب) (إكس) or / رويترز, - أرشيفية, at most three words. */
const CREDIT_PARENS = /\(\s*[^()]{1,30}\s*\)\s*$/;
const CREDIT_SLASH = /[^\d\s/]\s*\/\s*[^\s/\d][^/]{0,30}$/;
const AUTHOR_CREDIT = /^\s*(كتب|كتبت|بقلم|إعداد|اعداد|تقرير|حوار|ترجمة|تحرير|تصوير|by)\s*[:：]?\s+\S/i;
/** A breadcrumb trail: الرئيسية › أخبار › سياسة */
const BREADCRUMB = /[›»>|/]/;
const TRAIL_SEPARATOR = /\s*[›»>|]\s*/;
const TRAIL_PART_WORDS = 3;

/**
 * The parts of a line shaped like a trail of section names (الأخبار | العالم العربي، سياسة › برلمان): two parts
 * or more between › » > |, each of one to three words, no digits, no sentence punctuation; else null.
 */
export function trailParts(text: string): string[] | null {
  if (!/[›»>|]/.test(text) || /[0-9٠-٩.،,:؟!?]/.test(text)) return null;
  const parts = text.split(TRAIL_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  return parts.every((p) => countWords(p) <= TRAIL_PART_WORDS) ? parts : null;
}

/** A trail whose first part, and most of the others, are section names or menu words: a breadcrumb anywhere. */
function isSectionTrail(text: string): boolean {
  const parts = trailParts(text);
  if (!parts) return false;
  const known = parts.map((p) => foldForComparison(p)).map((f) => SECTION_NAMES.has(f) || UI_WORDS.has(f));
  return known[0]! && 2 * known.filter(Boolean).length >= parts.length;
}
const ARCHIVE = /(أرشيفية|أرشيف|ارشيفية|ارشيف|صورة أرشيفية|صورة من الأرشيف)/;

/** Folded forms of the label lists, made once per list. */
const FOLDED_LABELS = new WeakMap<string[], string[]>();

function startsWithLabel(fold: string, labels: string[]): boolean {
  let folded = FOLDED_LABELS.get(labels);
  if (!folded) FOLDED_LABELS.set(labels, (folded = labels.map(foldForComparison)));
  return folded.some((f) => fold === f || fold.startsWith(f + ' '));
}

/**
 * True when, once its date, weekday, clock time and filler are gone, nothing of a line remains; the Hijri date a
 * Gulf paper prints beside the Gregorian one (الخميس 14 شعبان 1446هـ - 13 فبراير 2025م) is filler too.
 */
function isBareDate(text: string, date: { start: number; end: number }): boolean {
  const rest = normalize(text.slice(0, date.start) + ' ' + text.slice(date.end))
    .replace(HIJRI_MONTH_WORDS, ' ')
    // a date's own label (التاريخ: 06-08-2024) says it is a date, not whose: the line's place tells that
    .replace(/(التاريخ|بتاريخ|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|يوم|الساعه|بتوقيت|غرينتش|جرينتش|مكه|المكرمه|بغداد|القاهره|الموافق|gmt|utc|am|pm|ص|م|ه|هـ)/g, ' ')
    .replace(/[\d\s:.,\-/|()]+/g, '');
  return rest.length === 0;
}

const HIJRI_MONTH_WORDS = new RegExp(`(?:${HIJRI_MONTH_PATTERN})`, 'g');

/**
 * A relative stamp, with or without its label: منذ 5 ساعات، قبل ساعتين، نشر منذ يومين، آخر تحديث: منذ 10 دقائق. The
 * page says how old it was when read; with no date of reading, it gives no date.
 */
const RELATIVE_STAMP =
  /^(?:(?:تم النشر|نشر|نُشر|آخر تحديث|اخر تحديث|تحديث)\s*:?\s*)?(?:منذ|قبل)\s+(?:[\d٠-٩]+\s+)?(?:دقيقة|دقيقتين|دقائق|ثانية|ثوان|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر)$/;

/** A cue of two words or more and a headline after it, on one line: «اقرأ أيضا: …», «شاهد أيضاً | …». */
const INLINE_LINK = /^([^:：|»\-–—]{4,30}?)\s*[:：|»\-–—]\s*\S/;
const LINK_LINE_WORDS = 30;

function isInlineLink(text: string): boolean {
  const m = INLINE_LINK.exec(text);
  if (!m) return false;
  const cue = foldForComparison(m[1]!);
  return cue.includes(' ') && RELATED_CUES.has(cue);
}

/** What a unit is, judged on its own. */
export function classify(text: string, fold: string, words: number, hint?: BlockRole): { kind: LineKind; date?: Line['date']; inlineLink?: boolean } {
  const script = scriptCounts(text);
  const letters = script.arabic + script.latin;
  if (letters === 0 && script.digits === 0) return { kind: 'junk' };
  if (letters > 0 && letters <= 3 && script.arabic === 0 && script.digits === 0) return { kind: 'junk' };

  const dated = findFullDate(text);
  if (dated && words <= 14) {
    const date = { value: dated.value, start: dated.start, end: dated.end };
    if (startsWithLabel(fold, UPDATED_LABELS)) return { kind: 'updated', date };
    if (startsWithLabel(fold, PUBLISHED_LABELS)) return { kind: 'published', date };
    if (isBareDate(text, dated)) return { kind: 'date', date };
  }
  // a stamp that tells the age of the page when it was read (منذ 5 ساعات، قبل يومين), not a date
  if (words <= 6 && RELATIVE_STAMP.test(text.trim())) return { kind: startsWithLabel(fold, UPDATED_LABELS) ? 'updated' : 'published' };
  if (words <= 6 && RELATED_CUES.has(fold)) return { kind: 'related' };
  if (words <= LINK_LINE_WORDS && isInlineLink(text)) return { kind: 'related', inlineLink: true };
  if (words <= 8 && (FOOTER_CUES.has(fold) || [...FOOTER_CUES].some((c) => fold.includes(c) && c.split(' ').length >= 2) || /[©®]/.test(text))) {
    return { kind: 'footer' };
  }
  if (isUi(fold, script)) return { kind: 'ui' };
  if (words <= 10 && BREADCRUMB.test(text) && UI_WORDS.has(foldForComparison(text.split(BREADCRUMB)[0]!))) return { kind: 'ui' };
  if (words <= 12 && isSectionTrail(text)) return { kind: 'ui' };

  const final = SENTENCE_FINAL.test(text);
  // an author's credit: "كتب: فلان", "بقلم فلان", "إعداد: …"
  if (words <= 6 && AUTHOR_CREDIT.test(text)) return { kind: 'byline' };
  // "المنبر/ خاص", "خاص - المنبر", "متابعات/ المنبر": a short line one of whose parts is a generic credit
  if (words <= 5 && /[/\-–—|]/.test(text) && text.split(/\s*[/\-–—|:]\s*/).some((p) => GENERIC_CREDITS.has(foldForComparison(p)))) {
    return { kind: 'dateline' };
  }
  // a credit line before the first paragraph: "وكالات- المنبر:"، "المنبر/.."، "القاهرة - المنبر :"
  if (words <= 5 && !final && /(:|\/\s*\.{0,3}|\/\.\.|-)\s*$/.test(text) && script.arabic > 0) return { kind: 'dateline' };
  if (words <= 5 && /^[^.]{2,60}(\/\.\.|:)$/.test(text)) return { kind: 'dateline' };

  if (hint === 'caption') return { kind: 'caption' };
  const credited = CREDIT_PARENS.test(text) || CREDIT_SLASH.test(text) || ARCHIVE.test(text);
  if (credited && !final) {
    const before = text.replace(CREDIT_PARENS, '').replace(/\/[^/]*$/, '');
    const lead = countWords(before);
    if (lead <= 4 && /\(\s*[^()]{1,30}\s*\)\s*$/.test(text)) return { kind: 'byline' };
    if (lead >= 3) return { kind: 'caption' };
  }
  if (hint === 'heading' || hint === 'title') return { kind: 'heading' };
  if (!final && words <= 22) return { kind: 'heading' };
  // an HTML paragraph keeps its role here (a story's last paragraph may be a short question); outside an article
  // structure.ts reads it as the headline it looks like
  if (hint === undefined && isHeadlineShaped(text, words)) return { kind: 'heading' };
  return { kind: 'prose' };
}

/** A photo label opening a caption (الصورة: …، صورة أرشيفية -), in folded form; the repeat under the photo drops it. */
const CAPTION_LABEL = /^(?:الصوره|صوره|الصور|صور|photo)(?: ارشيفيه)?\s+/;

/** What two lines share when one repeats the other: the folded text, a caption less its photo label. */
export function repeatKey(line: Line): string {
  return line.kind === 'caption' ? line.fold.replace(CAPTION_LABEL, '') : line.fold;
}

/** A short exclamation or question with no comma: it reads as a headline; the header logic decides which. */
export function isHeadlineShaped(text: string, words: number): boolean {
  return words <= 16 && /[!?؟]["'»”]*$/.test(text) && !/[،,]/.test(text);
}

function isUi(fold: string, script: ReturnType<typeof scriptCounts>): boolean {
  if (UI_WORDS.has(fold)) return true;
  // a fold's words are separated by single spaces; a paragraph of prose is never split into its words here
  const count = foldWords(fold, 8);
  if (count > 8) return false;
  if (count && fold.split(' ').every((w) => UI_WORDS.has(w))) return true;
  // template text in Latin inside an Arabic page: "Close this search box.", "Skip to content"
  if (script.arabic === 0 && script.latin > 0 && count <= 6) return true;
  return false;
}

/** Words of a folded line (one space between words, none at the ends), counted up to `limit + 1`. */
function foldWords(fold: string, limit: number): number {
  if (!fold) return 0;
  let count = 1;
  for (let i = fold.indexOf(' '); i >= 0 && count <= limit; i = fold.indexOf(' ', i + 1)) count++;
  return count;
}

/** Splits scraped text into its non-blank lines (ended by LF, CRLF, a lone CR or U+2028/2029), trimmed, classified. */
export function linesOfText(source: string, start = 0, end = source.length): Line[] {
  const out: Line[] = [];
  const breaks = /\r\n?|[\n\u2028\u2029]/g;
  let i = start;
  while (i < end) {
    breaks.lastIndex = i;
    const m = breaks.exec(source);
    let j = m ? m.index : end;
    if (j > end) j = end;
    const next = m && m.index < end ? m.index + m[0].length : end;
    let s = i;
    let e = j;
    while (s < e && /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/.test(source[s]!)) s++;
    while (e > s && /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/.test(source[e - 1]!)) e--;
    if (e > s) out.push(makeLine(out.length, OffsetText.slice(source, s, e)));
    i = next;
  }
  return out;
}

/** A unit from an already mapped view (an HTML block). */
export function makeLine(index: number, view: OffsetText, hint?: BlockRole): Line {
  const text = view.text;
  const fold = foldForComparison(text);
  const words = countWords(text);
  const { kind, date, inlineLink } = classify(text, fold, words, hint);
  const line: Line = { index, view, text, fold, words, kind };
  if (inlineLink) line.inlineLink = true;
  if (hint) line.hint = hint;
  if (kind === 'prose' && isHeadlineShaped(text, words)) line.headlineShaped = true;
  if (date) line.date = date;
  return line;
}
