/**
 * The finders of entity mentions in one document, each proposing candidates over token ranges:
 * - the gazetteer (longest match of the clitic-split, normalised words; ambiguous aliases only beside a cue);
 * - titles and the names they introduce (وزير الخارجية العراقي فؤاد حسين → a PERSON with a role);
 * - ministries and state institutions qualified by a nationality (وزارة الخارجية العراقية، الخارجية العراقية);
 * - organisations named by a head noun and its definite complement (اللجنة العسكرية العليا);
 * - bases named after قاعدة.
 * The stage (mentions.ts) arbitrates between them and resolves short references.
 */
import { writesAlaWithMaqsura } from '../../language/stopwords.js';
import { keyWords, type AliasHit, type EntityType, type Gazetteer, type GazetteerEntry, type WordTrie } from '../../knowledge/gazetteer/index.js';
import { MONTHS } from '../../language/months.js';
import { normalize } from '../../language/normalize.js';
import { isDictionaryWord } from '../../ner/known-words.js';
import { knownWords } from '../../ner/known-words-file.js';
import { orthoKey, sameForeignWord } from './keys.js';
import {
  isDefinite,
  isParen,
  isPunct,
  isQuote,
  isSeparator,
  isStopword,
  adjacent,
  isWord,
  previousWordToken,
  type Form,
  type TokenView,
} from './view.js';

export type FoundBy =
  | 'gazetteer'
  | 'title'
  | 'ministry'
  | 'institution'
  | 'organisation'
  | 'base'
  | 'site'
  | 'outlet'
  | 'tagger'
  | 'surname'
  | 'repeat'
  | 'acronym';

export interface Candidate {
  /** Tokens `[i, j)`; the name starts in token i after the proclitics of `form`. */
  i: number;
  j: number;
  form: Form | undefined;
  type: EntityType;
  /** Resolution key: `g:<id>` for a gazetteer entry, `ministry:<portfolio>:<country>`, `p:<name>`… */
  key: string;
  name: string;
  by: FoundBy;
  priority: number;
  entry?: GazetteerEntry;
  roles: string[];
  /** Kept only if the corpus confirms it (a surname whose full name is named elsewhere, an acronym defined elsewhere). */
  weak?: boolean;
  /** A single-word person name found after a title, resolved against full names later. */
  single?: boolean;
  words: string[];
  /** Keys of the names a double name joins, each the same referent (معبر جابر - نصيب: معبر جابر، معبر نصيب). */
  parts?: string[];
}

export interface Match<T> {
  j: number;
  hits: T[];
  form: Form;
}

/** Tokens a multi-word name may run across: quotation marks (“الخارجية” العراقية) and the dots of أ.ف.ب. */
function skippable(v: TokenView, i: number): boolean {
  return isQuote(v, i) || v.key[i] === '.';
}

/** Every end of a phrase of `root` that starts at token i (any reading of its proclitics), shortest first. */
export function walk<T>(v: TokenView, i: number, root: WordTrie<T>, readings = v.forms[i] ?? NO_FORMS): ReadonlyArray<Match<T>> {
  let out: Array<Match<T>> | null = null;
  for (const form of readings) out = walkReading(v, i, root, form, out);
  if (!out) return NO_MATCHES;
  return out.length > 1 ? out.sort((a, b) => a.j - b.j) : out;
}

/**
 * Pushes onto `out` every end of a phrase of `root` at token i under one reading, shortest first; `out` is made
 * when the reading begins a phrase (null: it begins none and none was made before).
 */
function walkReading<T>(v: TokenView, i: number, root: WordTrie<T>, form: Form, out: Array<Match<T>> | null): Array<Match<T>> | null {
  let node = root.next.get(form.form);
  if (!node) return out;
  out ??= [];
  if (node.hits.length) out.push({ j: i + 1, hits: node.hits, form });
  let k = i + 1;
  for (;;) {
    let m = k;
    while (m < v.n && skippable(v, m) && v.sentence[m] === v.sentence[i]) m++;
    if (m >= v.n || v.sentence[m] !== v.sentence[i]) break;
    const child: WordTrie<T> | undefined = node.next.get(v.key[m]!);
    if (!child) break;
    node = child;
    k = m + 1;
    if (node.hits.length) out.push({ j: k, hits: node.hits, form });
  }
  return out;
}

/** What most tokens match: one shared, frozen list instead of a new empty one per token. */
const NO_MATCHES: ReadonlyArray<never> = Object.freeze([]);
const NO_FORMS: Form[] = [];

// ---- where phrases start -------------------------------------------------------------------------------------

/**
 * The word lists of the gazetteer a finder asks about at (nearly) every token: the first words of its phrase tries
 * and the title words it looks up by reading. A token's readings are looked up once for all of them (a bit each),
 * so the finders skip a token that starts nothing without a lookup of their own.
 */
const NAMES = 1;
const STANDALONE = 2;
const HONORIFICS = 4;
const PORTFOLIOS = 8;
const INSTITUTIONS = 16;
const RELATIONAL = 32;
const HEADS = 64;
const ORG_HEADS = 128;
/** وزارة (not الوزارة) under a proclitic or none: a ministry's head noun. */
const MINISTRY = 256;

/** The lists (bits above) that a reading begins. */
function firstWordBits(gaz: Gazetteer, f: Form): number {
  const t = gaz.titles;
  const w = f.form;
  return (
    (f.stem === 'وزاره' && !f.article ? MINISTRY : 0) |
    (gaz.names.next.has(w) ? NAMES : 0) |
    (t.standalone.next.has(w) ? STANDALONE : 0) |
    (t.honorifics.next.has(w) ? HONORIFICS : 0) |
    (t.portfolios.next.has(w) ? PORTFOLIOS : 0) |
    (t.institutions.next.has(w) ? INSTITUTIONS : 0) |
    (t.relational.has(w) ? RELATIONAL : 0) |
    (t.heads.has(w) ? HEADS : 0) |
    (t.orgHeads.has(w) ? ORG_HEADS : 0)
  );
}

/**
 * One document's phrase starts under one gazetteer: per token, the lists any reading begins (`any`) and the ones
 * its first (safe) reading begins (`first`); and the gazetteer walk of each token, made once for every finder
 * that asks (the gazetteer, places and bodies inside titles and patterns, people after titles).
 */
interface Starts {
  v: TokenView;
  gaz: Gazetteer;
  any: Uint16Array;
  first: Uint16Array;
  names: Array<ReadonlyArray<Match<AliasHit>> | undefined>;
  /** placeOrOrgAt of each token (UNSEEN: not asked yet). */
  placeOrOrg: Int32Array;
}

const UNSEEN = -2;

/** The document the finders are reading: they run one after the other over one view. */
let current: Starts | null = null;

function starts(v: TokenView, gaz: Gazetteer): Starts {
  if (current !== null && current.v === v && current.gaz === gaz) return current;
  const any = new Uint16Array(v.n);
  const first = new Uint16Array(v.n);
  for (let i = 0; i < v.n; i++) {
    // a word's bits are kept with its cached readings; a number's or Latin word's are worked out each time
    const facts = v.facts[i];
    if (facts && facts.owner === gaz) {
      any[i] = facts.any;
      first[i] = facts.first;
      continue;
    }
    const readings = v.forms[i]!;
    let bits = 0;
    for (let r = 0; r < readings.length; r++) {
      const b = firstWordBits(gaz, readings[r]!);
      if (r === 0) first[i] = b;
      bits |= b;
    }
    any[i] = bits;
    if (facts) {
      facts.owner = gaz;
      facts.any = bits;
      facts.first = first[i]!;
    }
  }
  return (current = { v, gaz, any, first, names: new Array(v.n), placeOrOrg: new Int32Array(v.n).fill(UNSEEN) });
}

/** Whether some reading of token i begins one of `lists` (bits above). */
function beginsAny(v: TokenView, gaz: Gazetteer, i: number, lists: number): boolean {
  return i >= 0 && i < v.n && (starts(v, gaz).any[i]! & lists) !== 0;
}

/** The gazetteer phrases at token i under any reading (walk over gaz.names), made once per token. */
function namesAt(v: TokenView, gaz: Gazetteer, i: number): ReadonlyArray<Match<AliasHit>> {
  if (i < 0 || i >= v.n) return NO_MATCHES;
  const s = starts(v, gaz);
  if ((s.any[i]! & NAMES) === 0) return NO_MATCHES;
  return (s.names[i] ??= walk(v, i, gaz.names));
}

/** The phrases of `root` (list `list` of the bits above) at token i under any reading. */
function phrasesAt<T>(v: TokenView, gaz: Gazetteer, i: number, root: WordTrie<T>, list: number): ReadonlyArray<Match<T>> {
  return beginsAny(v, gaz, i, list) ? walk(v, i, root) : NO_MATCHES;
}

/** The longest phrase of `root` (list `list`) at token i under any reading, or null. */
function longestAt<T>(v: TokenView, gaz: Gazetteer, i: number, root: WordTrie<T>, list: number): Match<T> | null {
  const all = phrasesAt(v, gaz, i, root, list);
  return all.length ? all[all.length - 1]! : null;
}

/** The phrases of `root` (list `list`) at token i under its first reading alone, shortest first. */
function firstReadingAt<T>(v: TokenView, gaz: Gazetteer, i: number, root: WordTrie<T>, list: number): ReadonlyArray<Match<T>> {
  if (i < 0 || i >= v.n || (starts(v, gaz).first[i]! & list) === 0) return NO_MATCHES;
  const out = walkReading(v, i, root, v.forms[i]![0]!, null);
  return out?.length ? out : NO_MATCHES;
}

/** The longest phrase of `root` (list `list`) at token i under its first reading, or null. */
function longestFirstAt<T>(v: TokenView, gaz: Gazetteer, i: number, root: WordTrie<T>, list: number): Match<T> | null {
  const all = firstReadingAt(v, gaz, i, root, list);
  return all.length ? all[all.length - 1]! : null;
}

/** The longest portfolio (وزارة «الخارجية», وزير الموارد المائية) at token i under any reading, or null. */
export function portfolioAt(v: TokenView, gaz: Gazetteer, i: number): Match<{ id: string; display: string }> | null {
  return longestAt(v, gaz, i, gaz.titles.portfolios, PORTFOLIOS);
}

/** The entity key of a gazetteer entry: ministries share their key with the ministries the pattern finds. */
export function entryKey(e: GazetteerEntry): string {
  return e.id.startsWith('ministry:') ? e.id : `g:${e.id}`;
}

/** Normalised words of tokens [i, j): the first as read under `form` (article kept, proclitics off). */
export function wordsOf(v: TokenView, i: number, j: number, form: Form | undefined): string[] {
  const out: string[] = [];
  for (let k = i; k < j; k++) {
    if (isPunct(v, k)) continue;
    out.push(k === i && form ? form.form : v.key[k]!);
  }
  return out;
}

// ---- gazetteer ---------------------------------------------------------------------------------------------

export function cueFits(v: TokenView, gaz: Gazetteer, i: number, j: number, entry: GazetteerEntry): boolean {
  // quotes vouch for a body's name (كتائب «الحرة»), not for a place's: «فيكتوريا» may be anything
  if (entry.type !== 'LOC' && (isQuote(v, i - 1) || isParen(v, i - 1)) && (isQuote(v, j) || isParen(v, j))) return true;
  const p = previousWordToken(v, i);
  if (p < 0 || !isWord(v, p)) return false;
  const cues =
    entry.kind === 'outlet' || entry.kind === 'agency' ? gaz.titles.cues.outlet : entry.type === 'LOC' ? gaz.titles.cues.place : gaz.titles.cues.group;
  return (v.forms[p] ?? []).some((f) => cues.has(f.stem) || cues.has(f.form));
}

export interface GazetteerFinds {
  found: Candidate[];
  /** Short aliases (التحالف), usable once the document names their entry in full. */
  short: Candidate[];
}

export function findGazetteer(v: TokenView, gaz: Gazetteer): GazetteerFinds {
  const found: Candidate[] = [];
  const short: Candidate[] = [];
  for (let i = 0; i < v.n; i++) {
    if (isPunct(v, i)) continue;
    for (const m of namesAt(v, gaz, i)) {
      const len = m.j - i;
      for (const hit of m.hits) {
        const c = gazetteerCandidate(v, i, m, hit, len);
        if (hit.mode === 'short') short.push(c);
        else if (hit.mode === 'full') found.push(c);
        else if (cueFits(v, gaz, i, m.j, hit.entry)) {
          // an ambiguous alias that its cue vouches for outranks a plain reading of the same words
          c.priority += 5;
          found.push(c);
        }
      }
    }
    // a known person's first word is the first word of a gazetteer name: most tokens begin none
    if ((starts(v, gaz).any[i]! & NAMES) !== 0) transliteratedPeople(v, gaz, i, found);
  }
  return { found, short };
}

interface PersonAlias {
  words: string[];
  entry: GazetteerEntry;
}

const personIndexCache = new WeakMap<Gazetteer, Map<string, PersonAlias[]>>();

/** The multi-word full aliases of the gazetteer's people, by their first word. */
function personIndex(gaz: Gazetteer): Map<string, PersonAlias[]> {
  let index = personIndexCache.get(gaz);
  if (index) return index;
  index = new Map();
  const visit = (node: WordTrie<AliasHit>, path: string[]) => {
    for (const h of node.hits) {
      if (h.entry.type !== 'PERSON' || h.mode !== 'full' || path.length < 2) continue;
      const list = index!.get(path[0]!) ?? [];
      list.push({ words: path, entry: h.entry });
      index!.set(path[0]!, list);
    }
    for (const [w, child] of node.next) visit(child, [...path, w]);
  };
  visit(gaz.names, []);
  personIndexCache.set(gaz, index);
  return index;
}

/**
 * A known person's name in a transliteration the gazetteer does not list (أنتوني بلنكن for بلينكن، إيمانويل
 * ماكرن): the first word exactly as listed, every other word the same word or the same transliteration
 * (keys.ts sameForeignWord, never for Arabic given names or surnames with the article). The candidates starting at
 * token i are pushed onto `out`.
 */
function transliteratedPeople(v: TokenView, gaz: Gazetteer, i: number, out: Candidate[]): void {
  if (!isWord(v, i)) return;
  const index = personIndex(gaz);
  for (const form of v.forms[i]!) {
    for (const alias of index.get(form.form) ?? []) {
      const j = i + alias.words.length;
      if (j > v.n) continue;
      let ok = true;
      let exact = 1;
      for (let k = i + 1; k < j && ok; k++) {
        const w = v.key[k]!;
        const want = alias.words[k - i]!;
        if (!isWord(v, k) || v.sentence[k] !== v.sentence[i] || v.forms[k]![0]!.lead.length) ok = false;
        else if (w === want) exact++;
        else if (!sameForeignWord(w, want, gaz.given)) ok = false;
      }
      // all words exact is the gazetteer's own match
      if (!ok || exact === alias.words.length) continue;
      const m: Match<AliasHit> = { j, hits: [], form };
      const c = gazetteerCandidate(v, i, m, { entry: alias.entry, mode: 'full', alias: alias.words.join(' ') }, j - i);
      c.priority -= 1;
      out.push(c);
    }
  }
}

function gazetteerCandidate(v: TokenView, i: number, m: Match<AliasHit>, hit: AliasHit, len: number): Candidate {
  return {
    i,
    j: m.j,
    form: m.form,
    type: hit.entry.type,
    key: entryKey(hit.entry),
    name: hit.entry.name,
    by: 'gazetteer',
    priority: len > 1 ? 100 + len : 70,
    entry: hit.entry,
    roles: [],
    words: wordsOf(v, i, m.j, m.form),
  };
}

/** A gazetteer entity (not a person) that starts at token i, under any reading; its end or -1. */
function placeOrOrgAt(v: TokenView, gaz: Gazetteer, i: number): number {
  if (i >= v.n || !beginsAny(v, gaz, i, NAMES)) return -1;
  const s = starts(v, gaz);
  if (s.placeOrOrg[i] !== UNSEEN) return s.placeOrOrg[i]!;
  return (s.placeOrOrg[i] = placeOrOrgAtUncached(v, gaz, i));
}

function placeOrOrgAtUncached(v: TokenView, gaz: Gazetteer, i: number): number {
  let end = -1;
  for (const m of namesAt(v, gaz, i)) {
    if (m.hits.some((h) => h.entry.type !== 'PERSON' && (h.mode === 'full' || (h.mode === 'cued' && cueFits(v, gaz, i, m.j, h.entry))))) end = m.j;
  }
  return end;
}

/**
 * The end of a place named with its kind at token i (محافظة البصرة، قضاء الزبير), where the list holds the name
 * alone; or -1.
 */
function placeWithKindAt(v: TokenView, gaz: Gazetteer, i: number): number {
  if (i + 1 >= v.n || v.sentence[i + 1] !== v.sentence[i]) return -1;
  if (!(v.forms[i] ?? []).some((f) => !f.lead.length && !f.article && gaz.titles.cues.place.has(f.form))) return -1;
  const end = placeOrOrgAt(v, gaz, i + 1);
  return end > i + 1 ? end : -1;
}

/** The end of any gazetteer place or body at token i under the given readings, cue or no cue; or -1. */
function anyNameAt(v: TokenView, gaz: Gazetteer, i: number, readings: Form[] | undefined): number {
  if (!readings?.length || !beginsAny(v, gaz, i, NAMES)) return -1;
  let end = -1;
  for (const m of readings === v.forms[i] ? namesAt(v, gaz, i) : walk(v, i, gaz.names, readings)) if (m.hits.some((h) => h.entry.type !== 'PERSON' && h.mode !== 'short')) end = m.j;
  return end;
}

function personAt(v: TokenView, gaz: Gazetteer, i: number): Match<AliasHit> | null {
  let best: Match<AliasHit> | null = null;
  for (const m of firstReadingAt(v, gaz, i, gaz.names, NAMES)) {
    if (m.hits.some((h) => h.entry.type === 'PERSON' && h.mode === 'full')) best = m;
  }
  return best;
}

// ---- titles and names --------------------------------------------------------------------------------------

export interface TitleParse {
  i: number;
  /** First token after the title (its modifiers, nationality and place included). */
  end: number;
  /** Whether it names a position (نظيره does not). */
  role: boolean;
  nationality: string | null;
  /** Token of the nationality adjective (الأردني), or -1. */
  nationalityAt: number;
  /** First token after the title's head, complement, modifiers and nationality: where a place or employer may follow. */
  coreEnd: number;
  complement: boolean;
  form: Form | undefined;
}

function nationalityOf(v: TokenView, gaz: Gazetteer, k: number): string | null {
  if (!isWord(v, k)) return null;
  const f = v.forms[k]![0];
  return (f && gaz.nisba.get(f.form)) || null;
}

function portfolioStems(gaz: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const k of gaz.titles.portfolios.next.keys()) out.add(k.startsWith('ال') ? k.slice(2) : k);
  return out;
}

const stemCache = new WeakMap<Gazetteer, Set<string>>();

function isTitleWord(gaz: Gazetteer, w: string): boolean {
  return gaz.titles.heads.has(w) || gaz.titles.standalone.next.has(w) || gaz.titles.relational.has(w) || gaz.titles.honorifics.next.has(w);
}

/** A title at token i: a head and its complement, or a standalone title, then nationality, modifiers, place. */
export function parseTitle(v: TokenView, gaz: Gazetteer, i: number): TitleParse | null {
  // a title begins with a relational word, a standalone title or a head noun (under some reading)
  if (!isWord(v, i) || !beginsAny(v, gaz, i, RELATIONAL | STANDALONE | HEADS)) return null;
  const t = gaz.titles;
  const stems = stemCache.get(gaz) ?? (stemCache.set(gaz, portfolioStems(gaz)), stemCache.get(gaz)!);
  const readings = v.forms[i]!;
  let k: number;
  let role = true;
  let need = false;
  let standalone = false;
  let form: Form | undefined;
  const rel = beginsAny(v, gaz, i, RELATIONAL) ? readings.find((f) => t.relational.has(f.form)) : undefined;
  const st = rel ? null : longestAt(v, gaz, i, t.standalone, STANDALONE);
  if (rel) {
    role = false;
    k = i + 1;
    form = rel;
  } else if (st) {
    k = st.j;
    standalone = true;
    form = st.form;
    // a definite descriptor after a definite noun is its adjective (الوضع السياسي), not a title
    const p = i - 1;
    if (st.form.article && p >= 0 && isWord(v, p) && v.sentence[p] === v.sentence[i] && isDefinite(v, p) && !isStopword(v, p) && !isTitleWord(gaz, v.key[p]!)) return null;
  } else {
    form = readings.find((f) => t.heads.has(f.form));
    if (!form) return null;
    k = i + 1;
    need = true;
  }
  let complement = false;
  let construct = false;
  let nationality: string | null = null;
  let nationalityAt = -1;
  while (k < v.n && v.sentence[k] === v.sentence[i]) {
    if (isQuote(v, k) && isWord(v, k + 1)) {
      k++;
      continue;
    }
    if (!isWord(v, k)) break;
    const w = v.key[k]!;
    if (t.heads.has(w) && (need || k === i + 1)) {
      k++;
      need = true;
      continue;
    }
    if (/^باسم(ه|ها|هم|هما)$/.test(w)) {
      // المتحدث باسمها: the body was named before
      k++;
      need = false;
      complement = true;
      break;
    }
    if (w === 'باسم') {
      k++;
      need = true;
      construct = true;
      continue;
    }
    if (need) {
      const end = placeOrOrgAt(v, gaz, k);
      if (end > k) {
        k = end;
        need = false;
        complement = true;
        continue;
      }
      if (t.orgHeads.has(w) || stems.has(w) || FIELD_NOUNS.has(w)) {
        // a definite body completes the title (مدير الشركة، رئيس الهيئة): what follows is no proper name of it,
        // but the person's (رئيس الهيئة ليلى العباسي); an indefinite one awaits its name (باسم حركة طالبان)
        if (isDefinite(v, k) && !v.forms[k]![0]!.lead.length) {
          k++;
          need = false;
          complement = true;
          continue;
        }
        k++;
        construct = true;
        continue;
      }
      // an indefinite noun in a construct chain before a definite word (أستاذ هيدرولوجيا الأنهار)
      if (!isDefinite(v, k) && !isStopword(v, k) && !v.forms[k]![0]!.lead.length && k + 1 < v.n && isDefinite(v, k + 1) && !isStopword(v, k + 1) && nameLikeWord(gaz, w)) {
        k++;
        construct = true;
        continue;
      }
      // the proper name of a body after its construct noun (المتحدث باسم حركة طالبان، باسم رابطة البنوك)
      if (construct && !isDefinite(v, k) && !isStopword(v, k) && !v.forms[k]![0]!.lead.length) {
        k++;
        need = false;
        complement = true;
        continue;
      }
    }
    if (isDefinite(v, k) && !isStopword(v, k) && !(v.forms[k]![0]!.lead.some((p) => p !== 'و'))) {
      const nat = nationalityOf(v, gaz, k);
      if (nat) {
        nationality = nat;
        nationalityAt = k;
        k++;
        break;
      }
      // a rank is the complement of a head that needs one (قائد الفريق); a descriptor in ي is an adjective
      // (المحلل السياسي); any other title word ends the title
      const adjective = /يه?$/.test(w) && t.standalone.next.has(w) && !t.heads.has(w);
      if (t.modifiers.has(w) || (isTitleWord(gaz, w) && !adjective && !(need && t.honorifics.next.has(w) && !t.standalone.next.has(w)))) break;
      // a name with the article (الأمير الوليد بن طلال، الرئيس الحسين) is the name, not the complement
      if (gaz.given.has(w) || (complement && gaz.personWords.has(w))) break;
      k++;
      complement = true;
      need = false;
      continue;
    }
    break;
  }
  if (need && !standalone) return null;
  // modifiers (الأسبق، السابق) and a nationality not yet seen, in either order
  while (k < v.n && isWord(v, k)) {
    const w = v.key[k]!;
    if (t.modifiers.has(w)) {
      k++;
      continue;
    }
    const nat = nationality ? null : nationalityOf(v, gaz, k);
    if (nat) {
      nationality = nat;
      nationalityAt = k;
      k++;
      continue;
    }
    break;
  }
  const coreEnd = k;
  // where or of what: a place or a body (السفيرة الأميركية في بغداد، سفير الولايات المتحدة لدى العراق، القيادي
  // بحماس), a field (الباحث في الشؤون الأفريقية، الباحث الإثيوبي في شؤون القرن الأفريقي), an employer (المدير
  // الفني للشروق، أستاذ هندسة الري بجامعة القاهرة)
  const represents = !!form && REPRESENTATIVES.has(form.form);
  const envoy = !!form && ENVOYS.has(form.stem);
  for (let round = 0; round < 2 && k < v.n && isWord(v, k) && v.sentence[k] === v.sentence[i]; round++) {
    const next = prepositionalComplement(v, gaz, k, represents && round === 0, envoy && round === 0);
    if (next <= k) break;
    k = next;
  }
  return { i, end: k, role, nationality, nationalityAt, coreEnd, complement, form };
}

/** A word that may be a noun of a title's complement: not a given name, a person's name or a title word. */
function nameLikeWord(gaz: Gazetteer, w: string): boolean {
  return !gaz.given.has(w) && !gaz.personWords.has(w) && !isTitleWord(gaz, w) && !MONTHS.has(w) && !gaz.titles.time.has(w);
}

/** Nouns that head a field after في (في شؤون القرن الأفريقي، في مجال الطاقة). */
const FIELD_NOUNS = new Set(['شؤون', 'شأن', 'مجال', 'ملف', 'قضايا', 'علوم', 'هندسة', 'قسم', 'كلية'].map((w) => normalize(w)));

/**
 * Titles of someone who stands for a place or a body, whose عن names it (النائب عن محافظة نينوى، الممثل عن
 * الحكومة). After any other title عن is what was said about something (الوزير عن الاتفاق), no part of the role.
 */
/** Heads sent to a place or a party (المبعوث الأمريكي الخاص إلى السودان، الموفد الفرنسي إلى لبنان). */
const ENVOYS: ReadonlySet<string> = new Set(['مبعوث', 'مبعوثة', 'موفد', 'موفدة'].map(normalize));

const REPRESENTATIVES: ReadonlySet<string> = new Set(['نائب', 'نائبة', 'النائب', 'النائبة', 'ممثل', 'ممثلة', 'الممثل', 'الممثلة', 'مندوب', 'مندوبة', 'المندوب', 'المندوبة'].map(normalize));

/**
 * The end of a complement with a preposition at token k (في …، لدى …، ل…، ب…، عن … after a representative's
 * title: `about`, and إلى … after an envoy's: `to`), or k.
 */
function prepositionalComplement(v: TokenView, gaz: Gazetteer, k: number, about = false, to = false): number {
  const t = gaz.titles;
  const w = v.key[k]!;
  const sent = v.sentence[k];
  let m: number;
  if (w === 'في' || w === 'لدي' || (about && w === 'عن') || (to && w === 'الي')) {
    const end = anyNameAt(v, gaz, k + 1, v.forms[k + 1]);
    if (end > k + 1) return end;
    const kindAndName = placeWithKindAt(v, gaz, k + 1);
    if (kindAndName > 0) return kindAndName;
    m = k + 1;
  } else {
    const lead = v.forms[k]!.filter((f) => f.lead.length === 1 && (f.lead[0] === 'ب' || f.lead[0] === 'ل'));
    if (!lead.length) return k;
    const end = anyNameAt(v, gaz, k, lead);
    if (end > k) return end;
    // ل/ب on a definite word (للشروق، بالجامعة) or on a body (لشركة، بجامعة)
    if (!lead.some((f) => f.article || t.orgHeads.has(f.stem) || FIELD_NOUNS.has(f.stem))) return k;
    m = k + 1;
    if (lead.some((f) => f.article)) {
      while (m < v.n && v.sentence[m] === sent && isWord(v, m) && isDefinite(v, m) && !isStopword(v, m) && !v.forms[m]![0]!.lead.length && !gaz.nisba.has(v.key[m]!)) m++;
      return m;
    }
    const end2 = anyNameAt(v, gaz, m, v.forms[m]);
    if (end2 > m) return end2;
  }
  // construct nouns, then definite words (الشؤون الأفريقية، شؤون القرن الأفريقي)
  let definite = 0;
  while (m < v.n && v.sentence[m] === sent && isWord(v, m) && !v.forms[m]![0]!.lead.length) {
    const x = v.key[m]!;
    // a nisba after a definite noun is its adjective (في الشأن السوداني), even where it is also a surname
    if (definite && isDefinite(v, m) && gaz.nisba.has(x) && !isStopword(v, m)) {
      m++;
      continue;
    }
    // (شأن is a function word in بشأن, and a field in الباحث في الشأن العراقي)
    if ((isStopword(v, m) && !FIELD_NOUNS.has(v.forms[m]![0]!.stem)) || gaz.given.has(x) || gaz.personWords.has(x) || isTitleWord(gaz, x)) break;
    if (isDefinite(v, m)) definite++;
    else if (!(t.orgHeads.has(x) || FIELD_NOUNS.has(x)) || definite) break;
    m++;
  }
  return definite ? m : k;
}

/** Shapes of the imperfect and future verb that follow a title where a name would (يجري، سيدرس، تلقى). */
function verbLike(gaz: Gazetteer, w: string): boolean {
  if (gaz.given.has(w) || gaz.personWords.has(w)) return false;
  // an imperfect without a plural or dual ending is at most seven letters (سيستخدم، يتفاوض); a longer word in
  // ست/ن/ي is a transliterated name (ستولتنبرغ، نيكولايفيتش)
  if (/^(س?[يتن])/.test(w) && w.length >= 4) return w.length <= 7 || /(ون|ان|ين|وا)$/.test(w);
  return /^ا..ي$/.test(w);
}

export interface NameParse {
  i: number;
  j: number;
  entry?: GazetteerEntry;
  form?: Form;
  single: boolean;
}

/**
 * The name that follows a title (after a comma, quotes, honorifics such as السيد، الجنرال): a person of the
 * gazetteer, or words that look like a name, ending after a surname with the article (شياع السوداني) and before
 * any function word, verb, title, month or known place.
 */
export function parseName(v: TokenView, gaz: Gazetteer, k: number, title: TitleParse | null): NameParse | null {
  let s = k;
  const sent = v.sentence[title ? title.i : k];
  const separated = isSeparator(v, s);
  if (separated) s++;
  while (isQuote(v, s)) s++;
  // the body's short name in brackets after the title (المتحدث باسم وزارة الدفاع (البنتاغون) سابرينا …)
  if (title && !separated) s = pastBracketedName(v, s);
  for (let guard = 0; guard < 3; guard++) {
    const h = longestFirstAt(v, gaz, s, gaz.titles.honorifics, HONORIFICS);
    if (!h) break;
    s = h.j;
    if (v.key[s] === '.') s++;
    while (isQuote(v, s)) s++;
  }
  if (s >= v.n || !isWord(v, s) || v.sentence[s] !== sent) return null;
  const person = personAt(v, gaz, s);
  if (person) return { i: s, j: person.j, entry: person.hits.find((h) => h.entry.type === 'PERSON')!.entry, form: person.form, single: false };
  const first = v.key[s]!;
  // after a nationality, a second nisba is a surname (رئيس الوزراء العراقي السوداني)
  const ali = !!title && aliAsName(v, s);
  if ((!ali && !nameLike(v, gaz, s, !!title?.nationality)) || v.forms[s]![0]!.lead.length) return null;
  const knownFirst = gaz.given.has(first) || gaz.personWords.has(first);
  if (gaz.particles.has(first) && !/^(عبد|ابو|ابي|ام|ال)$/.test(first)) return null;
  // after a comma only a name that begins like one (السفيرة الأميركية في بغداد، ألينا …), not the next clause
  if (separated && !knownFirst) return null;
  // a first word in ة is a noun (جائزة، مناقشة) unless it is a known name (أسامة، حمزة)
  if (!knownFirst && first.endsWith('ه')) return null;
  // a preposition on a known body or place: القيادي بحماس
  if (v.forms[s]!.some((f) => f.lead.length && gaz.names.next.has(f.form))) return null;
  // a given name with the article after a title (الخبير في الشأن السوداني الطيب عثمان): a name when a second
  // name without it follows
  const definiteGiven = !!title && gaz.given.has(first) && s + 1 < v.n && v.sentence[s + 1] === sent && isWord(v, s + 1) && !isDefinite(v, s + 1) && nameLike(v, gaz, s + 1);
  if (isDefinite(v, s) && !definiteGiven) {
    // a single surname with the article: after a nationality (رئيس الوزراء العراقي السوداني) or a known surname
    if (/ي$/.test(first) && (title?.nationality || gaz.personWords.has(first))) return { i: s, j: s + 1, single: true };
    return null;
  }
  if (verbLike(gaz, first)) return null;
  let j = s + 1;
  let particle = gaz.particles.has(first);
  while (j < v.n && isWord(v, j) && v.sentence[j] === sent) {
    const w = v.key[j]!;
    // الله completes a compound name: after عبد a given name a surname may follow (عبد الله اليحيا); after any
    // other name it closes a family name (يار الله، نصر الله)
    if (w === 'الله' && !v.forms[j]![0]!.lead.length) {
      j++;
      if (particle) {
        particle = false;
        continue;
      }
      break;
    }
    if (!particle) {
      // a nisba right after a known given name is the family name (علي تركي): a name takes no adjective
      if (j - s >= 4 || !nameLike(v, gaz, j, knownFirst && j === s + 1 && !isDefinite(v, j)) || verbLike(gaz, w)) break;
      const known = gaz.given.has(w) || gaz.personWords.has(w);
      if (!known) {
        // a conjunction starts the next phrase (وممثلين، فهدد); a pronoun suffix marks a verb or noun (سلمه)
        if (w.startsWith('و') || (j - s >= 2 && w.startsWith('ف'))) break;
        if (/ه$/.test(v.tokens[j]!.text.replace(/[\u064B-\u0652]+$/, '')) && w.length >= 4) break;
        // a short word after two names is the verb that follows them (شافيز سعت، بوش دعا); عبد and the name it
        // takes are one (عبد الأمير يار الله)
        if (j - s - (gaz.particles.has(first) ? 1 : 0) >= 2 && w.length <= 3) break;
        // a noun in ة before a definite word is a construct (إعادة النظر), not a surname
        if (w.endsWith('ه') && j + 1 < v.n && isDefinite(v, j + 1) && !isStopword(v, j + 1)) break;
        // an indefinite accusative written without its tanween (متأثرا بجروحه، مؤكدا أن): the clause goes on
        // (never one with the article: اليحيا is a surname)
        if (w.length >= 5 && w.endsWith('ا') && !isDefinite(v, j) && isDictionaryWord(knownWords(), w.slice(0, -1), [])) break;
      }
    }
    if (v.forms[j]![0]!.lead.length) break;
    const definite = isDefinite(v, j);
    // a plural nisba is a people, not a surname (الأوروبيين)
    if (definite && /(يين|يون)$/.test(w)) break;
    j++;
    // a surname with the article ends the name, unless a lineage follows (زين العابدين بن علي)
    if (definite && !particle && !(gaz.particles.has(v.key[j] ?? '') && isWord(v, j + 1))) break;
    particle = gaz.particles.has(w);
  }
  if (particle) return null;
  if (j - s === 1) {
    // علي alone may be the preposition على written with ي
    if (first === 'علي') return null;
    if (ali) return null;
    if (gaz.personWords.has(first) || (gaz.given.has(first) && !gaz.ambiguousGiven.has(first))) return { i: s, j, single: true };
    return null;
  }
  return { i: s, j, single: false };
}

/**
 * علي at token k, written so, in a text that writes the preposition على with its alif maqsura: the name Ali
 * (النائب عن الإطار التنسيقي علي تركي), not the preposition typed with ي.
 */
function aliAsName(v: TokenView, k: number): boolean {
  if (v.tokens[k]!.text !== 'علي') return false;
  let known = ALA_WITH_MAQSURA.get(v);
  if (known === undefined) ALA_WITH_MAQSURA.set(v, (known = writesAlaWithMaqsura(v.doc.body.text)));
  return known;
}
const ALA_WITH_MAQSURA = new WeakMap<TokenView, boolean>();

/** Words a bracketed short name may have (البنتاغون، الأونروا، قسد). */
const BRACKETED_NAME_WORDS = 3;

/** The token after a bracketed short name of a few words opening at `k`, or `k` when none opens there. */
function pastBracketedName(v: TokenView, k: number): number {
  if (!isParen(v, k) || v.key[k] !== '(') return k;
  for (let j = k + 1; j < v.n && j - k - 1 <= BRACKETED_NAME_WORDS; j++) {
    if (v.key[j] === ')') return j > k + 1 ? j + 1 : k;
    if (!isWord(v, j)) return k;
  }
  return k;
}

/** Case endings a name never carries in news prose: tanween (ردًا، قريباً). */
const TANWEEN = /[\u064B-\u064D]/;

/**
 * A given name written with alef madda whose normal form is a function word (آن, Anne, and أن/إن): the madda is
 * never written on the particle, so the word is the name.
 */
function maddaName(v: TokenView, gaz: Gazetteer, k: number): boolean {
  return v.tokens[k]!.text.startsWith('آ') && gaz.given.has(v.key[k]!);
}

function nameLike(v: TokenView, gaz: Gazetteer, k: number, nisbaAllowed = false): boolean {
  const w = v.key[k]!;
  if (TANWEEN.test(v.tokens[k]!.text)) return false;
  if ((isStopword(v, k) && !maddaName(v, gaz, k)) || MONTHS.has(w) || isTitleWord(gaz, w) || gaz.titles.modifiers.has(w) || gaz.titles.time.has(w)) return false;
  if ((gaz.nisba.has(w) && !nisbaAllowed) || gaz.titles.orgHeads.has(w) || /^\d/.test(w)) return false;
  // a preposition on a body (لجهاز، بوزارة) starts a phrase, not a name
  if (v.forms[k]!.some((f) => f.lead.length && (gaz.titles.orgHeads.has(f.form) || gaz.titles.orgHeads.has(f.stem)))) return false;
  return placeOrOrgAt(v, gaz, k) < 0;
}

/** A first word that is a known given name and not also an everyday word. */
function startsLikeName(gaz: Gazetteer, w: string): boolean {
  return gaz.given.has(w) && !gaz.ambiguousGiven.has(w);
}

/** Titles and the people they introduce. */
export function findTitled(v: TokenView, gaz: Gazetteer, personEnds: ReadonlySet<number>): Array<{ title: TitleParse; name: NameParse | null }> {
  const out: Array<{ title: TitleParse; name: NameParse | null }> = [];
  const ends = new Set(personEnds);
  // the span of the last name found: a title word inside a name (عبد الأمير، عبد الرئيس) introduces no one
  let nameFrom = -1;
  let nameTo = -1;
  for (let i = 0; i < v.n; i++) {
    if (i > nameFrom && i < nameTo) continue;
    let title = parseTitle(v, gaz, i);
    if (!title) {
      // an honorific alone introduces a name too (قال الدكتور عادل الفيومي)
      const h = isWord(v, i) ? longestAt(v, gaz, i, gaz.titles.honorifics, HONORIFICS) : null;
      if (!h) continue;
      // a modifier of the rank (اللواء المتقاعد، الشيخ الراحل) stands between it and the name
      let end = h.j;
      while (end < v.n && isWord(v, end) && gaz.titles.modifiers.has(v.key[end]!)) end++;
      title = { i, end, role: false, nationality: null, nationalityAt: -1, coreEnd: end, complement: false, form: h.form };
    }
    // a title right after a name describes that name (مسعود البارزاني رئيس حكومة الإقليم وضع …), unless a name
    // that begins like one follows it: then the first name was the verb's subject and the title is the next
    // person's (التقت السفيرة … إيرين هاملتون وزيرة الهجرة هناء الموسوي)
    let name = parseName(v, gaz, title.end, title);
    // (a counterpart is never the name before it: استقبل الرئيس … نظيره المصري …)
    const counterpart = isCounterpart(gaz, title);
    if (name && ends.has(i) && !counterpart && !name.entry && (name.single || !startsLikeName(gaz, v.key[name.i]!))) name = null;
    out.push({ title, name });
    if (name) {
      ends.add(name.j);
      nameFrom = name.i;
      nameTo = name.j;
      i = name.i - 1;
    }
  }
  return out;
}

/** A counterpart's word (نظيره، نظيرته): a title of its own that points at another person's. */
export function isCounterpart(gaz: Gazetteer, title: Pick<TitleParse, 'form'>): boolean {
  return !!title.form && gaz.titles.relational.has(title.form.form);
}

/** A role as the text writes it, without the proclitics of its first word and without quotes or diacritics. */
export function roleText(v: TokenView, title: TitleParse): string {
  return titleWords(v, title, title.end, () => true).join(' ');
}

/** The words of a title up to token `to` that `keep` keeps, as written (first word without its proclitics, no marks). */
function titleWords(v: TokenView, title: TitleParse, to: number, keep: (k: number) => boolean): string[] {
  const parts: string[] = [];
  for (let k = title.i; k < to; k++) {
    if (isPunct(v, k) || !keep(k)) continue;
    let s = v.tokens[k]!.text;
    if (k === title.i && title.form && title.form.offset > 0) {
      s = s.slice(surfaceOffset(s, title.form.offset));
      // للمبعوث: the preposition took the article's alef, which the title gets back (المبعوث, not لمبعوث)
      if (title.form.article && /^ل/.test(s) && !/^ال/.test(s)) s = 'ا' + s;
    }
    parts.push(stripMarks(s));
  }
  return parts;
}

const stripMarks = (s: string) => s.replace(/[\u064B-\u0652\u0670\u0640]/g, '');

/** Relational words of one counterpart and their gender (نظيريه, two counterparts, is no one's role). */
const COUNTERPART_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['نظير', 'm'],
  ['نظيره', 'm'],
  ['نظيرها', 'm'],
  ['نظيرته', 'f'],
  ['نظيرتها', 'f'],
]);

/**
 * The position a counterpart holds, read off the title it answers (وزير الخارجية الأردني … نظيره المصري سامح شكري →
 * وزير الخارجية المصري; رئيس الوزراء العراقي … بنظيره اللبناني → رئيس الوزراء اللبناني): the nearest earlier title
 * of a position in the sentence (or the one before), its nationality, modifiers (السابق) and place (في بغداد) left
 * out, the counterpart's nationality put in, its head in the counterpart's gender (نظيرته: وزيرة). Null when the
 * relational word says no nationality, or no such title precedes it, or both name the same country.
 */
export function counterpartRole(v: TokenView, gaz: Gazetteer, titled: ReadonlyArray<{ title: TitleParse }>, n: number): string | null {
  const rel = titled[n]!.title;
  const gender = rel.form ? COUNTERPART_GENDER.get(rel.form.form) : undefined;
  if (!gender || rel.nationalityAt < 0) return null;
  const sentence = v.sentence[rel.i]!;
  for (let m = n - 1; m >= 0; m--) {
    const { title } = titled[m]!;
    if (v.sentence[title.i]! < sentence - 1) return null;
    if (!title.role) continue;
    if (title.nationality === rel.nationality) return null;
    const to = title.nationalityAt >= 0 ? title.nationalityAt : title.coreEnd;
    const words = titleWords(v, title, to, (k) => !gaz.titles.modifiers.has(v.key[k]!));
    if (words.length === 0) return null;
    words[0] = inGender(words[0]!, gender);
    return [...words, stripMarks(v.tokens[rel.nationalityAt]!.text)].join(' ');
  }
  return null;
}

/** A title's head noun in the gender of the person who holds it: وزير / وزيرة, الرئيسة / الرئيس. */
function inGender(head: string, gender: 'm' | 'f'): string {
  const feminine = head.endsWith('ة');
  if (gender === 'f' && !feminine) return head + 'ة';
  if (gender === 'm' && feminine) return head.slice(0, -1);
  return head;
}

function surfaceOffset(surface: string, normalizedUnits: number): number {
  let seen = 0;
  let i = 0;
  while (i < surface.length && seen < normalizedUnits) {
    if (!/[\u064B-\u065F\u0670\u0640]/.test(surface[i]!)) seen++;
    i++;
  }
  return i;
}

// ---- ministries, institutions, organisations, bases --------------------------------------------------------

function skipQuotes(v: TokenView, k: number): number {
  let m = k;
  while (m < v.n && isQuote(v, m)) m++;
  const next = m < v.n && isWord(v, m) ? m : k;
  // a phrase goes on only within its sentence: a headline's last word and the next line's first are apart
  // (v.n: no token, so nothing attaches)
  return k > 0 && next < v.n && v.sentence[next] !== v.sentence[k - 1] ? v.n : next;
}

/** Whether the word before i makes it an adjective (السياسة الخارجية العراقية) or part of a title. */
function attributive(v: TokenView, gaz: Gazetteer, i: number): boolean {
  const p = i - 1;
  if (p < 0 || !isWord(v, p) || v.sentence[p] !== v.sentence[i]) return false;
  const w = v.key[p]!;
  if (/^وزار(تا|تي|ات)$/.test(v.forms[p]![0]!.stem) || gaz.titles.heads.has(w) || v.forms[p]!.some((f) => gaz.titles.heads.has(f.form))) return true;
  return isDefinite(v, p) && !isStopword(v, p);
}

/** Gender of a nationality adjective as written: feminine in ة. */
function feminine(v: TokenView, k: number): boolean {
  return v.key[k]!.endsWith('ه');
}

export function findInstitutions(v: TokenView, gaz: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < v.n; i++) {
    if (!isWord(v, i) || !beginsAny(v, gaz, i, MINISTRY | PORTFOLIOS | INSTITUTIONS)) continue;
    const readings = v.forms[i]!;
    const ministry = beginsAny(v, gaz, i, MINISTRY) ? readings.find((f) => f.stem === 'وزاره' && !f.article) : undefined;
    if (ministry) {
      const p = portfolioAt(v, gaz, skipQuotes(v, i + 1));
      if (!p || !p.form.article) continue;
      let k = p.j;
      const q = skipQuotes(v, k);
      const nat = nationalityOf(v, gaz, q);
      if (nat && feminine(v, q)) k = q + 1;
      const portfolio = p.hits[0]!;
      out.push(ministryCandidate(v, gaz, i, k, ministry, portfolio, nat && k === q + 1 ? nat : null));
      continue;
    }
    const p = longestFirstAt(v, gaz, i, gaz.titles.portfolios, PORTFOLIOS);
    if (p && p.form.article && !attributive(v, gaz, i)) {
      const q = skipQuotes(v, p.j);
      const nat = nationalityOf(v, gaz, q);
      if (nat && feminine(v, q)) out.push(ministryCandidate(v, gaz, i, q + 1, p.form, p.hits[0]!, nat));
      continue;
    }
    const inst = longestFirstAt(v, gaz, i, gaz.titles.institutions, INSTITUTIONS);
    if (inst && inst.form.article && !attributive(v, gaz, i)) {
      const q = skipQuotes(v, inst.j);
      const nat = nationalityOf(v, gaz, q);
      const { id, display } = inst.hits[0]!;
      if (!nat) {
        // a central bank without its country is the one the document or the corpus qualifies, when only one is
        // (mentions.ts, resolve.ts); the government, the army or the police alone may be any country's
        if (UNQUALIFIED_INSTITUTIONS.has(id)) {
          out.push({ i, j: inst.j, form: inst.form, type: 'ORG', key: `inst:${id}:?`, name: display, by: 'institution', priority: 60 + (inst.j - i), roles: [], words: wordsOf(v, i, inst.j, inst.form) });
        }
        continue;
      }
      const fem = gaz.feminineNisba.get(nat) ?? '';
      const adjective = feminine(v, q) ? fem : fem.replace(/ة$/, '');
      out.push({
        i,
        j: q + 1,
        form: inst.form,
        type: 'ORG',
        key: `inst:${id}:${nat}`,
        name: `${display} ${adjective}`,
        by: 'institution',
        priority: 90 + (q + 1 - i),
        roles: [],
        words: wordsOf(v, i, q + 1, inst.form),
      });
    }
  }
  return out;
}

/** Institutions a country has one of, so that one named without its country is the story's qualified one. */
const UNQUALIFIED_INSTITUTIONS: ReadonlySet<string> = new Set(['central-bank']);

function ministryCandidate(
  v: TokenView,
  gaz: Gazetteer,
  i: number,
  j: number,
  form: Form,
  portfolio: { id: string; display: string },
  nat: string | null,
): Candidate {
  return {
    i,
    j,
    form,
    type: 'ORG',
    key: `ministry:${portfolio.id}:${nat ?? '?'}`,
    name: `وزارة ${portfolio.display}${nat ? ' ' + (gaz.feminineNisba.get(nat) ?? '') : ''}`,
    by: 'ministry',
    priority: 95 + (j - i),
    roles: [],
    words: wordsOf(v, i, j, form),
  };
}

/** Organisations named by a head noun and its definite complement: اللجنة العسكرية العليا، هيئة الأركان المشتركة. */
export function findOrganisations(v: TokenView, gaz: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const t = gaz.titles;
  for (let i = 0; i < v.n; i++) {
    if (!isWord(v, i) || !beginsAny(v, gaz, i, ORG_HEADS)) continue;
    const form = v.forms[i]!.find((f) => t.orgHeads.has(f.form) && f.stem !== 'وزاره');
    if (!form) continue;
    let k = i + 1;
    let count = 0;
    let named = false;
    let coined = false;
    while (k < v.n && v.sentence[k] === v.sentence[i] && isWord(v, k)) {
      const w = v.key[k]!;
      if (count === 0 && !named) {
        const end = placeOrOrgAt(v, gaz, k);
        if (end > k) {
          k = end;
          named = true;
          continue;
        }
        // مجلس محافظة البصرة: a place named with its kind
        const kindAndName = !form.article && NAMED_AFTER_PLACE.has(form.stem) ? placeWithKindAt(v, gaz, k) : -1;
        if (kindAndName > 0) {
          k = kindAndName;
          named = true;
          continue;
        }
        // a chain of construct nouns (رئاسة أركان الجيش)
        if (!isDefinite(v, k) && t.orgHeads.has(w)) {
          k++;
          continue;
        }
        // a company's own name, a word no dictionary lists (شركة أرامكو السعودية، مجموعة توتال إنرجيز)
        if (!form.article && COMPANY_HEADS.has(form.stem) && coinedName(v, k)) {
          while (k < v.n && v.sentence[k] === v.sentence[i] && coinedName(v, k) && count < COINED_WORDS) (count++, k++);
          named = coined = true;
          continue;
        }
        // a person's name or a nisba-shaped surname after an indefinite head: حكومة السوداني is his government;
        // and an indefinite head takes no adjective of nationality (إقليم الأميركي)
        if (gaz.personWords.has(w) || (!form.article && /[^ي]ي$/.test(w))) break;
      }
      const lead = v.forms[k]![0]!.lead;
      if (!isDefinite(v, k) || isStopword(v, k) || lead.some((p) => p !== 'و') || isTitleWord(gaz, w)) break;
      if (t.modifiers.has(w) || t.time.has(w)) break;
      // after و, another body or title starts the next item (جماعة الجهاد والجماعة الإسلامية)
      if (lead.length && (count === 0 || v.forms[k]!.some((f) => t.orgHeads.has(f.form) || isTitleWord(gaz, f.form)))) break;
      count++;
      k++;
    }
    // a company's or a body's line of business after ل (شركة الرافدين للنفط، المؤسسة العامة للكهرباء) is part
    // of its name: one definite word in ل, not a people (للمواطنين) and not where a sentence goes on to a place
    let business = false;
    let remit = false;
    if (count > 0 && !form.article && BUSINESS_HEADS.has(form.stem) && k < v.n && v.sentence[k] === v.sentence[i] && isWord(v, k)) {
      const f = v.forms[k]![0]!;
      if (f.lead.join('') === 'ل' && f.article && !isStopword(v, k) && !/(ين|ون)$/.test(f.stem) && !gaz.nisba.has(f.form) && anyNameAt(v, gaz, k, [f]) < 0) {
        k++;
        count++;
        business = true;
      }
    }
    // a definite body with its adjectives and then its remit after ل (المنظمة الدولية للهجرة، الوكالة الدولية
    // للطاقة الذرية، المجلس الأعلى للقضاء): the remit completes the name; bare, "المنظمة الدولية" names no one
    if (!business && form.article && REMIT_HEADS.has(form.stem)) {
      // its adjectives (the walk above stops at العليا، الأعلى, which also qualify titles)
      let a = i + 1;
      while (a < i + 3 && a < v.n && v.sentence[a] === v.sentence[i] && isWord(v, a) && !v.forms[a]![0]!.lead.length && bodyAdjective(v.key[a]!)) a++;
      const f = a > i + 1 && a >= k && a < v.n && v.sentence[a] === v.sentence[i] && isWord(v, a) ? v.forms[a]![0]! : undefined;
      // a remit is what the body does (للهجرة، للاستثمار), not another body it belongs to (الجمعية العمومية للبنك)
      const remitWord = (g: Form) => !t.orgHeads.has(g.form) && !t.orgHeads.has(g.stem) && !isTitleWord(gaz, g.form);
      // (nor a name shaped like a nisba: الجهاز الفني للأهلي is a club's staff)
      if (f && f.lead.join('') === 'ل' && f.article && remitWord(f) && !isStopword(v, a) && !/(ين|ون|ي)$/.test(f.stem) && !t.time.has(f.form) && anyNameAt(v, gaz, a, [f]) < 0) {
        k = a + 1;
        business = remit = true;
        // one adjective of the remit (للطاقة الذرية، للصليب الأحمر)
        if (k < v.n && v.sentence[k] === v.sentence[i] && isWord(v, k) && !v.forms[k]![0]!.lead.length && isDefinite(v, k) && (bodyAdjective(v.key[k]!) || REMIT_ADJECTIVES.has(v.key[k]!))) k++;
        // and up to two more remits after و (للتعبئة العامة والإحصاء، للتربية والثقافة والعلوم), not another body
        for (let n = 0; n < 2 && k < v.n && v.sentence[k] === v.sentence[i] && isWord(v, k); n++) {
          const g = v.forms[k]!.find((x) => x.lead.join('') === 'و' && x.article);
          if (!g || !remitWord(g) || isStopword(v, k) || /(ين|ون)$/.test(g.stem) || gaz.nisba.has(g.form) || anyNameAt(v, gaz, k, [g]) >= 0) break;
          k++;
        }
        count = k - i - 1;
      }
    }
    // a complement with a preposition (للانتخابات، للطاقة الذرية) belongs to the name when a bracketed
    // acronym follows it and confirms where the name ends
    if (count > 0 && !business) {
      let m = k;
      while (m < v.n && m - k < 3 && isWord(v, m) && isDefinite(v, m) && (m > k || v.forms[m]![0]!.lead.join('') === 'ل')) m++;
      if (m > k && isParen(v, m) && v.tokens[m]!.text === '(' && v.tokens.slice(m + 1, m + 12).some((x) => x.kind === 'latin' && /^[A-Z]{2,6}$/.test(x.text))) {
        count += m - k;
        k = m;
      }
    }
    const need = t.orgNeedsTwo.has(form.form) || t.orgNeedsTwo.has(form.stem) || form.article ? 2 : 1;
    if (count < need && !(named && !form.article) && !business) continue;
    const words = wordsOf(v, i, k, form);
    // a university or bank named after its city (جامعة الموصل، مصرف بغداد) outranks the city's own name inside
    // it; other heads before a place are its forces or command (قوات واشنطن، قيادة العراق), not a named body
    // so does a company head before a coined name (شركة أرامكو السعودية over السعودية, and over the tagger's توتال)
    // (above a listed place of two words inside it, محافظة نينوى in مجلس محافظة نينوى, below a listed body of
    // the same span, whose entry knows its other spellings)
    const afterPlace = named && !coined && !form.article && NAMED_AFTER_PLACE.has(form.stem);
    // the remit's ل ends a name the tagger tends to stop short of (المنظمة الدولية | للهجرة): above its span
    const priority = afterPlace ? 99.5 + (k - i) : coined ? 71 + (k - i) : remit ? 61 + (k - i) : 50 + (k - i);
    out.push({ i, j: k, form, type: 'ORG', key: `o:${orthoKey(words)}`, name: '', by: 'organisation', priority, roles: [], words });
  }
  return out;
}

/** Heads a company's coined name follows (شركة أرامكو، مجموعة توتال، بنك عودة). */
const COMPANY_HEADS = new Set(['شركه', 'مجموعه', 'مصرف', 'بنك'].map((w) => normalize(w)));
const COINED_WORDS = 3;

/**
 * Whether the word at k is a coined name: an Arabic word without the article or a proclitic that no general
 * dictionary lists (known-words.ts: أرامكو، توتال، سوناطراك), or a Latin word; never a function or title word.
 */
function coinedName(v: TokenView, k: number): boolean {
  if (!isWord(v, k) && v.tokens[k]?.kind !== 'latin') return false;
  if (v.tokens[k]!.kind === 'latin') return true;
  const f = v.forms[k]![0]!;
  if (f.article || f.lead.length || isStopword(v, k) || f.form.length < 3) return false;
  // an indefinite accusative (عقداً) is an ordinary word, whatever the dictionary says
  if (/[\u064B-\u064D]/.test(v.tokens[k]!.text)) return false;
  const known = knownWords();
  // no reading of it may be a word: لتطوير is ل + تطوير, عقدا is عقد with its accusative alif
  for (const r of v.forms[k]!) if (isDictionaryWord(known, r.stem, []) || (r.stem.endsWith('ا') && isDictionaryWord(known, r.stem.slice(0, -1), []))) return false;
  return true;
}

/** Heads whose name may end in its line of business after ل (شركة … للنفط). */
const BUSINESS_HEADS = new Set(['شركه', 'مؤسسه', 'هيئه', 'مركز', 'مصرف', 'بنك', 'جمعيه', 'منظمه', 'مجموعه', 'وكاله', 'اتحاد', 'نقابه', 'جامعه', 'معهد'].map((w) => normalize(w)));

/** Definite heads whose name may end in its remit after ل, past their adjectives (المنظمة الدولية للهجرة). */
const REMIT_HEADS = new Set(['منظمه', 'وكاله', 'هيئه', 'مجلس', 'لجنه', 'مفوضيه', 'مؤسسه', 'شركه', 'مركز', 'صندوق', 'مكتب', 'برنامج', 'اتحاد', 'جمعيه', 'معهد', 'جهاز'].map((w) => normalize(w)));

/** Adjectives a body's name takes that are not nisbas (العليا، الأعلى، العامة، المستقلة، السامية). */
const BODY_ADJECTIVES = new Set(['العليا', 'الاعلي', 'العامه', 'العام', 'الساميه', 'المستقله', 'المستقل', 'المركزي', 'المركزيه'].map((w) => normalize(w)));

/** Adjectives of a remit that are not nisbas (للصليب الأحمر، للأمم المتحدة). */
const REMIT_ADJECTIVES = new Set(['الاحمر', 'المتحده'].map((w) => normalize(w)));

/** A definite adjective of a body's name: a nisba (الدولية، الوطنية، العربية) or one of BODY_ADJECTIVES. */
function bodyAdjective(key: string): boolean {
  return BODY_ADJECTIVES.has(key) || /^ال\p{L}{2,}(?:ي|يه)$/u.test(key);
}

/**
 * Heads of bodies that take a place's name as their own (جامعة بغداد، مصرف الرافدين، شرطة نينوى، مجلس محافظة
 * البصرة، ائتلاف بغداد، نادي الزوراء، اتحاد طنجة): the body is what the text names, not the place inside it.
 */
const NAMED_AFTER_PLACE = new Set(['جامعه', 'مصرف', 'بنك', 'شرطه', 'مجلس', 'محكمه', 'كتله', 'تحالف', 'ائتلاف', 'تيار', 'نادي', 'اتحاد'].map((w) => normalize(w)));

/** A base named after قاعدة: in quotes (قاعدة «الحرية»), or followed by الجوية/العسكرية. */
export function findBases(v: TokenView): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < v.n; i++) {
    const form = v.forms[i]?.find((f) => f.stem === 'قاعده' && !f.article);
    if (!form) continue;
    if (isQuote(v, i + 1)) {
      let k = i + 2;
      while (k < v.n && isWord(v, k) && k - i < 6) k++;
      if (k > i + 2 && isQuote(v, k)) {
        const words = wordsOf(v, i + 2, k, undefined);
        out.push({ i: i + 2, j: k, form: undefined, type: 'LOC', key: `l:قاعده${orthoKey(words)}`, name: `قاعدة ${v.tokens.slice(i + 2, k).map((t) => t.text).join(' ')}`, by: 'base', priority: 60, roles: [], words });
      }
      continue;
    }
    if (isWord(v, i + 1) && !isStopword(v, i + 1) && /^(الجويه|العسكريه)$/.test(v.key[i + 2] ?? '')) {
      const words = wordsOf(v, i, i + 3, form);
      out.push({ i, j: i + 3, form, type: 'LOC', key: `l:${orthoKey(words.slice(0, 2))}`, name: '', by: 'base', priority: 60, roles: [], words });
    }
  }
  return out;
}

/** Heads of named sites: a border crossing, a port, an airport, a camp, an oil or gas field, a dam, a refinery. */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(['معبر', 'منفذ', 'ميناء', 'مطار', 'مخيم', 'حقل', 'سد', 'مصفاة'].map((w) => normalize(w)));
/** Adjectives that close a site's name and are no part of it (معبر نصيب الحدودي، مطار بغداد الدولي). */
const FACILITY_MODIFIERS = new Set(['الحدودي', 'البري', 'البحري', 'الدولي', 'النفطي', 'الغازي', 'التجاري', 'الجوي', 'الرئيسي'].map((w) => normalize(w)));
const isDash = (v: TokenView, k: number) => /^[-–]$/.test(v.tokens[k]!.text);
/** Most words a site's own name takes after its head (معبر كرم أبو سالم). */
const FACILITY_NAME_WORDS = 3;

/**
 * Named sites (LOC): a head without the article (معبر، ميناء، مطار، مخيم، حقل، سد، مصفاة) and the name right after
 * it, which the tagger, the gazetteer or the dictionary vouches for (a name the tagger or a list proposes there,
 * or a word no dictionary lists: حقل ألغام is no site), a double name joined by a dash (معبر جابر - نصيب) and a
 * closing adjective (الحدودي). The site is named with its head and keyed without the adjective, so
 * «معبر نصيب الحدودي» and «معبر نصيب» are one; it is apart from the town it is named after (مخيم جنين، جنين).
 */
export function findFacilities(v: TokenView, gaz: Gazetteer, proposed: readonly Candidate[]): Candidate[] {
  const startsName = new Int32Array(v.n).fill(-1);
  for (const c of proposed) if (c.j > startsName[c.i]!) startsName[c.i] = c.j;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < v.n; i++) {
    const form = isWord(v, i) ? v.forms[i]!.find((f) => !f.article && FACILITY_HEADS.has(f.stem)) : undefined;
    if (!form) continue;
    // the name: what a proposal starting after the head covers, else one coined word; then -name, then an adjective
    const k = i + 1;
    const nameAt = (at: number): number => {
      if (!isWord(v, at) || isStopword(v, at) || v.forms[at]![0]!.lead.length || FACILITY_MODIFIERS.has(v.key[at]!) || nationalityOf(v, gaz, at)) return at;
      if (startsName[at]! > at) return Math.min(startsName[at]!, at + FACILITY_NAME_WORDS);
      // any word between the head and its closing adjective is the name (معبر نصيب الحدودي), the first name of
      // a double one too (جابر - نصيب الحدودي)
      const closed =
        adjacent(v, at, at + 1) &&
        ((isWord(v, at + 1) && FACILITY_MODIFIERS.has(v.key[at + 1]!)) || (at + 2 < v.n && isDash(v, at + 1) && adjacent(v, at, at + 2) && nameAt(at + 2) > at + 2));
      return coinedName(v, at) || closed ? at + 1 : at;
    };
    let end = nameAt(k);
    // a name the head began (a proposal over head and name: معبر جابر as a person) counts from after the head
    if (end === k && startsName[i]! > i + 1) end = Math.min(startsName[i]!, k + FACILITY_NAME_WORDS);
    if (end === k) continue;
    if (end + 1 < v.n && isDash(v, end) && adjacent(v, end - 1, end + 1)) {
      const more = nameAt(end + 1);
      if (more > end + 1) end = more;
    }
    // the two names of a double name, each keyed as a site of its own
    let parts: string[] | undefined;
    for (let d = k + 1; d + 1 < end; d++) {
      if (!isDash(v, d)) continue;
      const names = [wordsOf(v, k, d, undefined), wordsOf(v, d + 1, end, undefined)].map((p) => p.filter((w) => !FACILITY_MODIFIERS.has(w)));
      if (names.every((p) => p.length)) parts = names.map((p) => `l:${orthoKey([form.form, ...p])}`);
      break;
    }
    const nameWords = wordsOf(v, k, end, undefined).filter((w) => !FACILITY_MODIFIERS.has(w));
    if (!nameWords.length) continue;
    let j = end;
    if (j < v.n && isWord(v, j) && FACILITY_MODIFIERS.has(v.key[j]!)) j++;
    const head = v.tokens[i]!.text.slice(surfaceOffset(v.tokens[i]!.text, form.offset));
    const words = [form.form, ...nameWords];
    const written = [];
    for (let t = k; t < end; t++) if (!isPunct(v, t)) written.push(v.tokens[t]!.text);
    const site: Candidate = { i, j, form, type: 'LOC', key: `l:${orthoKey(words)}`, name: `${head} ${written.join(' ')}`, by: 'site', priority: 85 + (j - i), roles: [], words };
    if (parts) site.parts = parts;
    out.push(site);
    i = j - 1;
  }
  return out;
}

/**
 * The article's own outlet named in its text (قال مصدر لـ«الشام اليوم»): an organisation, whatever its words are
 * elsewhere (الشام a region, اليوم a day).
 */
export function findOwnOutlet(v: TokenView, outlet: string | null | undefined, gaz?: Gazetteer): Candidate[] {
  const words = outlet ? keyWords(outlet) : [];
  if (!words.length) return [];
  const trie: WordTrie<true> = { next: new Map(), hits: [] };
  let node = trie;
  for (const w of words) {
    const child: WordTrie<true> = { next: new Map(), hits: [] };
    node.next.set(w, child);
    node = child;
  }
  node.hits.push(true);
  const out: Candidate[] = [];
  for (let i = 0; i < v.n; i++) {
    if (!isWord(v, i)) continue;
    const m = walk(v, i, trie)[0];
    if (!m) continue;
    // an outlet the gazetteer lists is its entry, as its name elsewhere in the text is (بغداد اليوم): being the
    // article's outlet vouches for a name the lists only take with a cue
    const listed = gaz ? namesAt(v, gaz, i).find((x) => x.j === m.j)?.hits.find((h) => h.entry.type === 'ORG' && h.mode !== 'short')?.entry : undefined;
    const key = listed ? entryKey(listed) : `o:${orthoKey(words)}`;
    out.push({ i, j: m.j, form: m.form, type: 'ORG', key, name: listed?.name ?? outlet!, by: 'outlet', priority: 100 + (m.j - i), roles: [], words: wordsOf(v, i, m.j, m.form), ...(listed ? { entry: listed } : {}) });
    i = m.j - 1;
  }
  return out;
}

/** Latin acronyms standing alone (HMC, CNN): entities only when the corpus defines or knows them. */
export function findAcronyms(v: TokenView): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < v.n; i++) {
    const t = v.tokens[i]!;
    if (t.kind === 'latin' && /^[A-Z]{2,6}$/.test(t.text)) {
      out.push({ i, j: i + 1, form: undefined, type: 'ORG', key: `acr:${t.text}`, name: t.text, by: 'acronym', priority: 10, roles: [], weak: true, words: [t.text] });
    }
  }
  return out;
}

