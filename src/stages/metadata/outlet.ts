/**
 * Which outlet published an article, from what the page says of itself, strongest evidence first:
 * 1. declared by the input (a JSONL field, the page's og:site_name);
 * 2. a dateline credit before the first paragraph (وكالات- المنبر:، المنبر/..، القاهرة - المنبر:);
 * 3. a name line in the header beside a stamp (the headline, then «المنبر», then «تم النشر: …»);
 * 4. the outlet naming itself in the text: a source speaking "to" it (قال مصدر لـ«المنبر»), not to an agency;
 * 5. bylines of the site's own teasers around the article («المنبر» (القاهرة));
 * 6. the holder of the page's copyright line (جميع الحقوق محفوظة لموقع …);
 * 7. the masthead: the first short label above the headline that is no section, menu, place or agency name.
 */
import type { Doc, Evidence, Furniture } from '../../model/document.js';
import { foldForComparison, normalize } from '../../language/normalize.js';
import { agencyOf, DATELINE_PLACES } from '../../knowledge/index.js';
import { GENERIC_CREDITS, SECTION_NAMES, UI_WORDS } from '../clean/cues.js';
import { holderOf } from '../../language/copyright.js';
import { MONTHS, WEEKDAYS } from '../../language/months.js';

/** Words that publications put in their names. */
const MEDIA_WORDS = ['بوابه', 'صوت', 'نيوز', 'بوست', 'الاخباري', 'الاخباريه', 'اليوم', 'تايمز', 'موقع', 'شبكه', 'صحيفه', 'جريده', 'قناه', 'اخبار', 'الخبر', 'برس', 'ميديا', 'انفو', 'تي في', '24', 'الجديد', 'العربي', 'الان', 'نت', 'اونلاين'].map(normalize);

const SELF_REFERENCE = /(?:^|[\s(])ل[ـ\u0640]*\s*[«"“(]\s*([^»"”()\n]{2,30}?)\s*[»"”)]/g;
const BYLINE_NAME = /^[«"“]\s*([^»"”]{2,30}?)\s*[»"”]\s*\(/;

export function findOutlet(doc: Readonly<Doc>): Evidence<string> | null {
  // one page, one publisher: a later article is the outlet's that the page's header names with the first one
  const page = doc.firstOnPage && outletOf(doc.firstOnPage);
  return page ? { ...page, by: `page:${page.by}` } : outletOf(doc);
}

function outletOf(doc: Readonly<Doc>): Evidence<string> | null {
  const declared = doc.source.declared.outlet;
  if (declared) return { value: declared, span: null, by: 'declared' };
  return fromDateline(doc) ?? fromNameLine(doc) ?? fromSelfReference(doc) ?? fromTeaserBylines(doc) ?? fromCopyright(doc) ?? fromMasthead(doc);
}

/** Strips quotes and punctuation around a candidate name; null when nothing name-like is left. */
function cleanName(s: string): string | null {
  const name = s.replace(/^[\s«"“(\-–—:/.]+|[\s»"”)\-–—:/.]+$/g, '').trim();
  if (name.length < 2 || /^\d+$/.test(name) || name.split(/\s+/).length > 4) return null;
  return name;
}

/** A generic credit, a place or (unless `agencies` is false) a wire agency: never the outlet's own name. */
function isGeneric(name: string, agencies = true): boolean {
  const f = foldForComparison(name);
  return GENERIC_CREDITS.has(f) || DATELINE_PLACES.has(normalize(name)) || (agencies && agencyOf(name) !== null);
}

function evidenceIn(doc: Readonly<Doc>, f: Furniture, name: string, by: string): Evidence<string> {
  const at = doc.source.text.indexOf(name, f.start);
  const span = at >= 0 && at + name.length <= f.end ? { start: at, end: at + name.length } : null;
  return { value: name, span, by };
}

function fromDateline(doc: Readonly<Doc>): Evidence<string> | null {
  for (const f of doc.furniture) {
    if (f.kind !== 'dateline') continue;
    const name = creditParts(f.text).pop();
    if (name) return evidenceIn(doc, f, name, 'dateline');
  }
  return null;
}

/**
 * The parts of a credit line (القاهرة - المنبر، وكالات/ المنبر، بغداد (رويترز) -) that are neither a place, an agency
 * nor a generic credit.
 */
function creditParts(text: string): string[] {
  return text.split(/\s*[-–—/|:()]\s*/).map(cleanName).filter((p): p is string => !!p && !isGeneric(p));
}

/**
 * The parts that may name the outlet of a line shaped like a credit, two parts or more about a dash (بغداد –
 * الرافد، الرياض – واس); null for a line of another shape.
 */
function creditSplit(text: string): string[] | null {
  if (!/\s[-–—/|]\s/.test(text)) return null;
  const parts = text.split(/\s*[-–—/|:]\s*/).map(cleanName).filter((p): p is string => !!p);
  return parts.length > 1 ? creditParts(text) : null;
}

/** The outlet of a line shaped like a credit, a place or generic credit beside it (بغداد – الرافد); else null. */
function creditName(text: string): string | null {
  const kept = creditSplit(text);
  return kept?.length === 1 ? kept[0]! : null;
}

/** A line shaped like a credit whose every part is a place, an agency or a generic credit (القاهرة - وكالات). */
function creditOnly(text: string): boolean {
  return creditSplit(text)?.length === 0;
}

/**
 * A short line under the headline that names the outlet: beside a stamp (the masthead line of a dated page), or
 * worded like a publication (بوابة، نيوز، بوست، الإخباري …). An author's name in the same place has neither.
 */
function fromNameLine(doc: Readonly<Doc>): Evidence<string> | null {
  const headline = doc.blocks.find((b) => b.role === 'title');
  const title = headline ? doc.body.toSource(headline.start, headline.end)[0] : doc.span.start;
  const header = doc.furniture.filter((f) => f.start < doc.span.end);
  for (let i = 0; i < header.length; i++) {
    const f = header[i]!;
    if (f.kind !== 'label' || f.start < title) continue;
    const near = [header[i - 1], header[i + 1]].some((g) => g && ['published', 'updated', 'date'].includes(g.kind));
    // «بغداد – الرافد»: a place and the outlet, as a dateline gives them; a place and a wire agency (الرياض – واس)
    // credit the agency's copy and name no outlet
    if (creditOnly(f.text)) continue;
    const name = creditName(f.text) ?? cleanName(f.text);
    if (!name || isGeneric(name)) continue;
    if (near || MEDIA_WORDS.some((w) => normalize(name).split(/\s+/).includes(w))) return evidenceIn(doc, f, name, 'name-line');
  }
  return null;
}

function fromSelfReference(doc: Readonly<Doc>): Evidence<string> | null {
  const counts = new Map<string, { n: number; start: number; name: string }>();
  const text = doc.body.text;
  for (const m of text.matchAll(SELF_REFERENCE)) {
    const name = cleanName(m[1]!);
    if (!name || agencyOf(name) || isGeneric(name)) continue;
    const key = normalize(name);
    const at = m.index! + m[0].indexOf(m[1]!);
    const seen = counts.get(key);
    if (seen) seen.n++;
    else counts.set(key, { n: 1, start: at, name });
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.start - b.start)[0];
  if (!best) return null;
  const [start, end] = doc.body.toSource(best.start, best.start + best.name.length);
  return { value: best.name, span: { start, end }, by: 'self-reference' };
}

function fromTeaserBylines(doc: Readonly<Doc>): Evidence<string> | null {
  const counts = new Map<string, { n: number; f: Furniture; name: string }>();
  for (const f of doc.furniture) {
    const m = BYLINE_NAME.exec(f.text);
    const name = m && cleanName(m[1]!);
    if (!name || isGeneric(name)) continue;
    const key = normalize(name);
    const seen = counts.get(key);
    if (seen) seen.n++;
    else counts.set(key, { n: 1, f, name });
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best ? evidenceIn(doc, best.f, best.name, 'teaser-byline') : null;
}

/** A name ending in a number of two or three digits (كوردستان 24، عربي21): a site's name, not a date or a count. */
const NUMBERED_NAME = /^[^0-9٠-٩]*\p{L}\s?[0-9٠-٩]{2,3}$/u;

/** `text` is such a name; a day and its weekday or month (الخميس 12، أيار 15) is a piece of a date. */
function numberedName(text: string): boolean {
  const t = text.trim();
  if (!NUMBERED_NAME.test(t)) return false;
  return !normalize(t).split(/[\s0-9٠-٩]+/).some((w) => WEEKDAYS.has(w) || MONTHS.has(w));
}

/** Words of a masthead at most: a site's name is short, a teaser or a slogan is not. */
const MASTHEAD_WORDS = 4;

/**
 * The site's name printed above the headline, as scraped pages begin (صوت الخليج، then a section, then the
 * headline): the first label line before the headline that is a name, not a section (أخبار، العالم العربي), a
 * menu word, a place or an agency, and carries no separators and no digits but a number ending the name
 * (فرانس 24). Weakest of the signs, so it only answers when nothing else does.
 */
function fromMasthead(doc: Readonly<Doc>): Evidence<string> | null {
  const headline = doc.blocks.find((b) => b.role === 'title');
  if (!headline) return null;
  const [title] = doc.body.toSource(headline.start, headline.end);
  for (const f of doc.furniture) {
    if (f.start >= title!) break;
    if (f.kind !== 'label') continue;
    if (/[|›»>/:،,.!?؟()«»"“”]/.test(f.text) || (/[0-9٠-٩]/.test(f.text) && !numberedName(f.text))) continue;
    const name = cleanName(f.text);
    // an agency's name atop the page is the agency's own page: there it is the outlet, not a wire it credits
    if (!name || name.split(/\s+/).length > MASTHEAD_WORDS || isGeneric(name, false)) continue;
    const fold = foldForComparison(name);
    if (SECTION_NAMES.has(fold) || UI_WORDS.has(fold) || fold.split(' ').every((w) => SECTION_NAMES.has(w) || UI_WORDS.has(w))) continue;
    return evidenceIn(doc, f, name, 'masthead');
  }
  return null;
}

function fromCopyright(doc: Readonly<Doc>): Evidence<string> | null {
  for (const f of doc.furniture) {
    if (f.kind !== 'footer') continue;
    const name = holderOf(f.text);
    if (name && !isGeneric(name)) return evidenceIn(doc, f, name, 'copyright');
  }
  return null;
}
