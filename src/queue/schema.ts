/**
 * The queue's own tables, beside the store's (whose schema belongs to `src/storage/`): each analysed article
 * once, the grouping generations of each collection, and the stories grouped over the analysed articles. Applied
 * like the store's migrations: each version once, all in one transaction under an advisory lock, so workers
 * starting together do not race. Needs the store's tables (it references them): open the store first.
 */
import type { SqlDriver } from '../storage/sql.js';

/** Any constant distinct from the store's migration lock. */
const QUEUE_SCHEMA_LOCK = 727_274_101;

export const QUEUE_MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
CREATE TABLE queue_analyses (
  collection_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  -- the article's number in its collection: regrouping reads documents in the order articles were added
  article_seq INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  job_id TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  -- StoredDocument[] (stored-document.ts): every document layer, in source offsets
  documents JSONB NOT NULL,
  messages JSONB NOT NULL,
  -- how many times a delivery of the job reached the store: above 1 after a retry or a duplicate delivery
  deliveries INTEGER NOT NULL DEFAULT 1,
  analysed_by TEXT NOT NULL,
  analysed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (collection_id, article_id),
  UNIQUE (collection_id, content_hash),
  UNIQUE (job_id),
  FOREIGN KEY (collection_id, article_id) REFERENCES articles (collection_id, id) ON DELETE CASCADE
);

-- Every stored analysis bumps stale_generation; a regroup records the generation it saw as grouped_generation.
-- Stories are current when the two are equal.
CREATE TABLE queue_groupings (
  collection_id TEXT PRIMARY KEY REFERENCES collections (id) ON DELETE CASCADE,
  stale_generation INTEGER NOT NULL DEFAULT 0,
  grouped_generation INTEGER NOT NULL DEFAULT 0,
  next_story INTEGER NOT NULL DEFAULT 1,
  grouped_at TIMESTAMPTZ,
  -- how long the last regroup took: requests wait a multiple of it, so regrouping stays a small share of the work
  regroup_ms INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE queue_stories (
  collection_id TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  -- stable as the story grows (story-identity.ts of the store): S1, S2, ...
  story_key TEXT NOT NULL,
  title TEXT,
  documents JSONB NOT NULL,
  created_generation INTEGER NOT NULL,
  updated_generation INTEGER NOT NULL,
  PRIMARY KEY (collection_id, story_key)
);
`,
  },
  {
    version: 2,
    sql: `
-- the story's place in the grouping's order (largest first, as the core orders stories): the dossier's order
ALTER TABLE queue_stories ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

-- What the story analyses found in each story, once per story: a retried, twice-delivered or late job
-- overwrites the row (and counts the delivery). Gone with its story when a regroup dissolves it.
CREATE TABLE queue_story_results (
  collection_id TEXT NOT NULL,
  story_key TEXT NOT NULL,
  -- the story's updated_generation the analysis was of: current while the two are equal
  generation INTEGER NOT NULL,
  job_id TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  -- the document ids analysed, in the story's order
  documents JSONB NOT NULL,
  -- Partial<StoryResults> (src/story/analysis.ts); entity ids are those of "entities" beside it
  results JSONB NOT NULL,
  -- ResolvedEntity[] resolved over the story's documents alone: the assembled dossier maps them onto the
  -- collection's entities by their mentions
  entities JSONB NOT NULL,
  -- StoredDocument[] of the documents an inferred publication date re-dated (their times and events re-run)
  redated JSONB NOT NULL,
  messages JSONB NOT NULL,
  -- how the documents were rebuilt: {"stored": n, "reanalysed": m} (m > 0 when the stored layers did not fit)
  rebuilt JSONB NOT NULL,
  deliveries INTEGER NOT NULL DEFAULT 1,
  analysed_by TEXT NOT NULL,
  analysed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (collection_id, story_key),
  FOREIGN KEY (collection_id, story_key) REFERENCES queue_stories (collection_id, story_key) ON DELETE CASCADE
);
`,
  },
];

/** Applies the missing queue migrations; returns the versions applied now. */
export async function ensureQueueSchema(db: SqlDriver): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [QUEUE_SCHEMA_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS queue_migrations (
      version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM queue_migrations')).map((r) => r.version));
    const newest = Math.max(...QUEUE_MIGRATIONS.map((m) => m.version));
    const ahead = [...done].filter((v) => v > newest);
    if (ahead.length) throw new Error(`the queue tables have version ${Math.max(...ahead)}, newer than this marsad knows (${newest}): upgrade marsad`);
    const applied: number[] = [];
    for (const m of QUEUE_MIGRATIONS) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO queue_migrations (version) VALUES ($1)', [m.version]);
      applied.push(m.version);
    }
    return applied;
  });
}
