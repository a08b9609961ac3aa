/**
 * What travels on the queue, and the ids that make the queue idempotent. An article's job id is its collection
 * and content hash: enqueuing the same text twice, from two shells at once or after a crash, names one job, and
 * BullMQ keeps one job per id. A regroup job's id names the grouping generation it would replace, so every
 * request made while that generation is current coalesces into one job (see `grouping.ts`).
 */

/** The BullMQ queue every shell uses unless told otherwise (`--queue`, MARSAD_QUEUE). */
export const DEFAULT_QUEUE = 'marsad-articles';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export const ANALYSE_JOB = 'analyse';
export const REGROUP_JOB = 'regroup';
/** Analyses one story of a collection (events across outlets, quantities, commitments, framing, the brief). */
export const STORY_JOB = 'story';

export interface AnalyseJobData {
  collection: string;
  article: string;
  contentHash: string;
}

export interface RegroupJobData {
  collection: string;
}

/** A story as one regroup left it: its key, and the generation of the regroup that last changed its documents. */
export interface StoryJobData {
  collection: string;
  story: string;
  generation: number;
}

const HASH = /^[0-9a-f]{64}$/;
const STORY_KEY = /^S[0-9]{1,9}$/;
const COLLECTION = /^[a-z0-9]{1,64}$/;

/** BullMQ refuses ids holding `:` (its key separator) or that are integers; ours are neither. */
export function analyseJobId(collection: string, contentHash: string): string {
  if (!COLLECTION.test(collection)) throw new Error(`not a collection id: ${collection}`);
  if (!HASH.test(contentHash)) throw new Error(`not a sha256 content hash: ${contentHash}`);
  return `article-${collection}-${contentHash}`;
}

export function regroupJobId(collection: string, groupedGeneration: number): string {
  if (!COLLECTION.test(collection)) throw new Error(`not a collection id: ${collection}`);
  if (!Number.isSafeInteger(groupedGeneration) || groupedGeneration < 0) throw new Error(`not a generation: ${groupedGeneration}`);
  return `regroup-${collection}-${groupedGeneration}`;
}

/**
 * A story job's id names the story and the generation it was updated at: the regroups that find the story
 * unchanged ask again under the same id (one job), and a story changed since is a new id (a new job; the old one,
 * if it still runs, finds its generation gone and does nothing).
 */
export function storyJobId(collection: string, story: string, generation: number): string {
  if (!COLLECTION.test(collection)) throw new Error(`not a collection id: ${collection}`);
  if (!STORY_KEY.test(story)) throw new Error(`not a story key: ${story}`);
  if (!Number.isSafeInteger(generation) || generation < 1) throw new Error(`not a generation: ${generation}`);
  return `story-${collection}-${story}-${generation}`;
}

export function storyJobData(data: unknown): StoryJobData {
  const d = data as Partial<StoryJobData> | null;
  if (!d || typeof d.collection !== 'string' || !COLLECTION.test(d.collection) || typeof d.story !== 'string' || !STORY_KEY.test(d.story) || !Number.isSafeInteger(d.generation) || d.generation! < 1) {
    throw new Error('a story job needs {collection, story, generation}');
  }
  return { collection: d.collection, story: d.story, generation: d.generation! };
}

/** A job's data as read back from Redis: checked, because a queue may be shared with other producers. */
export function analyseJobData(data: unknown): AnalyseJobData {
  const d = data as Partial<AnalyseJobData> | null;
  if (!d || typeof d.collection !== 'string' || typeof d.article !== 'string' || typeof d.contentHash !== 'string' || !HASH.test(d.contentHash)) {
    throw new Error('an analyse job needs {collection, article, contentHash}');
  }
  return { collection: d.collection, article: d.article, contentHash: d.contentHash };
}

export function regroupJobData(data: unknown): RegroupJobData {
  const d = data as Partial<RegroupJobData> | null;
  if (!d || typeof d.collection !== 'string' || !COLLECTION.test(d.collection)) throw new Error('a regroup job needs {collection}');
  return { collection: d.collection };
}

/**
 * How long a regroup request waits before it runs: at least `baseMs`, and three times what the last regroup of
 * the collection took, so that while articles stream in, regrouping (which reads the whole collection) takes at
 * most a quarter of one worker however large the collection grows, and the stories lag by a few regroups' time.
 */
export function regroupDelay(baseMs: number, lastRegroupMs: number): number {
  return Math.max(baseMs, 3 * Math.max(0, lastRegroupMs));
}

/** How long an article job is tried, and how its retries are spaced: a store restart should not lose it. */
export const ANALYSE_ATTEMPTS = 5;
export const ANALYSE_BACKOFF_MS = 1000;
/** Finished article jobs are kept this long so that re-enqueuing a finished article is a no-op. */
export const KEEP_FINISHED_S = 7 * 24 * 3600;

/** Tries of a story job: a store restart should not lose it; a story that crashes an analysis every time is logged. */
export const STORY_ATTEMPTS = 3;
