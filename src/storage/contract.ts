/**
 * The store contract: what every backend must do the same way. `pglite.test.ts` runs it always, on a data
 * folder; `postgres.test.ts` runs it when DATABASE_URL names a server. Collections keep the tests apart inside
 * one store, so the suite opens one store and reopens it once.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash } from './content-hash.js';
import { StoreError, type NewArticle, type Store } from './store.js';
import { MATCH, PLANT_EXPERTS, PLANT_OFFICIAL, PLANT_SIGNED } from './sample-articles.js';
import { Workspace } from './workspace.js';
import { defaultPipeline } from '../pipeline/default.js';
import { runSource } from '../pipeline/run.js';
import { articleIndex } from './search-terms.js';

export interface ContractBackend {
  /** Opens a store on an empty database. */
  open(): Promise<Store>;
  /** Closes `store` and opens the same database again. */
  reopen(store: Store): Promise<Store>;
  /** Removes what `open` made. */
  cleanup?(): Promise<void>;
}

const article = (text: string, origin: string, declared: NewArticle['declared'] = {}): NewArticle => ({ origin, format: 'text', text, declared });

interface Mentionish {
  doc: string;
  start: number;
  end: number;
  text: string;
}

/** Every object of `value` that looks like a mention (doc, start, end, text). */
function mentionsIn(value: unknown, out: Mentionish[] = []): Mentionish[] {
  if (Array.isArray(value)) value.forEach((v) => mentionsIn(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.doc === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push(o as unknown as Mentionish);
    Object.values(o).forEach((v) => mentionsIn(v, out));
  }
  return out;
}

export function storeContract(name: string, backend: ContractBackend): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    let ws: Workspace;
    before(async () => {
      store = await backend.open();
      ws = new Workspace(store, { version: 'contract-1' });
    });
    after(async () => {
      await store?.close();
      await backend.cleanup?.();
    });

    test('an article is stored with its exact text, origin, hash and declared metadata', async () => {
      const c = await store.createCollection('مياه');
      const text = 'سطر أول\r\nسطر ثانٍ فيه تشكيلٌ وتطويـــل 😀\n';
      const res = await store.addArticles(c.id, [article(text, 'upload/a.txt', { outlet: 'صحيفة الغد', published: '2025-03-02' })]);
      assert.equal(res.revision, 1);
      assert.equal(res.added.length, 1);
      const got = await store.article(c.id, res.added[0]!.id);
      assert.ok(got);
      assert.equal(got.text, text, 'the stored text must be byte-for-byte the decoded text: offsets point into it');
      assert.equal(got.origin, 'upload/a.txt');
      assert.equal(got.contentHash, contentHash(text));
      assert.deepEqual(got.declared, { outlet: 'صحيفة الغد', published: '2025-03-02' });
      assert.equal((await store.collection(c.id))?.articles, 1);
      assert.equal(await store.collection('cnope'), null);
    });

    test('adding the same text twice stores it once, also with other line ends, and within one batch', async () => {
      const c = await store.createCollection('تكرار');
      const first = await store.addArticles(c.id, [article(PLANT_SIGNED, 'a.txt')]);
      const again = await store.addArticles(c.id, [article(PLANT_SIGNED.replace(/\n/g, '\r\n'), 'copy.txt'), article(MATCH, 'b.txt'), article(MATCH, 'b2.txt')]);
      assert.deepEqual(again.duplicates.map((d) => [d.origin, d.article]), [['copy.txt', first.added[0]!.id], ['b2.txt', again.added[0]!.id]]);
      assert.equal(again.added.length, 1);
      const none = await store.addArticles(c.id, [article(MATCH, 'b3.txt')]);
      assert.equal(none.added.length, 0);
      assert.equal(none.revision, again.revision, 'a write that adds nothing does not bump the revision');
      assert.deepEqual((await store.articles(c.id)).map((a) => a.origin), ['a.txt', 'b.txt']);
      // another collection is another pile: the same text is stored there
      const other = await store.createCollection('أخرى');
      assert.equal((await store.addArticles(other.id, [article(MATCH, 'b.txt')])).added.length, 1);
    });

    test('a batch with one bad article stores none of it', async () => {
      const c = await store.createCollection('دفعة');
      // the good article is inserted before the bad one is met: only a rollback takes it out again
      await assert.rejects(store.addArticles(c.id, [article(PLANT_SIGNED, 'ok.txt'), article('   ', 'blank.txt')]), (e: unknown) => e instanceof StoreError && e.code === 'article/invalid');
      await assert.rejects(store.addArticles(c.id, [article(MATCH, 'ok.txt'), article('نص\u0000ثنائي', 'nul.bin')]), /NUL/);
      assert.equal((await store.articles(c.id)).length, 0);
      assert.equal((await store.collection(c.id))?.revision, 0);
      await assert.rejects(store.addArticles('cmissing', [article(PLANT_SIGNED, 'x.txt')]), (e: unknown) => e instanceof StoreError && e.code === 'collection/not-found');
      const ok = await store.addArticles(c.id, [article(PLANT_SIGNED, 'ok.txt')]);
      assert.equal(ok.added[0]!.id, 'a1', 'a rolled-back batch hands out no article numbers');
    });

    test('concurrent writers to one collection get distinct numbers and one copy of a shared text', async () => {
      const c = await store.createCollection('تزامن');
      const texts = [PLANT_SIGNED, PLANT_OFFICIAL, PLANT_EXPERTS, MATCH];
      const results = await Promise.all(texts.map((t, i) => store.addArticles(c.id, [article(t, `w${i}.txt`), article(MATCH, `shared${i}.txt`)])));
      const stored = await store.articles(c.id);
      assert.equal(stored.length, 4, 'four texts, MATCH among them once');
      assert.deepEqual(stored.map((a) => a.id), ['a1', 'a2', 'a3', 'a4']);
      assert.deepEqual(stored.map((a) => a.seq), [1, 2, 3, 4]);
      assert.equal(results.reduce((n, r) => n + r.added.length, 0), 4);
      const adding = results.filter((r) => r.added.length).length;
      assert.equal((await store.collection(c.id))?.revision, adding, 'each write that added something is one revision');
      assert.deepEqual(results.filter((r) => r.added.length).map((r) => r.revision).sort(), Array.from({ length: adding }, (_, i) => i + 1));
    });

    test('stories grow as articles are added and keep their keys', async () => {
      const c = await store.createCollection('قصص');
      const one = await ws.addSources(c.id, [
        { id: 'x', origin: 'signed.txt', text: PLANT_SIGNED, format: 'text', declared: { outlet: 'وكالة أ' }, messages: [] },
        { id: 'y', origin: 'official.txt', text: PLANT_OFFICIAL, format: 'text', declared: { outlet: 'صحيفة ب' }, messages: [] },
      ]);
      assert.equal(one.stories.length, 1, JSON.stringify(one.stories));
      const plant = one.stories[0]!;
      assert.deepEqual(plant.documents.sort(), ['a1', 'a2']);

      const two = await ws.addSources(c.id, [{ id: 'z', origin: 'match.txt', text: MATCH, format: 'text', declared: {}, messages: [] }]);
      assert.equal(two.stories.length, 2);
      const three = await ws.addSources(c.id, [{ id: 'w', origin: 'experts.txt', text: PLANT_EXPERTS, format: 'text', declared: {}, messages: [] }]);
      const grown = three.stories.find((s) => s.key === plant.key);
      assert.ok(grown, 'the plant story kept its key');
      assert.deepEqual(grown.documents.sort(), ['a1', 'a2', 'a4']);
      assert.equal(grown.createdRevision, plant.createdRevision);
      assert.equal(grown.updatedRevision, three.revision, 'the grown story is marked as updated by the last write');
      const football = three.stories.find((s) => s.documents.includes('a3'))!;
      assert.notEqual(football.key, plant.key);
      assert.equal(football.updatedRevision, two.revision, 'the untouched story keeps its last update');
      assert.deepEqual(await store.stories(c.id), three.stories);

      // what the analysis found is kept with each article
      const a3 = (await store.articles(c.id)).find((a) => a.id === 'a3')!;
      assert.equal(a3.analysis?.revision, three.revision);
      assert.equal(a3.analysis?.documents[0]?.id, 'a3');
      assert.equal(a3.analysis?.documents[0]?.story, football.dossierId);
    });

    test('the dossier export is the core dossier, its mentions exact slices of the stored texts', async () => {
      const c = await store.createCollection('ملف');
      await ws.addSources(c.id, [
        { id: 'x', origin: 'signed.txt', text: PLANT_SIGNED, format: 'text', declared: {}, messages: [] },
        { id: 'y', origin: 'official.txt', text: PLANT_OFFICIAL, format: 'text', declared: {}, messages: [] },
      ]);
      const { json, revision } = await ws.dossier(c.id);
      assert.equal(revision, 1);
      const dossier = JSON.parse(json) as { schema: string; documents: Array<{ id: string; source: string }>; stories: unknown[] };
      assert.equal(dossier.schema, 'marsad.dossier/1');
      assert.deepEqual(dossier.documents.map((d) => [d.id, d.source]), [['a1', 'signed.txt'], ['a2', 'official.txt']]);
      const texts = new Map((await store.articleTexts(c.id)).map((a) => [a.id, a.text]));
      const mentions = mentionsIn(dossier);
      assert.ok(mentions.length > 5, 'the dossier cites the articles');
      for (const m of mentions) assert.equal(texts.get(m.doc.split('#')[0]!)!.slice(m.start, m.end), m.text);
    });

    test('search folds hamza, alef, ى/ي, ة/ه, diacritics, tatweel and clitics, the same for every backend', async () => {
      const c = await store.createCollection('بحث');
      await ws.addSources(c.id, [
        { id: 'x', origin: 'signed.txt', text: PLANT_SIGNED, format: 'text', declared: {}, messages: [] },
        { id: 'y', origin: 'official.txt', text: PLANT_OFFICIAL, format: 'text', declared: {}, messages: [] },
        { id: 'z', origin: 'match.txt', text: MATCH, format: 'text', declared: {}, messages: [] },
      ]);
      const found = async (q: string) => (await store.search(q, { collection: c.id })).map((h) => h.article).sort();
      assert.deepEqual(await found('مسئول'), ['a2'], 'ئ and ؤ are one hamza');
      assert.deepEqual(await found('افقر'), ['a2'], 'bare alef finds أ');
      assert.deepEqual(await found('الاردن'), ['a1', 'a2'], 'a word finds its nisba (الأردنية)');
      assert.deepEqual(await found('المستشفي'), ['a3'], 'ي finds ى');
      assert.deepEqual(await found('الحكومه'), ['a1', 'a2'], 'ه finds ة');
      assert.deepEqual(await found('وَقَّعَتْ'), ['a1', 'a2'], 'diacritics are ignored');
      assert.deepEqual(await found('الاتفاقيـــة'), ['a1', 'a2'], 'tatweel is ignored');
      assert.deepEqual(await found('وبالحكومة'), ['a1', 'a2'], 'clitics of the query are split');
      assert.deepEqual(await found('مياه العقبة'), ['a1', 'a2'], 'all words must match (بالمياه، والري hold them too)');
      assert.deepEqual(await found('مياه الفيصلي'), [], 'one missing word: no hit');
      assert.deepEqual(await found('الفيصلي'), ['a3']);
      assert.deepEqual(await found('300'), ['a1', 'a2']);
      assert.deepEqual(await found('؟؟'), [], 'a query of no words finds nothing');

      const texts = new Map((await store.articleTexts(c.id)).map((a) => [a.id, a.text]));
      const [hit] = await store.search('المسؤولين مسؤول', { collection: c.id });
      assert.equal(hit?.article, 'a2');
      assert.deepEqual(
        hit.spans.map(([s, e]) => texts.get('a2')!.slice(s, e)),
        ['مسؤولون', 'مسؤول'],
        'the hit spans are exact source offsets of the words found',
      );
      // hits of other collections stay out when one is asked for, and come in when none is
      const elsewhere = await store.createCollection('غيرها');
      await ws.addSources(elsewhere.id, [{ id: 'z', origin: 'm.txt', text: MATCH, format: 'text', declared: {}, messages: [] }]);
      assert.deepEqual((await store.search('الفيصلي', { collection: c.id })).map((h) => h.collection), [c.id]);
      const all = (await store.search('الفيصلي')).map((h) => h.collection);
      assert.ok(all.includes(c.id) && all.includes(elsewhere.id));
    });

    test('re-analysing with a new engine replaces the analysis and the index without duplicating them', async () => {
      const c = await store.createCollection('إعادة');
      await ws.addSources(c.id, [
        { id: 'x', origin: 'signed.txt', text: PLANT_SIGNED, format: 'text', declared: {}, messages: [] },
        { id: 'z', origin: 'match.txt', text: MATCH, format: 'text', declared: {}, messages: [] },
      ]);
      const before = await store.stories(c.id);
      const again = await ws.refresh(c.id);
      assert.equal(again.analysed, false, 'a current analysis is not redone');
      const hitsBefore = await store.search('الفيصلي', { collection: c.id });

      const newer = new Workspace(store, { version: 'contract-2' });
      const redo = await newer.refresh(c.id);
      assert.equal(redo.analysed, true);
      assert.deepEqual(redo.stories.map((s) => [s.key, s.documents]), before.map((s) => [s.key, s.documents]), 'stories keep their keys');
      assert.equal((await store.dossier(c.id))?.engineVersion, 'contract-2');
      for (const a of await store.articles(c.id)) {
        assert.equal(a.indexedVersion, 'contract-2');
        assert.equal(a.analysis?.engineVersion, 'contract-2');
      }
      assert.deepEqual(await store.search('الفيصلي', { collection: c.id }), hitsBefore, 'the index was replaced, not doubled');

      // an analysis older than the stored one is refused without writing
      const stale = await store.saveAnalysis(c.id, { revision: 0, engineVersion: 'old', dossier: '{}', stories: [], articles: [], index: { articles: [], documents: [] } });
      assert.equal(stale.saved, false);
      assert.equal((await store.dossier(c.id))?.engineVersion, 'contract-2');
    });

    test('an article indexed on its own, as a queue worker does, is found; indexing it again replaces its terms', async () => {
      const c = await store.createCollection('فهرسة');
      const res = await store.addArticles(c.id, [article(PLANT_OFFICIAL, 'official.txt'), article(MATCH, 'match.txt')]);
      const [official, match] = res.added;
      const docsOf = async (id: string) => {
        const a = (await store.article(c.id, id))!;
        return runSource(defaultPipeline, { id: a.id, origin: a.origin, text: a.text, format: a.format, declared: a.declared, messages: [] }).docs;
      };
      assert.deepEqual(await store.search('الفيصلي', { collection: c.id }), [], 'nothing is searchable before it is indexed');
      await store.indexArticle(c.id, articleIndex(match!.id, 'worker-1', await docsOf(match!.id)));
      const once = await store.search('الفيصلي', { collection: c.id });
      assert.deepEqual(once.map((h) => [h.article, h.doc]), [[match!.id, match!.id]]);
      assert.equal(once[0]!.title, 'الفيصلي يتغلب على الحسين إربد ويقترب من لقب الدوري', 'a hit shows the headline the worker found');
      assert.ok(once[0]!.score >= 4);
      assert.deepEqual(once[0]!.spans.map(([s, e]) => MATCH.slice(s, e)), Array(once[0]!.spans.length).fill('الفيصلي'), 'spans are source offsets of the word');

      // a retried job indexes the same article again: the same hits, not doubled ones
      await store.indexArticle(c.id, articleIndex(match!.id, 'worker-1', await docsOf(match!.id)));
      assert.deepEqual(await store.search('الفيصلي', { collection: c.id }), once);
      // two deliveries at once end as one
      const officialDocs = await docsOf(official!.id);
      await Promise.all([1, 2].map(() => store.indexArticle(c.id, articleIndex(official!.id, 'worker-1', officialDocs))));
      const hits = await store.search('مسئول', { collection: c.id });
      assert.deepEqual(hits.map((h) => h.article), [official!.id]);
      assert.deepEqual(hits[0]!.spans.map(([s, e]) => PLANT_OFFICIAL.slice(s, e)), ['مسؤولون', 'مسؤول']);

      const summaries = new Map((await store.articles(c.id)).map((a) => [a.id, a]));
      assert.equal(summaries.get(match!.id)?.indexedVersion, 'worker-1');
      assert.deepEqual(summaries.get(match!.id)?.analysis?.documents.map((d) => [d.id, d.story]), [[match!.id, null]]);

      // a newer engine's terms replace the old ones: a word the new index lacks is not found any more
      await store.indexArticle(c.id, { articleId: match!.id, engineVersion: 'worker-2', documents: [{ docId: match!.id, title: null, outlet: null, published: null, terms: new Map([['دوري', [[0, 3]]]]) }] });
      assert.deepEqual(await store.search('الفيصلي', { collection: c.id }), []);
      assert.deepEqual((await store.search('الدوري', { collection: c.id })).map((h) => h.article), [match!.id]);
      assert.equal((await store.article(c.id, match!.id))?.indexedVersion, 'worker-2');
      // an analysis the workspace made keeps its stories when a worker indexes the article
      const own = await store.createCollection('فهرسة محلية');
      await ws.addSources(own.id, [{ id: 'x', origin: 'm.txt', text: MATCH, format: 'text', declared: {}, messages: [] }]);
      const story = (await store.articles(own.id))[0]!.analysis!.documents[0]!.story;
      assert.ok(story);
      await store.indexArticle(own.id, articleIndex('a1', 'worker-1', await (async () => runSource(defaultPipeline, { id: 'a1', origin: 'm.txt', text: MATCH, format: 'text', declared: {}, messages: [] }).docs)()));
      assert.equal((await store.articles(own.id))[0]!.analysis!.documents[0]!.story, story);

      await assert.rejects(store.indexArticle(c.id, articleIndex('a99', 'worker-1', [])), (e: unknown) => e instanceof StoreError && e.code === 'article/invalid');
      await assert.rejects(store.indexArticle('cnope', articleIndex('a1', 'worker-1', [])), (e: unknown) => e instanceof StoreError && e.code === 'collection/not-found');
    });

    test('what was committed is there after the database is closed and opened again', async () => {
      const c = await store.createCollection('بقاء');
      await ws.addSources(c.id, [{ id: 'x', origin: 'official.txt', text: PLANT_OFFICIAL, format: 'text', declared: { url: 'https://example.org/a' }, messages: [] }]);
      const storiesBefore = await store.stories(c.id);
      const dossierBefore = await store.dossier(c.id);
      // a batch that fails must leave nothing behind after the reopen either
      await assert.rejects(store.addArticles(c.id, [article(MATCH, 'm.txt'), article('', 'empty.txt')]));
      store = await backend.reopen(store);
      ws = new Workspace(store, { version: 'contract-1' });
      assert.equal((await store.collection(c.id))?.name, 'بقاء');
      assert.deepEqual((await store.articles(c.id)).map((a) => [a.id, a.declared.url]), [['a1', 'https://example.org/a']]);
      assert.equal((await store.article(c.id, 'a1'))?.text, PLANT_OFFICIAL);
      assert.deepEqual(await store.stories(c.id), storiesBefore);
      assert.deepEqual(await store.dossier(c.id), dossierBefore);
      assert.deepEqual((await store.search('مسئولون', { collection: c.id })).map((h) => h.article), ['a1']);
      assert.equal((await ws.refresh(c.id)).analysed, false, 'the reopened analysis is current');
    });
  });
}
