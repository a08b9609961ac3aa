/**
 * The store over SQL: one implementation for both backends (PGlite and PostgreSQL differ only in their driver).
 * Every write is one transaction; the collection's row is locked first, so concurrent writers to one
 * collection queue up instead of handing out one article number twice.
 */
import { randomBytes } from 'node:crypto';
import type { Message } from '../model/message.js';
import { contentHash } from './content-hash.js';
import { migrate } from './migrations.js';
import { queryGroups } from './search-terms.js';
import type { Row, SqlDriver, SqlExecutor } from './sql.js';
import {
  StoreError,
  type AddResult,
  type AnalysisRecord,
  type ArticleAnalysis,
  type ArticleIndex,
  type DocumentTerms,
  type ArticleSummary,
  type CollectionInfo,
  type NewArticle,
  type SaveResult,
  type SearchHit,
  type SearchOptions,
  type Store,
  type StoredArticle,
  type StoryRecord,
} from './store.js';
import { keyStories } from './story-identity.js';

/** Rows per multi-row insert of search terms: large enough to be fast, small enough for one message. */
const TERM_CHUNK = 4000;
const MAX_NAME = 200;

function iso(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

function newCollectionId(): string {
  // 10 base32 letters: 50 bits, unguessable enough for a link, short enough to read aloud
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return 'c' + [...randomBytes(10)].map((b) => alphabet[b & 31]).join('');
}

const COLLECTION_COLUMNS = `c.id, c.name, c.created_at, c.revision,
  (SELECT d.revision FROM dossiers d WHERE d.collection_id = c.id) AS analysed_revision,
  (SELECT count(*)::int FROM articles a WHERE a.collection_id = c.id) AS articles`;

function collectionOf(r: Row): CollectionInfo {
  return {
    id: r.id as string,
    name: r.name as string,
    createdAt: iso(r.created_at),
    revision: r.revision as number,
    analysedRevision: (r.analysed_revision as number | null) ?? null,
    articles: r.articles as number,
  };
}

const SUMMARY_COLUMNS = 'id, seq, origin, format, content_hash, declared, encoding, added_revision, added_at, analysis, indexed_version';

function summaryOf(r: Row): ArticleSummary {
  return {
    id: r.id as string,
    seq: r.seq as number,
    origin: r.origin as string,
    format: r.format as 'text' | 'html',
    contentHash: r.content_hash as string,
    declared: (r.declared as ArticleSummary['declared']) ?? {},
    encoding: (r.encoding as string | null) ?? null,
    addedRevision: r.added_revision as number,
    addedAt: iso(r.added_at),
    analysis: (r.analysis as ArticleAnalysis | null) ?? null,
    indexedVersion: (r.indexed_version as string | null) ?? null,
  };
}

function articleOf(r: Row): StoredArticle {
  return { ...summaryOf(r), text: r.source_text as string, messages: (r.messages as Message[]) ?? [] };
}

function storyOf(r: Row): StoryRecord {
  return {
    key: r.story_key as string,
    dossierId: r.dossier_id as string,
    title: (r.title as string | null) ?? null,
    documents: r.documents as string[],
    createdRevision: r.created_revision as number,
    updatedRevision: r.updated_revision as number,
  };
}

function checkArticle(a: NewArticle, i: number): void {
  if (typeof a.text !== 'string' || !a.text.trim()) throw new StoreError('article/invalid', `article ${i + 1} has no text`);
  if (a.format !== 'text' && a.format !== 'html') throw new StoreError('article/invalid', `article ${i + 1} has an unknown format`);
  if (typeof a.origin !== 'string' || !a.origin) throw new StoreError('article/invalid', `article ${i + 1} has no origin`);
  // PostgreSQL text cannot hold U+0000; dropping it would shift every offset after it
  if (a.text.includes('\u0000')) throw new StoreError('article/invalid', `article ${i + 1} contains a NUL character, which the database cannot store`);
}

/** Story keys sort by their number (S2 before S10). */
function byKey(a: StoryRecord, b: StoryRecord): number {
  return Number(a.key.slice(1)) - Number(b.key.slice(1));
}

/** Inserts documents' terms (their old ones deleted first by the caller), in chunks of one statement each. */
async function insertTerms(tx: SqlExecutor, collection: string, documents: readonly DocumentTerms[]): Promise<void> {
  const rows: Array<[string, string, string, number, string]> = [];
  for (const d of documents) {
    for (const [term, spans] of d.terms) rows.push([d.articleId, d.docId, term, spans.length, JSON.stringify(spans)]);
  }
  for (let i = 0; i < rows.length; i += TERM_CHUNK) {
    const chunk = rows.slice(i, i + TERM_CHUNK);
    await tx.query(
      `INSERT INTO search_terms (collection_id, article_id, doc_id, term, hits, spans)
       SELECT $1, u.article_id, u.doc_id, u.term, u.hits, u.spans::jsonb
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[]) AS u(article_id, doc_id, term, hits, spans)`,
      [collection, chunk.map((r) => r[0]), chunk.map((r) => r[1]), chunk.map((r) => r[2]), chunk.map((r) => r[3]), chunk.map((r) => r[4])],
    );
  }
}

export class SqlStore implements Store {
  private constructor(private readonly db: SqlDriver) {}

  /** Opens the store on a driver and brings its schema up to date. */
  static async open(db: SqlDriver): Promise<SqlStore> {
    try {
      await migrate(db);
    } catch (err) {
      await db.close().catch(() => {});
      throw err;
    }
    return new SqlStore(db);
  }

  get label(): string {
    return this.db.label;
  }

  async createCollection(name: string): Promise<CollectionInfo> {
    const clean = typeof name === 'string' ? name.trim() : '';
    if (!clean || clean.length > MAX_NAME) throw new StoreError('collection/invalid', `a collection needs a name of 1 to ${MAX_NAME} characters`);
    const id = newCollectionId();
    await this.db.query('INSERT INTO collections (id, name) VALUES ($1, $2)', [id, clean]);
    return (await this.collection(id))!;
  }

  async collection(id: string): Promise<CollectionInfo | null> {
    const rows = await this.db.query(`SELECT ${COLLECTION_COLUMNS} FROM collections c WHERE c.id = $1`, [id]);
    return rows[0] ? collectionOf(rows[0]) : null;
  }

  async collections(): Promise<CollectionInfo[]> {
    return (await this.db.query(`SELECT ${COLLECTION_COLUMNS} FROM collections c ORDER BY c.created_at, c.id`)).map(collectionOf);
  }

  private async lock(tx: SqlExecutor, collection: string): Promise<Row> {
    const rows = await tx.query('SELECT revision, next_article, next_story FROM collections WHERE id = $1 FOR UPDATE', [collection]);
    if (!rows[0]) throw new StoreError('collection/not-found', `no collection ${collection}`);
    return rows[0];
  }

  async addArticles(collection: string, articles: NewArticle[]): Promise<AddResult> {
    return this.db.transaction(async (tx) => {
      const c = await this.lock(tx, collection);
      const revision = (c.revision as number) + 1;
      let seq = c.next_article as number;
      const added: ArticleSummary[] = [];
      const duplicates: AddResult['duplicates'] = [];
      for (const [i, a] of articles.entries()) {
        // checked as it comes, inside the transaction: a bad article after good ones rolls them back
        checkArticle(a, i);
        const hash = contentHash(a.text);
        const existing = await tx.query<{ id: string }>('SELECT id FROM articles WHERE collection_id = $1 AND content_hash = $2', [collection, hash]);
        if (existing[0]) {
          duplicates.push({ origin: a.origin, article: existing[0].id, contentHash: hash });
          continue;
        }
        const rows = await tx.query(
          `INSERT INTO articles (collection_id, id, seq, content_hash, origin, format, source_text, declared, encoding, messages, added_revision)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10::jsonb, $11)
           RETURNING ${SUMMARY_COLUMNS}`,
          [collection, `a${seq}`, seq, hash, a.origin, a.format, a.text, JSON.stringify(a.declared ?? {}), a.encoding ?? null, JSON.stringify(a.messages ?? []), revision],
        );
        added.push(summaryOf(rows[0]!));
        seq++;
      }
      if (!added.length) return { revision: c.revision as number, added, duplicates };
      await tx.query('UPDATE collections SET revision = $2, next_article = $3 WHERE id = $1', [collection, revision, seq]);
      return { revision, added, duplicates };
    });
  }

  async articles(collection: string): Promise<ArticleSummary[]> {
    await this.mustExist(collection);
    return (await this.db.query(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE collection_id = $1 ORDER BY seq`, [collection])).map(summaryOf);
  }

  async articleTexts(collection: string): Promise<StoredArticle[]> {
    await this.mustExist(collection);
    return (await this.db.query(`SELECT ${SUMMARY_COLUMNS}, source_text, messages FROM articles WHERE collection_id = $1 ORDER BY seq`, [collection])).map(articleOf);
  }

  async article(collection: string, id: string): Promise<StoredArticle | null> {
    const rows = await this.db.query(`SELECT ${SUMMARY_COLUMNS}, source_text, messages FROM articles WHERE collection_id = $1 AND id = $2`, [collection, id]);
    return rows[0] ? articleOf(rows[0]) : null;
  }

  private async mustExist(collection: string): Promise<void> {
    const rows = await this.db.query('SELECT 1 AS one FROM collections WHERE id = $1', [collection]);
    if (!rows.length) throw new StoreError('collection/not-found', `no collection ${collection}`);
  }

  async saveAnalysis(collection: string, record: AnalysisRecord): Promise<SaveResult> {
    return this.db.transaction(async (tx) => {
      const c = await this.lock(tx, collection);
      if (record.revision > (c.revision as number)) {
        throw new StoreError('collection/invalid', `analysis of revision ${record.revision}, but the collection is at ${c.revision as number}`);
      }
      const current = await tx.query<{ revision: number }>('SELECT revision FROM dossiers WHERE collection_id = $1', [collection]);
      const previous = (await tx.query('SELECT * FROM stories WHERE collection_id = $1', [collection])).map(storyOf);
      if (current[0] && current[0].revision > record.revision) return { saved: false, stories: previous.sort(byKey) };

      const keyed = keyStories(previous, record.stories, record.revision, c.next_story as number);
      for (const s of keyed.stories) {
        await tx.query(
          `INSERT INTO stories (collection_id, story_key, dossier_id, title, documents, created_revision, updated_revision)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)
           ON CONFLICT (collection_id, story_key) DO UPDATE SET dossier_id = EXCLUDED.dossier_id, title = EXCLUDED.title,
             documents = EXCLUDED.documents, updated_revision = EXCLUDED.updated_revision`,
          [collection, s.key, s.dossierId, s.title, JSON.stringify(s.documents), s.createdRevision, s.updatedRevision],
        );
      }
      await tx.query('DELETE FROM stories WHERE collection_id = $1 AND NOT (story_key = ANY($2::text[]))', [collection, keyed.stories.map((s) => s.key)]);
      await tx.query('UPDATE collections SET next_story = $2 WHERE id = $1', [collection, keyed.nextNumber]);

      await tx.query(
        `INSERT INTO dossiers (collection_id, revision, engine_version, body, analysed_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (collection_id) DO UPDATE SET revision = EXCLUDED.revision, engine_version = EXCLUDED.engine_version,
           body = EXCLUDED.body, analysed_at = EXCLUDED.analysed_at`,
        [collection, record.revision, record.engineVersion, record.dossier],
      );

      if (record.articles.length) {
        await tx.query(
          `UPDATE articles AS a SET analysis = u.analysis::jsonb
           FROM unnest($2::text[], $3::text[]) AS u(id, analysis)
           WHERE a.collection_id = $1 AND a.id = u.id`,
          [
            collection,
            record.articles.map((a) => a.articleId),
            record.articles.map((a) => JSON.stringify({ revision: record.revision, engineVersion: record.engineVersion, ...a.analysis })),
          ],
        );
      }
      await this.replaceTerms(tx, collection, record);
      return { saved: true, stories: keyed.stories.sort(byKey) };
    });
  }

  private async replaceTerms(tx: SqlExecutor, collection: string, record: AnalysisRecord): Promise<void> {
    const { articles, documents } = record.index;
    if (!articles.length) return;
    await tx.query('DELETE FROM search_terms WHERE collection_id = $1 AND article_id = ANY($2::text[])', [collection, articles]);
    await insertTerms(tx, collection, documents);
    await tx.query('UPDATE articles SET indexed_version = $3 WHERE collection_id = $1 AND id = ANY($2::text[])', [collection, articles, record.engineVersion]);
  }

  async indexArticle(collection: string, index: ArticleIndex): Promise<void> {
    const ids = index.documents.map((d) => d.docId);
    if (ids.some((id) => typeof id !== 'string' || !id) || new Set(ids).size !== ids.length) {
      throw new StoreError('article/invalid', `the index of article ${index.articleId} needs one distinct id per document`);
    }
    await this.db.transaction(async (tx) => {
      // the article's row, locked: two deliveries of one job index one after the other, never both at once
      // (each would delete nothing the other has not committed, and both insert)
      const rows = await tx.query('SELECT analysis, added_revision FROM articles WHERE collection_id = $1 AND id = $2 FOR UPDATE', [collection, index.articleId]);
      const row = rows[0];
      if (!row) {
        // on the transaction's own connection: PGlite has one, held by this transaction
        if (!(await tx.query('SELECT 1 AS one FROM collections WHERE id = $1', [collection])).length) {
          throw new StoreError('collection/not-found', `no collection ${collection}`);
        }
        throw new StoreError('article/invalid', `collection ${collection} holds no article ${index.articleId}`);
      }
      await tx.query('DELETE FROM search_terms WHERE collection_id = $1 AND article_id = $2', [collection, index.articleId]);
      await insertTerms(
        tx,
        collection,
        index.documents.map((d) => ({ articleId: index.articleId, docId: d.docId, terms: d.terms })),
      );
      const previous = (row.analysis as ArticleAnalysis | null) ?? null;
      const storyOf = new Map((previous?.documents ?? []).map((d) => [d.id, d.story]));
      const analysis: ArticleAnalysis = {
        revision: previous?.revision ?? (row.added_revision as number),
        engineVersion: previous?.engineVersion ?? index.engineVersion,
        documents: index.documents.map((d) => ({ id: d.docId, title: d.title, outlet: d.outlet, published: d.published, story: storyOf.get(d.docId) ?? null })),
        messages: previous?.messages ?? [],
      };
      await tx.query('UPDATE articles SET indexed_version = $3, analysis = $4::jsonb WHERE collection_id = $1 AND id = $2', [
        collection,
        index.articleId,
        index.engineVersion,
        JSON.stringify(analysis),
      ]);
    });
  }

  async stories(collection: string): Promise<StoryRecord[]> {
    await this.mustExist(collection);
    return (await this.db.query('SELECT * FROM stories WHERE collection_id = $1', [collection])).map(storyOf).sort(byKey);
  }

  async dossier(collection: string): Promise<{ revision: number; engineVersion: string; json: string } | null> {
    await this.mustExist(collection);
    const rows = await this.db.query('SELECT revision, engine_version, body FROM dossiers WHERE collection_id = $1', [collection]);
    const r = rows[0];
    return r ? { revision: r.revision as number, engineVersion: r.engine_version as string, json: r.body as string } : null;
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    const groups = queryGroups(query);
    if (!groups.length) return [];
    const limit = Math.max(1, Math.min(opts.limit ?? 20, 200));
    const grp = groups.flatMap((g, i) => g.map(() => i));
    const terms = groups.flat();
    const matches = await this.db.query(
      `WITH q AS (SELECT * FROM unnest($1::int[], $2::text[]) AS q(grp, term)),
       -- per query word, the most frequent of its forms: a word indexed under two readings (الحكومه, حكومه)
       -- that both match is counted once
       g AS (
         SELECT t.collection_id, t.article_id, t.doc_id, q.grp, max(t.hits) AS hits
         FROM search_terms t JOIN q ON q.term = t.term
         WHERE ($3::text IS NULL OR t.collection_id = $3)
         GROUP BY t.collection_id, t.article_id, t.doc_id, q.grp
       ),
       m AS (
         SELECT collection_id, article_id, doc_id, count(*)::int AS groups, sum(hits)::int AS score
         FROM g GROUP BY collection_id, article_id, doc_id
       )
       SELECT m.collection_id, m.article_id, m.doc_id, m.score, a.analysis
       FROM m JOIN articles a ON a.collection_id = m.collection_id AND a.id = m.article_id
       WHERE m.groups = $4
       ORDER BY m.score DESC, m.collection_id, a.seq, m.doc_id
       LIMIT $5`,
      [grp, terms, opts.collection ?? null, groups.length, limit],
    );
    if (!matches.length) return [];
    const spanRows = await this.db.query(
      `SELECT collection_id, doc_id, spans FROM search_terms
       WHERE collection_id = ANY($1::text[]) AND doc_id = ANY($2::text[]) AND term = ANY($3::text[])`,
      [[...new Set(matches.map((m) => m.collection_id as string))], [...new Set(matches.map((m) => m.doc_id as string))], terms],
    );
    const spansOf = new Map<string, Map<string, [number, number]>>();
    for (const r of spanRows) {
      const k = `${r.collection_id as string}\u0000${r.doc_id as string}`;
      const m = spansOf.get(k) ?? new Map<string, [number, number]>();
      for (const s of r.spans as Array<[number, number]>) m.set(`${s[0]}:${s[1]}`, s);
      spansOf.set(k, m);
    }
    return matches.map((m) => {
      const doc = (m.analysis as ArticleAnalysis | null)?.documents.find((d) => d.id === m.doc_id);
      const spans = [...(spansOf.get(`${m.collection_id as string}\u0000${m.doc_id as string}`)?.values() ?? [])].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      return {
        collection: m.collection_id as string,
        article: m.article_id as string,
        doc: m.doc_id as string,
        title: doc?.title ?? null,
        outlet: doc?.outlet ?? null,
        published: doc?.published ?? null,
        score: m.score as number,
        spans,
      };
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
