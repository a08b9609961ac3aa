/**
 * Corpus stage `entities`: one entity per real-world referent across the documents, with every surface spelling
 * as a variant and every role seen. Mentions come grouped by their document-level key (a gazetteer id, a
 * ministry of a country, a normalised name); keys are then joined where the evidence says one referent:
 * - an acronym defined beside a name (اللجنة … (HMC)) and the acronym standing alone elsewhere;
 * - a surname a title introduces (رئيس الوزراء العراقي السوداني) and the one full name ending in it;
 * - transliteration variants of a foreign name (رومانوسكي / رومانوفسكي), never of Arabic given names;
 * - the same name found by different finders;
 * - a site's double name and each of its two names (معبر جابر - نصيب، معبر نصيب).
 * Nothing joins a country to its capital, a ministry to its country or a group to its umbrella: they have
 * different keys and no rule relates them.
 */
import type { Doc } from '../../model/document.js';
import type { CorpusStage } from '../../pipeline/stage.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { normalize } from '../../language/normalize.js';
import { fold, gazetteer as defaultGazetteer, type EntityType, type Gazetteer, type WordTrie } from '../../knowledge/gazetteer/index.js';
import { walk, wordsOf, type Candidate } from './find.js';
import { toMention } from './mentions.js';
import { buildView, isWord, type Form } from './view.js';
import { orthoKey, sameForeignWord, skeleton } from './keys.js';
import type { EntityMention } from './mentions.js';

export function makeEntities(options: { gazetteer?: Gazetteer } = {}): CorpusStage<ResolvedEntity[]> {
  return {
    name: 'entities',
    needs: ['entities'],
    run(docs) {
      return resolveEntities(docs, options.gazetteer ?? defaultGazetteer());
    },
  };
}

interface Placed {
  doc: string;
  order: number;
  m: EntityMention;
}

class Union {
  private parent = new Map<string, string>();
  find(a: string): string {
    let p = this.parent.get(a) ?? a;
    if (p === a) return a;
    p = this.find(p);
    this.parent.set(a, p);
    return p;
  }
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // a gazetteer or pattern key stays the root, so the canonical name comes from it
    if (rank(rb) > rank(ra)) this.parent.set(ra, rb);
    else this.parent.set(rb, ra);
  }
}

function rank(key: string): number {
  if (key.startsWith('g:') || key.startsWith('ministry:') || key.startsWith('inst:')) return 3;
  if (key.startsWith('p:') || key.startsWith('o:') || key.startsWith('l:')) return 2;
  return 1;
}

interface Cluster {
  key: string;
  mentions: Placed[];
  gazetteer: string | null;
  /** Distinct full names (two words or more) of its person mentions. */
  names: string[][];
}

export function resolveEntities(docs: readonly Doc[], gaz: Gazetteer): ResolvedEntity[] {
  const placed: Placed[] = [];
  docs.forEach((d, order) => {
    for (const m of (d.layers.entities as EntityMention[] | undefined) ?? []) placed.push({ doc: d.id, order, m });
  });
  {
    const again = repeatedAcross(docs, placed, gaz);
    // a one-word name that another document's full name continues is that name (مازن + الفرايه)
    if (again.replaced.size) placed.splice(0, placed.length, ...placed.filter((p) => !again.replaced.has(p.m)));
    placed.push(...again.placed);
  }
  const u = new Union();
  for (const p of placed) u.find(p.m.key);

  // acronyms defined in brackets beside a name
  for (const { m } of placed) for (const a of m.aliases ?? []) if (/^[A-Z]{2,6}$/.test(a)) u.join(m.key, `acr:${a}`);

  // another name a document gives someone (محمد حمدان دقلو، المعروف بحميدتي) is theirs where another document
  // uses it alone
  {
    const keys = new Set(placed.map((p) => p.m.key));
    for (const { m } of placed) {
      for (const a of m.aliases ?? []) {
        const k = `${m.key.slice(0, 2)}${orthoKey(a.split(/\s+/).map((w) => fold(normalize(w))))}`;
        if (/^[po]:/.test(m.key) && k !== m.key && keys.has(k)) u.join(m.key, k);
      }
    }
  }

  // a double name and each of its names (معبر جابر - نصيب; معبر نصيب)
  {
    const keys = new Set(placed.map((p) => p.m.key));
    for (const { m } of placed) for (const k of m.parts ?? []) if (keys.has(k)) u.join(m.key, k);
  }

  // the same normalised name from different finders (a tagger ORG and a pattern ORG)
  const byName = new Map<string, string>();
  for (const { m } of placed) {
    if (!/^[pol]:/.test(m.key)) continue;
    const bare = m.key.slice(2);
    const seen = byName.get(bare);
    if (seen === undefined) byName.set(bare, m.key);
    else u.join(seen, m.key);
  }

  // a body named with its head noun in one place and without it in another (صحيفة التايمز / التايمز، شركة
  // أرامكو / أرامكو): one body, when the head is an organisation head without the article; a head before another
  // body's head names a part of it (مجلس اتحاد المحاكم، كتلة تيار المستقبل), which stays apart
  {
    const orgs = new Map<string, string>();
    for (const { m } of placed) if (m.key.startsWith('o:') && !orgs.has(m.key.slice(2))) orgs.set(m.key.slice(2), m.key);
    for (const { m } of placed) {
      if (m.by !== 'organisation' || m.words.length < 2 || !gaz.titles.orgHeads.has(m.words[0]!) || m.words[0]!.startsWith('ال')) continue;
      if (gaz.titles.orgHeads.has(m.words[1]!)) continue;
      const alone = orgs.get(orthoKey(m.words.slice(1)));
      if (alone) u.join(m.key, alone);
    }
  }

  // a ministry (or a central bank) no document qualifies is the corpus's only qualified one of its kind, if there is one
  {
    const qualified = new Map<string, Set<string>>();
    for (const { m } of placed) {
      const q = /^(ministry|inst):([^:]+):([^:?]+)$/.exec(m.key);
      if (q) qualified.set(`${q[1]}:${q[2]}`, (qualified.get(`${q[1]}:${q[2]}`) ?? new Set()).add(m.key));
    }
    for (const { m } of placed) {
      const q = /^(ministry|inst):([^:]+):\?/.exec(m.key);
      const only = q ? qualified.get(`${q[1]}:${q[2]}`) : undefined;
      if (only?.size === 1) u.join([...only][0]!, m.key);
    }
  }

  const clusters = () => {
    const out = new Map<string, Cluster>();
    for (const p of placed) {
      const root = u.find(p.m.key);
      let c = out.get(root);
      if (!c) out.set(root, (c = { key: root, mentions: [], gazetteer: null, names: [] }));
      c.mentions.push(p);
      if (p.m.gazetteer && !c.gazetteer && p.m.type === 'PERSON') c.gazetteer = p.m.gazetteer;
      if (p.m.type === 'PERSON' && p.m.words.length >= 2 && !c.names.some((n) => n.join(' ') === p.m.words.join(' '))) c.names.push(p.m.words);
    }
    return out;
  };

  // transliteration variants of foreign person names
  {
    const people = [...clusters().values()].filter((c) => c.names.length && majorityType(c) === 'PERSON');
    const blocks = new Map<string, Cluster[]>();
    for (const c of people) {
      const keys = new Set(c.names.flatMap((n) => [`f:${n[0]}`, `l:${skeleton(n[n.length - 1]!)}`]));
      for (const k of keys) {
        const list = blocks.get(k);
        if (list) list.push(c);
        else blocks.set(k, [c]);
      }
    }
    for (const list of blocks.values()) {
      for (let a = 0; a < list.length; a++)
        for (let b = a + 1; b < list.length; b++) {
          const x = list[a]!;
          const y = list[b]!;
          if (u.find(x.key) === u.find(y.key)) continue;
          if (x.gazetteer && y.gazetteer && x.gazetteer !== y.gazetteer) continue;
          if (x.names.some((n) => y.names.some((o) => sameName(n, o, gaz)))) u.join(x.key, y.key);
        }
    }
  }

  // a single surname (after a title, or found by the tagger) and the one full name in the corpus ending in it
  {
    const all = clusters();
    const byLast = new Map<string, Set<string>>();
    for (const c of all.values()) {
      if (majorityType(c) !== 'PERSON') continue;
      for (const n of c.names) {
        const last = n[n.length - 1]!;
        byLast.set(last, (byLast.get(last) ?? new Set()).add(c.key));
      }
    }
    const bySkeleton = new Map<string, string[]>();
    for (const last of byLast.keys()) {
      const k = skeleton(last);
      const list = bySkeleton.get(k);
      if (list) list.push(last);
      else bySkeleton.set(k, [last]);
    }
    for (const c of all.values()) {
      if (c.names.length || majorityType(c) !== 'PERSON') continue;
      const words = new Set(c.mentions.map((p) => p.m.words.join(' ')));
      if (words.size !== 1) continue;
      const w = [...words][0]!;
      let targets = byLast.get(w);
      // a transliterated surname spelt otherwise than in the full name (أوستين after لويد أوستن)
      if (!targets) {
        const like = new Set<string>();
        for (const last of bySkeleton.get(skeleton(w)) ?? []) if (sameLongForeignWord(w, last, gaz)) for (const k of byLast.get(last)!) like.add(k);
        if (like.size) targets = like;
      }
      if (targets?.size !== 1) continue;
      const target = all.get([...targets][0]!)!;
      const entry = c.key.startsWith('g:') ? gaz.entries.get(c.key.slice(2)) : undefined;
      if (!entry || target.gazetteer === entry.id || target.names.some((n) => entry.name === n.join(' '))) {
        u.join(target.key, c.key);
        continue;
      }
      // the surname alone was the known person of that surname only for want of another: the corpus names
      // someone else of that surname in full (ليلى العباسي, not the minister ثابت العباسي), so the surname is
      // theirs, unless its titles are the known person's own (وزير الدفاع العباسي)
      if (c.mentions.some((p) => p.m.roles.some((r) => holdsRole(entry, r)))) continue;
      for (const p of c.mentions) {
        const { gazetteer: _known, ...rest } = p.m;
        p.m = { ...rest, key: target.key, name: '' };
      }
    }
  }

  const final = [...clusters().values()].filter((c) => c.mentions.some((p) => !p.m.weak));
  const entities = final.map((c) => toEntity(c, gaz));
  entities.sort((a, b) => b.docs - a.docs || b.entity.mentions.length - a.entity.mentions.length || a.first - b.first);
  return entities.map((e, i) => ({ ...e.entity, id: `e${i + 1}` }));
}

/**
 * Names one document introduced (after a title, by the tagger, by their head noun) and another writes bare:
 * the other document's free words are matched against them, as the gazetteer's names are everywhere. A person
 * the other document found by one word only, where the words after it continue the introduced name (the tagger
 * stopping at a surname spelt another way: مازن | الفرايه after مازن الفراية), becomes that name, with its roles:
 * the one-word mention is returned as `replaced`.
 */
function repeatedAcross(docs: readonly Doc[], placed: readonly Placed[], gaz: Gazetteer): { placed: Placed[]; replaced: Set<EntityMention> } {
  const replaced = new Set<EntityMention>();
  const trie: WordTrie<EntityMention> = { next: new Map(), hits: [] };
  /**
   * The people among them by first word, for the spellings the trie does not hold: one entry per distinct name
   * (words, type, key), in the order first introduced. Forty outlets introducing one minister are one entry, so
   * a look-up costs the distinct people of that first name, not the corpus's size (the first match is the one
   * used, and a later copy of a name could only match where the first does).
   */
  const people = new Map<string, EntityMention[]>();
  const seen = new Set<string>();
  let any = false;
  for (const { m } of placed) {
    if (m.weak || m.gazetteer || m.words.length < 2 || (m.type !== 'PERSON' && m.type !== 'ORG')) continue;
    if (!(m.by === 'title' || m.by === 'tagger' || m.by === 'organisation')) continue;
    let node = trie;
    for (const w of m.words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), hits: [] }));
      node = child;
    }
    if (!node.hits.length) node.hits.push(m), (any = true);
    if (m.type === 'PERSON') {
      const id = `${m.words.join(' ')}\u0000${m.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const list = people.get(m.words[0]!);
      if (list) list.push(m);
      else people.set(m.words[0]!, [m]);
    }
  }
  if (!any) return { placed: [], replaced };
  const out: Placed[] = [];
  docs.forEach((d, order) => {
    const mine = (d.layers.entities as EntityMention[] | undefined) ?? [];
    if (!d.tokens.length) return;
    const v = buildView(d);
    const taken = new Uint8Array(v.n);
    let t = 0;
    const single: Array<{ k: number; m: EntityMention }> = [];
    for (const m of [...mine].sort((a, b) => a.bodyStart - b.bodyStart)) {
      while (t < v.n && v.tokens[t]!.bodyEnd <= m.bodyStart) t++;
      for (let k = t; k < v.n && v.tokens[k]!.bodyStart < m.bodyEnd; k++) taken[k] = 1;
      if (m.type === 'PERSON' && m.words.length === 1 && !m.gazetteer && t < v.n && v.tokens[t]!.bodyEnd === m.bodyEnd) single.push({ k: t, m });
    }
    for (const { k, m } of single) {
      const matches = walk(v, k, trie);
      const hit = matches[matches.length - 1];
      if (!hit || hit.j <= k + 1 || hit.hits[0]!.type !== 'PERSON' || v.sentence[hit.j - 1] !== v.sentence[k]) continue;
      let free = true;
      for (let x = k + 1; x < hit.j; x++) if (taken[x]) free = false;
      if (!free) continue;
      out.push({ doc: d.id, order, m: repeatAt(v, k, hit, m.roles) });
      replaced.add(m);
      taken.fill(1, k, hit.j);
    }
    for (let k = 0; k < v.n; k++) {
      if (taken[k] || !isWord(v, k)) continue;
      const all = walk(v, k, trie);
      const hit = all[all.length - 1] ?? transliterated(v, k, people, gaz);
      if (!hit) continue;
      let free = true;
      for (let x = k; x < hit.j; x++) if (taken[x]) free = false;
      if (!free) continue;
      out.push({ doc: d.id, order, m: repeatAt(v, k, hit, []) });
      taken.fill(1, k, hit.j);
      k = hit.j - 1;
    }
  });
  return { placed: out, replaced };
}

/** The mention of an introduced name found again at token k, as far as the match runs. */
function repeatAt(v: ReturnType<typeof buildView>, k: number, hit: { j: number; hits: EntityMention[]; form: Form }, roles: readonly string[]): EntityMention {
  const src = hit.hits[0]!;
  const c: Candidate = { i: k, j: hit.j, form: hit.form, type: src.type, key: src.key, name: '', by: 'repeat', priority: 0, roles: [...roles], words: wordsOf(v, k, hit.j, hit.form) };
  return toMention(v, c, undefined);
}

/**
 * An introduced person's name at token k in another transliteration (ينس ستولتنبيرغ after ينس ستولتنبرغ): the
 * first word exact, the others the same foreign word (keys.ts sameForeignWord).
 */
function transliterated(v: ReturnType<typeof buildView>, k: number, people: ReadonlyMap<string, EntityMention[]>, gaz: Gazetteer) {
  for (const m of people.get(v.key[k]!) ?? []) {
    const j = k + m.words.length;
    if (j > v.n) continue;
    let ok = true;
    for (let x = k + 1; x < j && ok; x++) ok = isWord(v, x) && v.sentence[x] === v.sentence[k] && !v.forms[x]![0]!.lead.length && sameLongForeignWord(v.key[x]!, m.words[x - k]!, gaz);
    if (ok) return { j, hits: [m], form: v.forms[k]![0]! };
  }
  return undefined;
}

/**
 * The same foreign word in two spellings, for a word that stands alone or beside one exact word only: both of
 * five letters or more, since four-letter skeletons match Arabic names of other roots (عليا / عليوة).
 */
function sameLongForeignWord(a: string, b: string, gaz: Gazetteer): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && sameForeignWord(a, b, gaz.given));
}

/** Two full names of one person: word for word the same or the same transliteration, one word at least exact. */
function sameName(a: string[], b: string[], gaz: Gazetteer): boolean {
  const names = gaz.given;
  if (a.length === b.length) {
    let exact = 0;
    let skeletal = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) exact++;
      else if (!sameForeignWord(a[i]!, b[i]!, names)) return false;
      else if (skeleton(a[i]!) === skeleton(b[i]!)) skeletal++;
    }
    // one word the same (لويد أوستن / لويد أوستين), or every word the same transliteration (دمقي مكونن / ديميكي ميكونين)
    return exact > 0 || skeletal === a.length;
  }
  // a middle name left out (تشارلز براون / تشارلز كيو براون): same first word, same surname, not a given name
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (s.length < 2) return false;
  const last = s[s.length - 1]!;
  return s[0] === l[0] && !names.has(last) && sameForeignWord(last, l[l.length - 1]!, names) && s.slice(1, -1).every((w) => l.includes(w));
}

function majorityType(c: Cluster): EntityType {
  const votes = new Map<EntityType, number>();
  for (const { m } of c.mentions) {
    const weight = m.gazetteer ? 10 : m.by === 'title' || m.by === 'ministry' || m.by === 'institution' ? 3 : 1;
    votes.set(m.type, (votes.get(m.type) ?? 0) + weight);
  }
  let best: EntityType = 'MISC';
  let n = -1;
  for (const [t, k] of votes) if (k > n) (best = t), (n = k);
  return best;
}

/** A surface spelling as a variant: without quotes, brackets or doubled spaces; للحشد's article written out. */
function variantOf(m: EntityMention): string {
  let s = m.text.replace(/["'«»“”„‟‘’‹›()[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  const first = normalize(s.split(' ')[0] ?? '');
  if (m.words[0]?.startsWith('ال') && !first.startsWith('ال') && first.startsWith('ل')) s = 'ا' + s;
  return s;
}

function stripMarks(s: string): string {
  return s.replace(/[\u064B-\u0652\u0670\u0640]/g, '');
}

/** Whether a mention's title is one of a known person's positions (وزير الدفاع in «وزير الدفاع العراقي»). */
function holdsRole(entry: { roles: ReadonlyArray<{ title: string }> }, role: string): boolean {
  const r = normalize(role);
  return entry.roles.some((h) => {
    const t = normalize(h.title);
    return r.includes(t) || t.includes(r);
  });
}

function toEntity(c: Cluster, gaz: Gazetteer): { entity: Omit<ResolvedEntity, 'id'> & { id: string }; docs: number; first: number } {
  const type = majorityType(c);
  const counts = new Map<string, number>();
  /** Mentions of each full name (two words or more) of a person. */
  const fullNames = new Map<string, number>();
  const variants: string[] = [];
  const roles: string[] = [];
  const roleKeys = new Set<string>();
  let canonical = '';
  const seenSpans = new Set<string>();
  const mentions: ResolvedEntity['mentions'] = [];
  const ordered = [...c.mentions].sort((a, b) => a.order - b.order || a.m.start - b.m.start);
  // a set beside the list: an entity named in thousands of articles is looked up as often
  const variantSet = new Set<string>();
  const addVariant = (x: string) => {
    if (!variantSet.has(x)) variantSet.add(x), variants.push(x);
  };
  for (const { doc, m } of ordered) {
    const v = variantOf(m);
    addVariant(v);
    for (const a of m.aliases ?? []) addVariant(a);
    if (m.by !== 'surname' && m.by !== 'acronym') counts.set(stripMarks(v), (counts.get(stripMarks(v)) ?? 0) + m.words.length * 100 + 1);
    if (m.type === 'PERSON' && m.words.length >= 2 && m.by !== 'acronym') fullNames.set(stripMarks(v), (fullNames.get(stripMarks(v)) ?? 0) + 1);
    if (!canonical && m.name && m.key === c.key && (m.by === 'gazetteer' || m.by === 'ministry' || m.by === 'institution')) canonical = m.name;
    for (const r of m.roles) {
      const k = normalize(r);
      if (!roleKeys.has(k)) roleKeys.add(k), roles.push(r);
    }
    const span = `${doc}:${m.start}:${m.end}`;
    if (!seenSpans.has(span)) seenSpans.add(span), mentions.push({ doc, start: m.start, end: m.end });
  }
  if (!canonical && c.key.startsWith('g:')) canonical = gaz.entries.get(c.key.slice(2))?.name ?? '';
  canonical ||= ordered.find(({ m }) => m.name && (m.by === 'gazetteer' || m.by === 'ministry' || m.by === 'institution'))?.m.name ?? '';
  // a person is named in full, as the articles introduce them, however often they are then called by the surname
  // alone (بهاء الأعرجي, then الأعرجي twice): the full name most mentioned, the first of equals
  if (!canonical && type === 'PERSON') {
    let best = 0;
    for (const [v, n] of fullNames) if (n > best) (best = n), (canonical = v);
  }
  if (!canonical) {
    let best = -1;
    for (const [v, n] of counts) if (n > best) (best = n), (canonical = v);
  }
  if (!canonical) canonical = stripMarks(variants[0] ?? '');
  return {
    entity: { id: '', type, name: canonical, variants, roles, mentions },
    docs: new Set(c.mentions.map((p) => p.doc)).size,
    // a loop, not Math.min(...): an entity may have more mentions than a call may have arguments
    first: c.mentions.reduce((min, p) => Math.min(min, p.order * 1e9 + p.m.start), Infinity),
  };
}

export { orthoKey };
