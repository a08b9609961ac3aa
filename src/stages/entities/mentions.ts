/**
 * Stage `entityMentions`: the entity mentions of one document, stored as `layers.entities` in source offsets.
 * Candidates of every finder (gazetteer, titles, patterns, the tagger when there is one) are arbitrated by
 * strength, longest first; then short references are resolved inside the document (السوداني after محمد شياع
 * السوداني, التحالف after التحالف الدولي), roles are attached (preceding titles and appositions), and acronyms
 * defined in brackets join the name they expand.
 */
import type { Doc } from '../../model/document.js';
import type { DocStage } from '../../pipeline/stage.js';
import { MONTHS } from '../../language/months.js';
import { normalize } from '../../language/normalize.js';
import { gazetteer as defaultGazetteer, type EntityType, type Gazetteer, type WordTrie } from '../../knowledge/gazetteer/index.js';
import {
  findAcronyms,
  findBases,
  findGazetteer,
  findInstitutions,
  findOrganisations,
  findTitled,
  parseName,
  portfolioAt,
  walk,
  parseTitle,
  counterpartRole,
  FACILITY_HEADS,
  findFacilities,
  isCounterpart,
  findOwnOutlet,
  roleText,
  wordsOf,
  entryKey,
  type Candidate,
  type FoundBy,
} from './find.js';
import { knownWords } from '../../ner/known-words-file.js';
import { isDictionaryWord } from '../../ner/known-words.js';
import { orthoKey } from './keys.js';
import { defaultTagger, TAGGER_TYPES, type Tagger } from './tagger.js';
import { buildView, isDefinite, isParen, isPunct, isQuote, isSeparator, isStopword, isWord, nameStart, type Form, type TokenView } from './view.js';

/** One mention as the stage stores it (`doc.layers.entities`). */
export interface EntityMention {
  /** Source offsets of the name, without its proclitics. */
  start: number;
  end: number;
  bodyStart: number;
  bodyEnd: number;
  text: string;
  type: EntityType;
  /** Resolution key; mentions of one key in one document are one referent. */
  key: string;
  /** Canonical name when known (gazetteer, ministry), else empty. */
  name: string;
  /** Normalised words of the name. */
  words: string[];
  by: FoundBy;
  roles: string[];
  /** Id of the gazetteer entry. */
  gazetteer?: string;
  /** Kept by the corpus stage only when another document confirms it. */
  weak?: boolean;
  /** Acronyms and expansions the text gives for it in brackets. */
  aliases?: string[];
  /** Keys of the names a double name joins (find.ts Candidate.parts). */
  parts?: string[];
}

export interface EntityStageOptions {
  gazetteer?: Gazetteer;
  /** A tagger, or null for none; left out, the trained model of src/ner, read on first use if it is there. */
  tagger?: Tagger | null;
}

export function makeEntityMentions(options: EntityStageOptions = {}): DocStage {
  return {
    name: 'entityMentions',
    needs: ['sentences', 'tokens', 'outlet'],
    adds: ['entities'],
    run(doc) {
      const tagger = options.tagger === undefined ? defaultTagger() : options.tagger;
      return { layers: { entities: findMentions(doc, options.gazetteer ?? defaultGazetteer(), tagger) } };
    },
  };
}

/** Words before a bare surname that show it names a person: reporting verbs, prepositions, conjunctions. */
const SPEECH = new Set(
  'قال قالت اضاف اضافت اكد اكدت اوضح اوضحت اشار اشارت تابع ذكر ذكرت لفت شدد بين اعتبر راي دعا طالب اعلن كشف نفي وصف رد حذر اتهم التقي استقبل بحث زار تراس يقول يري يعتقد اعرب ابلغ نقل وجه اتصل هاتف ختم رحب'.split(' '),
);

export function findMentions(doc: Readonly<Doc>, gaz: Gazetteer, tagger: Tagger | null): EntityMention[] {
  const v = buildView(doc);
  const gazetteerFinds = findGazetteer(v, gaz);
  const titled = findTitled(v, gaz, new Set(gazetteerFinds.found.filter((c) => c.type === 'PERSON').map((c) => c.j)));
  const pool: Candidate[] = [
    ...gazetteerFinds.found,
    ...findInstitutions(v, gaz),
    ...findOrganisations(v, gaz),
    ...findBases(v),
    ...findAcronyms(v),
    ...findOwnOutlet(v, doc.outlet?.value, gaz),
  ];
  // a single surname after a title (رئيس الوزراء العراقي السوداني), resolved below against the full names
  const singles: Candidate[] = [];
  const titledNames: Candidate[] = [];
  const titleHeads = new Set<number>();
  const inTitle = new Uint8Array(v.n);
  for (const { title, name } of titled) {
    titleHeads.add(title.i);
    inTitle.fill(1, title.i, title.end);
    if (!name) continue;
    if (name.entry) continue; // the gazetteer already proposes it
    const words = wordsOf(v, name.i, name.j, undefined);
    const cand: Candidate = {
      i: name.i,
      j: name.j,
      form: undefined,
      type: 'PERSON',
      key: `p:${orthoKey(words)}`,
      name: '',
      by: 'title',
      priority: 80 + (name.j - name.i),
      roles: [],
      words,
    };
    if (name.single) singles.push({ ...cand, key: `s:${words[0]}`, single: true });
    else titledNames.push(cand);
  }
  titledNames.push(...appositionNames(v, gaz, titled));
  if (tagger) {
    const tagged = taggerCandidates(v, gaz, tagger, titleHeads);
    pool.push(...tagged);
    pool.push(...headedByBody(v, pool, tagged));
    // a title says where a name begins, the tagger where it ends: a titled name takes the extent of the tagger's
    // person over it; a name the tagger does not see is kept only if it begins with a known given name, or if it
    // is a given name and a family name in ال…ي ending the speaker's phrase before what was said (قالت النائبة
    // سهام العقيلي إن …، ): a title's object is no such phrase (ناشد مدير النادي جماهير الأهلي بأن …)
    const persons = tagged.filter((c) => c.type === 'PERSON');
    for (const c of titledNames) {
      const p = persons.find((q) => q.i < c.j && c.i < q.j);
      const known = gaz.given.has(c.words[0]!) || gaz.personWords.has(c.words[0]!) || (givenAndNisba(gaz, c.words) && beforeSaying(v, c.j)) || (foreignSurname(gaz, c.words) && !tagged.some((q) => q.type !== 'PERSON' && q.i < c.j && c.i < q.j));
      if (p) {
        const i = c.i;
        // the tagger stopping one word short of a surname with the article that the title's parse took (القيادي
        // أبو حسين العسكري): the surname ends the name
        const j = c.j === p.j + 1 && surnameWithArticle(gaz, c.words[c.words.length - 1]!) ? c.j : p.j;
        if (j > i) pool.push({ ...c, i, j, words: wordsOf(v, i, j, undefined), key: `p:${orthoKey(wordsOf(v, i, j, undefined))}` });
      } else if (known) pool.push(c);
    }
  } else pool.push(...titledNames);
  pool.push(...singles);
  // named sites take the name the tagger or a list proposes after their head (معبر جابر is no person)
  pool.push(...findFacilities(v, gaz, pool));

  const taken = new Int32Array(v.n).fill(-1);
  const accepted: Candidate[] = [];
  const accept = (list: Candidate[]) => {
    list.sort((a, b) => b.priority - a.priority || b.j - b.i - (a.j - a.i) || a.i - b.i);
    for (const c of list) {
      let free = true;
      for (let k = c.i; k < c.j && free; k++) if (taken[k] !== -1) free = false;
      if (!free) continue;
      for (let k = c.i; k < c.j; k++) taken[k] = accepted.length;
      accepted.push(c);
    }
  };
  // strong evidence first (gazetteer, titles, qualified institutions), then the short aliases of entries the
  // document names in full (التحالف after التحالف الدولي), then what the tagger and the patterns propose
  accept(pool.filter((c) => c.priority >= 70));
  const named = new Set(accepted.filter((c) => !c.weak).map((c) => c.key));
  accept(gazetteerFinds.short.filter((c) => named.has(c.key)));
  accept(pool.filter((c) => c.priority < 70));
  siteHeadsAlone(v, accepted);

  // single surnames: after a title, or alone after a verb or preposition, resolved against the full names
  // full names whose surname may stand alone: known people, names the tagger saw, or names that begin with a
  // known given name (a title alone is weaker evidence of where a name ends)
  const strong = (c: Candidate) =>
    !!c.entry ||
    c.by === 'tagger' ||
    (c.by === 'title' && (gaz.given.has(c.words[0]!) || gaz.personWords.has(c.words[0]!) || (c.words.length === 2 && !c.words[1]!.startsWith('ال')) || givenAndNisba(gaz, c.words)));
  const full = new Map<string, Set<string>>();
  for (const c of accepted) {
    if (c.type !== 'PERSON' || c.words.length < 2 || !strong(c)) continue;
    const last = c.words[c.words.length - 1]!;
    if (gaz.titles.modifiers.has(last) || gaz.titles.time.has(last) || /^\d/.test(last)) continue;
    for (const w of [last, ...(gaz.particles.has(c.words[c.words.length - 2]!) ? [c.words.slice(-2).join(' ')] : [])]) {
      const keys = full.get(w) ?? new Set<string>();
      keys.add(c.key);
      full.set(w, keys);
    }
  }
  const resolveSurname = (w: string): { key: string; weak: boolean; name: string } | null => {
    const inDoc = full.get(w);
    if (inDoc?.size === 1) return { key: [...inDoc][0]!, weak: false, name: '' };
    if (inDoc && inDoc.size > 1) return null;
    const known = gaz.given.has(w) ? undefined : gaz.surnames.get(w);
    if (known?.length === 1) return { key: entryKey(known[0]!), weak: true, name: known[0]!.name };
    return null;
  };
  const bySurname = new Set<Candidate>();
  // a surname the tagger or a title found alone is the person the document named in full; after a title, also
  // the one known person of that surname (the title vouches for a person even if the corpus never names them)
  for (const c of accepted) {
    if (c.type !== 'PERSON' || c.words.length !== 1 || !(c.by === 'tagger' || c.single)) continue;
    const r = resolveSurname(c.words[0]!);
    if (r && (!r.weak || c.single)) {
      c.key = r.key;
      c.name = r.name;
      bySurname.add(c);
    }
  }

  // a person named by a title and the first part of a name the document gives in full (الأمير عبد العزيز beside
  // الأمير عبد العزيز بن سلمان, الشيخ تميم beside تميم بن حمد): that person, when only one full name begins so
  for (const c of accepted) {
    // (a surname resolved above stays: الرئيس خاتمي is محمد خاتمي, not a name that begins with خاتمي)
    if (c.type !== 'PERSON' || c.entry || c.i === 0 || !inTitle[c.i - 1]) continue;
    if (bySurname.has(c)) continue;
    let match: Candidate | null = null;
    let matches = 0;
    for (const f of accepted) {
      if (f.type !== 'PERSON' || f.words.length <= c.words.length || !strong(f) || !c.words.every((w, k) => f.words[k] === w)) continue;
      if (match?.key !== f.key) matches++;
      match = f;
    }
    if (match && matches === 1) {
      c.key = match.key;
      c.name = match.name;
    }
  }

  // names the document introduced (by a title, a pattern, the tagger) found again without their introduction
  const local: WordTrie<Candidate> = { next: new Map(), hits: [] };
  for (const c of accepted) {
    if (c.entry || c.weak || c.words.length < 2 || !(c.by === 'tagger' || c.by === 'organisation' || c.by === 'site' || (c.by === 'title' && strong(c)))) continue;
    let node = local;
    for (const w of c.words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), hits: [] }));
      node = child;
    }
    if (!node.hits.length) node.hits.push(c);
  }
  if (local.next.size) {
    const again: Candidate[] = [];
    for (let k = 0; k < v.n; k++) {
      if (taken[k] !== -1 || !isWord(v, k)) continue;
      for (const m of walk(v, k, local)) {
        const c = m.hits[0]!;
        again.push({ ...c, i: k, j: m.j, form: m.form, by: 'repeat', priority: 45 + (m.j - k), roles: [], words: wordsOf(v, k, m.j, m.form) });
      }
    }
    accept(again);
  }

  const refs: Candidate[] = [];
  for (let k = 0; k < v.n; k++) {
    if (taken[k] !== -1 || !isWord(v, k) || inTitle[k]) continue;
    for (const f of v.forms[k]!) {
      if (f.form.length < 3 || isStopword(v, k)) break;
      const r = resolveSurname(f.form);
      if (!r || !surnameContext(v, gaz, k, f.article)) continue;
      refs.push({ i: k, j: k + 1, form: f, type: 'PERSON', key: r.key, name: r.name, by: 'surname', priority: 40, roles: [], weak: r.weak, words: [f.form] });
      break;
    }
  }
  accept(refs);

  // roles: the title before a name, and an apposition after it (، نائب رئيس الوزراء الأسبق،)
  const startsAt = new Map<number, Candidate>();
  for (const c of accepted) if (c.type === 'PERSON') startsAt.set(c.i, c);
  titled.forEach(({ title, name }, n) => {
    // two titles in a row before one name (ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان): both are the name's
    // when the lists know the first as the person's; else the first may be the verb's subject and the second its
    // object's (استقبل الرئيس وزير الخارجية الأمريكي …)
    let holder = name;
    for (let m = n + 1, end = title.end; !holder && m < titled.length && titled[m]!.title.i === end; end = titled[m]!.title.end, m++) {
      const next = titled[m]!.name;
      if (next?.entry && title.role && next.entry.roles.some((r) => normalize(r.title) === normalize(roleText(v, title)))) holder = next;
      // a rank or a form of address between the title and the name (الخبير العسكري اللواء المتقاعد …، وزير الدفاع
      // الفريق أول …) is the same person's
      else if (next && title.role && !titled[m]!.title.role && !isCounterpart(gaz, titled[m]!.title)) holder = next;
      else if (next) break;
    }
    const c = holder ? startsAt.get(holder.i) : undefined;
    if (!c) return;
    // a counterpart's position is the other title's, in its own country (نظيره المصري سامح شكري)
    const role = title.role ? roleText(v, title) : counterpartRole(v, gaz, titled, n);
    if (role) c.roles.push(role);
  });
  for (const c of accepted) {
    if (c.type !== 'PERSON' || !isSeparator(v, c.j) || !/^[,،]$/.test(v.tokens[c.j]!.text)) continue;
    const title = parseTitle(v, gaz, c.j + 1);
    // a title after a conjunction starts the next item of a list (…، ومدير جهاز مكافحة الإرهاب)
    if (!title || !title.role || title.form?.lead.length || title.end >= v.n || !isPunct(v, title.end)) continue;
    if (parseName(v, gaz, title.end, title)) continue;
    c.roles.push(roleText(v, title));
  }

  // acronyms and expansions given in brackets after a name: (Higher Military Commission أو HMC اختصاراً)
  const aliasesOf = new Map<Candidate, string[]>();
  const byToken = (k: number) => (taken[k] >= 0 ? accepted[taken[k]!]! : null);
  for (const c of [...accepted]) {
    if (c.by === 'acronym' || !isParen(v, c.j) || v.tokens[c.j]!.text !== '(') continue;
    let k = c.j + 1;
    const found: string[] = [];
    let phrase: number[] = [];
    const flush = () => {
      if (phrase.length >= 2) {
        const text = phrase.map((p) => v.tokens[p]!.text).join(' ');
        found.push(text);
        const extra: Candidate = { i: phrase[0]!, j: phrase[phrase.length - 1]! + 1, form: undefined, type: c.type, key: c.key, name: c.name, by: 'acronym', priority: 0, roles: [], words: phrase.map((p) => v.key[p]!) };
        if (phrase.every((p) => taken[p] === -1 || byToken(p)?.by === 'acronym')) {
          phrase.forEach((p) => (taken[p] = accepted.length));
          accepted.push(extra);
        }
      }
      phrase = [];
    };
    for (; k < v.n && k < c.j + 12 && v.tokens[k]!.text !== ')'; k++) {
      const t = v.tokens[k]!;
      if (t.kind !== 'latin') {
        flush();
        continue;
      }
      if (/^[A-Z]{2,6}$/.test(t.text)) {
        flush();
        found.push(t.text);
        const a = byToken(k);
        if (a && a.by === 'acronym') Object.assign(a, { type: c.type, key: c.key, name: c.name, weak: false });
      } else if (/^[A-Z]/.test(t.text) || phrase.length) phrase.push(k);
    }
    flush();
    if (found.length) aliasesOf.set(c, found);
  }

  // a name the text says someone is known by (محمد حمدان دقلو، المعروف بحميدتي / الملقب بـ«أبو علي» / المعروف
  // باسم …) is that person's or body's other name: one referent, the ب left out of it
  for (const c of [...accepted]) {
    const at = knownAsName(v, gaz, c);
    if (!at) continue;
    const [i, j, form] = at;
    // the other name as found, or as the apposition bounds it when what was found lies inside it (the tagger's
    // عائشة in «أبو عائشة»)
    const inside = new Set<Candidate>();
    for (let k = i; k < j; k++) if (taken[k] >= 0) inside.add(byToken(k)!);
    const there = inside.size === 1 ? [...inside][0]! : undefined;
    if (inside.size > 1 || there?.entry || there?.key === c.key || (there && there.i < i)) continue;
    const end = there ? Math.max(there.j, j) : j;
    let free = true;
    for (let k = j; k < end; k++) if (taken[k] >= 0 && byToken(k) !== there) free = false;
    if (!free) continue;
    const alias: Candidate = { i, j: end, form, type: c.type, key: c.key, name: c.name, by: there?.by ?? 'tagger', priority: 0, roles: [], words: wordsOf(v, i, end, form) };
    if (there) {
      Object.assign(there, { i, j: end, form, key: c.key, name: c.name, type: c.type, words: alias.words, weak: false });
      const n = accepted.indexOf(there);
      for (let k = i; k < end; k++) taken[k] = n;
    } else {
      for (let k = i; k < end; k++) taken[k] = accepted.length;
      accepted.push(alias);
    }
    // as written, without its ب (another article's mention of it is joined by its key: resolve.ts)
    const text = v.doc.body.text.slice(nameStart(v, i, form), v.tokens[end - 1]!.bodyEnd);
    aliasesOf.set(c, [...(aliasesOf.get(c) ?? []), text]);
  }

  // a ministry the text leaves unqualified is the document's only qualified ministry of that portfolio
  // (or the one a minister's title qualifies: وزير الموارد المائية والري المصري)
  // (so is a central bank: البنك المركزي beside البنك المركزي المصري)
  const qualified = new Map<string, Set<string>>();
  for (const c of accepted) {
    const m = /^(ministry|inst):([^:]+):([^:?]+)$/.exec(c.key);
    if (m) qualified.set(`${m[1]}:${m[2]}`, (qualified.get(`${m[1]}:${m[2]}`) ?? new Set()).add(c.key));
  }
  for (const { title } of titled) {
    if (!title.nationality || !title.form || !/^وزير/.test(title.form.form)) continue;
    const p = portfolioAt(v, gaz, title.i + 1);
    if (!p) continue;
    const id = p.hits[0]!.id;
    qualified.set(`ministry:${id}`, (qualified.get(`ministry:${id}`) ?? new Set()).add(`ministry:${id}:${title.nationality}`));
  }
  for (const c of accepted) {
    const m = /^(ministry|inst):([^:]+):\?$/.exec(c.key);
    if (!m) continue;
    const q = qualified.get(`${m[1]}:${m[2]}`);
    if (q?.size === 1) {
      c.key = [...q][0]!;
      const fem = gaz.feminineNisba.get(c.key.split(':')[2]!) ?? '';
      c.name = `${c.name} ${m[1] === 'inst' ? fem.replace(/ة$/, '') : fem}`.trim();
    } else c.key = `${c.key}:${doc.id}`;
  }

  const mentions: EntityMention[] = [];
  for (const c of accepted) {
    if (c.j <= c.i) continue;
    const m = toMention(v, c, aliasesOf.get(c));
    if (m.end > m.start) mentions.push(m);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * A name that a title in apposition follows (سامر الربيعي، المتحدث باسم وزارة الداخلية، قال …): the words before
 * the comma, from a known given name, that read as one whole name up to it.
 */
function appositionNames(v: TokenView, gaz: Gazetteer, titled: ReadonlyArray<{ title: { i: number } }>): Candidate[] {
  const out: Candidate[] = [];
  const named = new Set(titled.map((t) => t.title.i));
  for (let c = 1; c < v.n; c++) {
    if (!isSeparator(v, c) || !/^[,،]$/.test(v.tokens[c]!.text)) continue;
    const title = parseTitle(v, gaz, c + 1);
    if (!title || !title.role || title.form?.lead.length || title.end >= v.n || !isPunct(v, title.end)) continue;
    for (let s = Math.max(0, c - 4); s <= c - 2; s++) {
      if (v.sentence[s] !== v.sentence[c] || named.has(s)) continue;
      const w = v.key[s]!;
      if (!gaz.given.has(w) || gaz.ambiguousGiven.has(w) || v.forms[s]![0]!.lead.length) continue;
      const name = parseName(v, gaz, s, null);
      if (!name || name.entry || name.single || name.i !== s || name.j !== c) continue;
      const words = wordsOf(v, s, c, undefined);
      out.push({ i: s, j: c, form: undefined, type: 'PERSON', key: `p:${orthoKey(words)}`, name: '', by: 'title', priority: 80 + (c - s), roles: [], words });
      break;
    }
  }
  return out;
}

/** What follows a speaker's name: إن / أن, or a comma or colon. */
function beforeSaying(v: TokenView, k: number): boolean {
  if (k >= v.n) return false;
  return isSeparator(v, k) || (isWord(v, k) && /^[اأإ]ن$/.test(v.tokens[k]!.text));
}

/**
 * A name of two or three words that ends in a word no dictionary lists and without the article: a transliterated
 * surname (المتحدث باسم البنتاغون بات رايدر), which the tagger, trained on other names, may not see.
 */
function foreignSurname(gaz: Gazetteer, words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 2 || words.length > 3 || last.length < 4 || last.startsWith('ال') || gaz.nisba.has(last)) return false;
  // an accusative without its tanween (جددا) or a negation written on its verb (لايؤمن) is no surname
  if (last.endsWith('ا') || last.startsWith('لا')) return false;
  // a short given name may be a word too (بات، جون، توم); a longer first word in the dictionary is the clause's
  // verb (استقدم لاعبين …)
  const known = knownWords();
  return !isDictionaryWord(known, last, []) && (words[0]!.length <= 3 || !isDictionaryWord(known, words[0]!, []));
}

/** Two words, the first without the article, the second a family name in ال…ي (سهام العقيلي، رباب الحسني). */
function givenAndNisba(gaz: Gazetteer, words: readonly string[]): boolean {
  return words.length === 2 && !words[0]!.startsWith('ال') && words[1]!.endsWith('ي') && surnameWithArticle(gaz, words[1]!);
}

/** A family name with the article (العسكري، الجبوري): not a modifier, a time word or a plural. */
function surnameWithArticle(gaz: Gazetteer, w: string): boolean {
  return w.startsWith('ال') && w.length >= 5 && !gaz.titles.modifiers.has(w) && !gaz.titles.time.has(w) && !/(ين|ون|ات)$/.test(w);
}

/** Whether a bare surname at token k reads as a person, not an adjective (الجيش السوداني) or a word. */
function surnameContext(v: TokenView, gaz: Gazetteer, k: number, definite: boolean): boolean {
  let p = k - 1;
  while (p >= 0 && isQuote(v, p)) p--;
  if (p < 0 || v.sentence[p] !== v.sentence[k] || !isWord(v, p)) return true;
  const prev = v.forms[p]!;
  if (definite) {
    // after a definite noun a nisba is its adjective
    return !(isDefinite(v, p) && !isStopword(v, p) && !gaz.titles.heads.has(v.key[p]!) && !gaz.titles.standalone.next.has(v.key[p]!));
  }
  return isStopword(v, p) || prev.some((f) => SPEECH.has(f.stem) || SPEECH.has(f.form));
}

/**
 * Heads that describe a team rather than begin its name: outlets write the club's name alone as often as with
 * them (الغرافة، نادي الغرافة، فريق الغرافة), so the name the tagger reads without them stays the entity's.
 */
const CLUB_DESCRIPTORS = new Set(['فريق', 'نادي', 'منتخب'].map((w) => normalize(w)));

/**
 * A body's head noun before a name the tagger reads without it (وكالة | الأنباء العربية المتحدة، وكالة الأنباء |
 * العربية المتحدة، صحيفة | التايمز): the head begins the body's name. Only where the organisation
 * finder saw a body there, and not for one word the tagger calls a place: a head before a place is its forces or
 * command (قوات كسلا), as the finder reads a listed place.
 */
function headedByBody(v: TokenView, pool: readonly Candidate[], tagged: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const o of pool) {
    if (o.by !== 'organisation' || (o.form && CLUB_DESCRIPTORS.has(o.form.stem))) continue;
    // the tagger read the head into a name of its own (الاتحاد القاري | والفيفا): nothing was missed
    if (tagged.some((q) => q.i <= o.i && o.i < q.j)) continue;
    // the tagger's name right after the head, or within the finder's span (one that starts inside it and runs past
    // its end is a name beside it)
    const t = tagged.find((q) => q.type !== 'PERSON' && (q.j - q.i >= 2 || q.type !== 'LOC') && (q.i === o.i + 1 || (q.i > o.i && q.j <= o.j)));
    if (!t) continue;
    // the tagger knows where the name ends (صحيفة التايمز | البريطانية)
    const words = wordsOf(v, o.i, t.j, o.form);
    out.push({ ...o, j: t.j, words, key: `o:${orthoKey(words)}`, priority: t.priority + 1 });
  }
  return out;
}

/** The prepositions light segmentation glues to a word (بـ، لـ، كـ). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['ب', 'ل', 'ك']);

/** A word in ة that the dictionary lists and no person's name in the gazetteer holds (نية، رغبة). */
function commonFeminineNoun(v: TokenView, gaz: Gazetteer, k: number): boolean {
  const w = v.key[k]!;
  return w.endsWith('ه') && !gaz.personWords.has(w) && !gaz.given.has(w) && knownWords().has(w);
}

/** The words that say what else a person or a body is called (المعروف بـ، الملقب بـ، المكنى بـ). */
const KNOWN_AS = new Set(['المعروف', 'المعروفه', 'الملقب', 'الملقبه', 'المكني', 'المكناه', 'المشهور', 'المشهوره'].map((w) => normalize(w)));
const KNOWN_AS_WORDS = 3;

/**
 * Where the other name after c stands, when an apposition gives one: ، المعروف بـ«Y» / بY / باسم Y. Tokens [i, j)
 * and the reading of the first without its ب. A word the dictionary knows after a glued ب is not taken alone
 * (المعروف بمواقفه: known for his positions), unless quotes mark it as a name.
 */
function knownAsName(v: TokenView, gaz: Gazetteer, c: Candidate): [number, number, Form | undefined] | null {
  if (c.type !== 'PERSON' && c.type !== 'ORG') return null;
  let k = c.j;
  if (isSeparator(v, k) && /^[,،]$/.test(v.tokens[k]!.text)) k++;
  if (k >= v.n || !isWord(v, k) || v.sentence[k] !== v.sentence[c.j - 1]) return null;
  const cue = v.forms[k]!.find((f) => KNOWN_AS.has(f.form) && f.lead.every((p) => p === 'و'));
  if (!cue) return null;
  k++;
  let glued = false;
  if (k < v.n && (v.key[k] === 'ب' || v.key[k] === 'باسم')) k++;
  else glued = true;
  let quoted = false;
  while (k < v.n && isQuote(v, k)) (k++, (quoted = true));
  if (k >= v.n || !isWord(v, k) || v.sentence[k] !== v.sentence[c.j - 1]) return null;
  const form = glued ? v.forms[k]!.find((f) => f.lead.length === 1 && f.lead[0] === 'ب' && !f.article) : v.forms[k]![0];
  if (!form || form.form.length < 3 || isStopword(v, k)) return null;
  if (glued && !quoted && isDictionaryWord(knownWords(), form.stem, []) && !gaz.personWords.has(form.form)) return null;
  let j = k + 1;
  while (j < v.n && j - k < KNOWN_AS_WORDS && isWord(v, j) && v.sentence[j] === v.sentence[k] && !isStopword(v, j) && !v.forms[j]![0]!.lead.length && (quoted || gaz.personWords.has(v.key[j]!) || gaz.particles.has(v.key[j - 1]!))) j++;
  return [k, j, form];
}

/**
 * A feminine dual of a common noun (جولتان، دفعتين، الدولتين: جولة، دفعة، دولة are dictionary words) counts two
 * things and names nothing, however the tagger reads it; a name in تان is of another make (باكستان، كازاخستان),
 * and a known person's name in تين, a preposition glued to it or not (لبوتين: لبوة is a word), stays a name.
 */
function isCommonDual(stem: string, gaz: Gazetteer): boolean {
  const m = /^(?:ال)?(.{3,})ت(?:ان|ين)$/.exec(stem);
  if (m === null || !knownWords().has(m[1] + 'ه')) return false;
  return !gaz.personWords.has(stem) && !gaz.personWords.has(stem.slice(1));
}

function taggerCandidates(v: TokenView, gaz: Gazetteer, tagger: Tagger, titleHeads: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  const starts: number[] = [];
  const sentences: string[][] = [];
  for (let a = 0; a < v.n; ) {
    let b = a;
    while (b < v.n && v.sentence[b] === v.sentence[a]) b++;
    starts.push(a);
    sentences.push(v.tokens.slice(a, b).map((t) => t.text));
    a = b;
  }
  const tagged = sentences.length ? tagger(sentences) : [];
  tagged.forEach((spans, n) => {
    const a = starts[n]!;
    for (const s of spans) {
      let i = a + s.start;
      let j = a + s.end;
      while (i < j && isPunct(v, i)) i++;
      while (j > i && isPunct(v, j - 1)) j--;
      if (j <= i || (!isWord(v, i) && v.tokens[i]!.kind !== 'latin')) continue;
      // what a name never is: a month or a time word, a function word at either edge; a lone MISC word
      if (isStopword(v, i) || isStopword(v, j - 1) || (s.type === 'MISC' && j - i < 2)) continue;
      if (j - i === 1 && isCommonDual(v.tokens[i]!.stem, gaz)) continue;
      let timely = false;
      for (let k = i; k < j; k++) if (MONTHS.has(v.key[k]!) || gaz.titles.time.has(v.key[k]!)) timely = true;
      if (timely) continue;
      let blocked = false;
      for (let k = i; k < j; k++) if (titleHeads.has(k)) blocked = true;
      if (blocked) continue;
      const readings = v.forms[i]!;
      const w = v.key[i]!;
      // where the name begins: a reading the gazetteer knows, an anchored proclitic, or a conjunction و
      const form =
        readings.find((f) => gaz.names.next.has(f.form)) ??
        (readings[0]?.lead.length ? readings[0] : undefined) ??
        // a preposition the safe reading keeps on the head noun of a body's or an event's name (لبطولة كأس …,
        // بوزارة …): the name begins after it
        (s.type !== 'PERS' && j - i >= 2 ? readings.find((f) => f.lead.length === 1 && PREPOSITIONS.has(f.lead[0]!) && (gaz.titles.orgHeads.has(f.stem) || gaz.titles.eventHeads.has(f.stem))) : undefined) ??
        (w.startsWith('و') && !gaz.given.has(w) && !gaz.personWords.has(w) ? readings.find((f) => f.lead.length === 1 && f.lead[0] === 'و' && (f.form.length >= 3 || j - i >= 2)) : undefined) ??
        readings[0];
      const type = TAGGER_TYPES[s.type];
      // a lone indefinite nisba is an adjective (برعاية سعودية أميركية: Saudi sponsorship), not the country
      if (j - i === 1 && form && !form.article && gaz.nisba.has(form.form)) continue;
      // a preposition on a given name and a common noun in ة after it is a phrase (بحسن نية: in good faith), not
      // a person: no surname the lists know ends so
      if (type === 'PERSON' && j - i === 2 && form?.lead.some((p) => PREPOSITIONS.has(p)) && commonFeminineNoun(v, gaz, j - 1)) continue;
      const words = wordsOf(v, i, j, form);
      const prefix = type === 'PERSON' ? 'p' : type === 'ORG' ? 'o' : type === 'LOC' ? 'l' : 'm';
      out.push({ i, j, form, type, key: `${prefix}:${orthoKey(words)}`, name: '', by: 'tagger', priority: 60 + (j - i), roles: [], words });
    }
  });
  return out;
}

export function toMention(v: TokenView, c: Candidate, aliases: string[] | undefined): EntityMention {
  const doc = v.doc;
  const bodyStart = nameStart(v, c.i, c.form);
  const bodyEnd = v.tokens[c.j - 1]!.bodyEnd;
  const [start, end] = doc.body.toSource(bodyStart, bodyEnd);
  const m: EntityMention = {
    start,
    end,
    bodyStart,
    bodyEnd,
    text: doc.source.text.slice(start, end),
    type: c.type,
    key: c.key,
    name: c.name,
    words: c.words,
    by: c.by,
    roles: [...new Set(c.roles)],
  };
  if (c.entry) m.gazetteer = c.entry.id;
  if (c.weak) m.weak = true;
  if (aliases?.length) m.aliases = aliases;
  if (c.parts) m.parts = c.parts;
  return m;
}

/** Head nouns of named sites that, with the article, stand for the site the document named (القاعدة، المطار). */
const SITE_HEADS: ReadonlySet<string> = new Set([normalize('قاعدة'), ...FACILITY_HEADS]);

/** The head noun a site's name begins with (قاعدة عين الأسد → قاعده), or null for a name that is no site's. */
function siteHead(c: Candidate): string | null {
  if (c.type !== 'LOC' || !(c.by === 'base' || c.by === 'site' || c.entry?.kind === 'base' || c.entry?.kind === 'airport')) return null;
  const first = normalize((c.entry?.name || c.name || c.words[0] || '').split(/\s+/)[0]!);
  return SITE_HEADS.has(first) ? first : null;
}

/**
 * A site's head noun alone with the article, in a document that names one site of that head (the base, then
 * «قرب مدرج القاعدة»), is that site: the tagger, trained on other news, reads القاعدة as the armed group. Where
 * the document names the group in full (تنظيم القاعدة), or two sites share the head, the word is left as read.
 */
function siteHeadsAlone(v: TokenView, accepted: Candidate[]): void {
  const sites = new Map<string, Set<string>>();
  const byKey = new Map<string, Candidate>();
  for (const c of accepted) {
    const head = siteHead(c);
    if (!head) continue;
    const keys = sites.get(head) ?? new Set<string>();
    keys.add(c.key);
    sites.set(head, keys);
    byKey.set(c.key, c);
  }
  if (!sites.size) return;
  // words of longer names other than the sites' (تنظيم القاعدة): where one is named so, the word alone is it
  const inOtherNames = new Set(accepted.filter((c) => c.words.length > 1 && !siteHead(c)).flatMap((c) => c.words));
  for (const c of accepted) {
    if (c.words.length !== 1 || c.type === 'PERSON' || siteHead(c) || inOtherNames.has(c.words[0]!)) continue;
    const f = v.forms[c.i]?.find((x) => x.article && sites.has(x.stem));
    const keys = f && sites.get(f.stem);
    if (!keys || keys.size !== 1) continue;
    const site = byKey.get([...keys][0]!)!;
    c.key = site.key;
    c.type = 'LOC';
    c.name = site.name;
    c.entry = site.entry;
  }
}
