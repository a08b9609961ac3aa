/**
 * The queue's writes to PostgreSQL. An analysis is stored with an upsert keyed by the article (and unique by
 * content hash and job id), in the same transaction that marks the collection's stories stale: a retried or
 * twice-delivered job overwrites its row and counts the delivery, never adds a second row, and no analysis is
 * stored without the regroup learning of it.
 *
 * Regrouping is single-flight per collection: a transaction-scoped advisory lock lets one regroup at a time
 * read the analysed documents and rewrite the stories, and the generation numbers say whether another is due.
 */
import type { SqlDriver, SqlExecutor } from '../storage/sql.js';
import type { StoryRecord } from '../storage/store.js';
import { keyStories } from '../storage/story-identity.js';
import { groupStories } from '../story/group.js';
import type { Message } from '../model/message.js';
import { groupingDoc, type GroupingInput, type StoredDocument } from './stored-document.js';

/** The first key of the regroup advisory lock; the second is the collection's hash. */
const REGROUP_LOCK = 727_274_102;

export interface AnalysisRow {
  collection: string;
  article: string;
  articleSeq: number;
  contentHash: string;
  jobId: string;
  engineVersion: string;
  documents: StoredDocument[];
  messages: Message[];
  analysedBy: string;
}

export interface Generations {
  stale: number;
  grouped: number;
  /** How long the last regroup of the collection took, in milliseconds. */
  regroupMs: number;
}

export interface SaveOutcome extends Generations {
  /** 1 for the first delivery; more when a retry or a duplicate reached the store. */
  deliveries: number;
}

export async function saveAnalysis(db: SqlDriver, row: AnalysisRow): Promise<SaveOutcome> {
  return db.transaction(async (tx) => {
    // two deliveries of one job at once: ON CONFLICT arbitrates only its own key, and the second insert can
    // meet the first's uncommitted row on the content-hash key instead and fail; one writer per article at a time
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [row.collection, row.article]);
    const saved = await tx.query<{ deliveries: number }>(
      `INSERT INTO queue_analyses (collection_id, article_id, article_seq, content_hash, job_id, engine_version, documents, messages, analysed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9)
       ON CONFLICT (collection_id, article_id) DO UPDATE SET
         job_id = EXCLUDED.job_id, engine_version = EXCLUDED.engine_version, documents = EXCLUDED.documents,
         messages = EXCLUDED.messages, analysed_by = EXCLUDED.analysed_by, analysed_at = now(),
         deliveries = queue_analyses.deliveries + 1
       RETURNING deliveries`,
      [row.collection, row.article, row.articleSeq, row.contentHash, row.jobId, row.engineVersion, JSON.stringify(row.documents), JSON.stringify(row.messages), row.analysedBy],
    );
    const gen = await markStale(tx, row.collection);
    return { deliveries: saved[0]!.deliveries, ...gen };
  });
}

async function markStale(tx: SqlExecutor, collection: string): Promise<Generations> {
  const rows = await tx.query<GenerationRow>(
    `INSERT INTO queue_groupings (collection_id, stale_generation) VALUES ($1, 1)
     ON CONFLICT (collection_id) DO UPDATE SET stale_generation = queue_groupings.stale_generation + 1
     RETURNING stale_generation, grouped_generation, regroup_ms`,
    [collection],
  );
  return generationsOf(rows[0]!);
}

interface GenerationRow extends Record<string, unknown> {
  stale_generation: number;
  grouped_generation: number;
  regroup_ms: number;
}

function generationsOf(r: GenerationRow): Generations {
  return { stale: r.stale_generation, grouped: r.grouped_generation, regroupMs: r.regroup_ms };
}

export async function generations(db: SqlExecutor, collection: string): Promise<Generations> {
  const rows = await db.query<GenerationRow>('SELECT stale_generation, grouped_generation, regroup_ms FROM queue_groupings WHERE collection_id = $1', [collection]);
  return rows[0] ? generationsOf(rows[0]) : { stale: 0, grouped: 0, regroupMs: 0 };
}

export interface RegroupOutcome {
  /** False when the stories were already current (another regroup got there first). */
  regrouped: boolean;
  documents: number;
  stories: number;
  /** The generations after the regroup committed: `stale > grouped` asks for another. */
  after: Generations;
}

/** A row of queue_stories. */
export interface StoryRow {
  story_key: string;
  title: string | null;
  documents: string[];
  created_generation: number;
  updated_generation: number;
}

/** Groups every analysed document of the collection into stories, keeping story keys; one at a time. */
export async function regroup(db: SqlDriver, collection: string): Promise<RegroupOutcome> {
  const done = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [REGROUP_LOCK, collection]);
    const started = performance.now();
    const state = await tx.query<{ stale_generation: number; grouped_generation: number; next_story: number }>(
      'SELECT stale_generation, grouped_generation, next_story FROM queue_groupings WHERE collection_id = $1',
      [collection],
    );
    const s = state[0];
    if (!s || s.stale_generation === s.grouped_generation) return { regrouped: false, documents: 0, stories: 0 };
    // read after the generation: analyses committed in between are grouped too and labelled older than they
    // are, so the next regroup runs again; never the reverse, which would leave one out
    const generation = s.stale_generation;
    const inputs = await tx.query<GroupingInput & Record<string, unknown>>(
      `SELECT d.value->>'id' AS id, d.value->'title'->>'value' AS title, d.value->>'bodyText' AS "bodyText"
       FROM queue_analyses a CROSS JOIN LATERAL jsonb_array_elements(a.documents) WITH ORDINALITY AS d(value, n)
       WHERE a.collection_id = $1 ORDER BY a.article_seq, d.n`,
      [collection],
    );
    const groups = groupStories(inputs.map((i) => groupingDoc({ id: i.id, title: i.title ?? null, bodyText: i.bodyText ?? '' })));
    const previous: StoryRecord[] = (await tx.query<StoryRow & Record<string, unknown>>('SELECT * FROM queue_stories WHERE collection_id = $1', [collection])).map((r) => ({
      key: r.story_key,
      dossierId: r.story_key,
      title: r.title,
      documents: r.documents,
      createdRevision: r.created_generation,
      updatedRevision: r.updated_generation,
    }));
    const keyed = keyStories(
      previous,
      groups.map((g) => ({ dossierId: g.id, title: g.title, documents: g.documents })),
      generation,
      s.next_story,
    );
    if (keyed.stories.length) {
      await tx.query(
        `INSERT INTO queue_stories (collection_id, story_key, title, documents, created_generation, updated_generation, position)
         SELECT $1, u.story_key, u.title, u.documents::jsonb, u.created, u.updated, u.position
         FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[]) WITH ORDINALITY AS u(story_key, title, documents, created, updated, position)
         ON CONFLICT (collection_id, story_key) DO UPDATE SET title = EXCLUDED.title, documents = EXCLUDED.documents,
           updated_generation = EXCLUDED.updated_generation, position = EXCLUDED.position`,
        [
          collection,
          keyed.stories.map((k) => k.key),
          keyed.stories.map((k) => k.title),
          keyed.stories.map((k) => JSON.stringify(k.documents)),
          keyed.stories.map((k) => k.createdRevision),
          keyed.stories.map((k) => k.updatedRevision),
        ],
      );
    }
    await tx.query('DELETE FROM queue_stories WHERE collection_id = $1 AND NOT (story_key = ANY($2::text[]))', [collection, keyed.stories.map((k) => k.key)]);
    await tx.query(
      `UPDATE queue_groupings SET grouped_generation = GREATEST(grouped_generation, $2), next_story = $3, grouped_at = now(),
         regroup_ms = $4
       WHERE collection_id = $1`,
      [collection, generation, keyed.nextNumber, Math.round(performance.now() - started)],
    );
    return { regrouped: true, documents: inputs.length, stories: keyed.stories.length };
  });
  return { ...done, after: await generations(db, collection) };
}

export interface QueueStory {
  key: string;
  title: string | null;
  documents: string[];
}

export async function storiesOf(db: SqlExecutor, collection: string): Promise<QueueStory[]> {
  const rows = await db.query<StoryRow & Record<string, unknown>>('SELECT story_key, title, documents FROM queue_stories WHERE collection_id = $1', [collection]);
  return rows.map((r) => ({ key: r.story_key, title: r.title, documents: r.documents })).sort((a, b) => Number(a.key.slice(1)) - Number(b.key.slice(1)));
}

/** A story whose analysis is not yet stored at the generation its documents last changed at. */
export interface StoryDue {
  key: string;
  generation: number;
}

/**
 * The stories of the collection without a result of their current generation: those a regroup just changed, and
 * any whose job was lost (a worker that died between the regroup's commit and queuing the jobs), so asking after
 * every regroup heals what a crash left.
 */
export async function storiesDue(db: SqlExecutor, collection: string): Promise<StoryDue[]> {
  const rows = await db.query<{ story_key: string; updated_generation: number }>(
    `SELECT s.story_key, s.updated_generation FROM queue_stories s
     LEFT JOIN queue_story_results r ON r.collection_id = s.collection_id AND r.story_key = s.story_key
     WHERE s.collection_id = $1 AND (r.generation IS NULL OR r.generation <> s.updated_generation)
     ORDER BY s.position`,
    [collection],
  );
  return rows.map((r) => ({ key: r.story_key, generation: r.updated_generation }));
}
