/**
 * Collections that workers analyse (`marsad enqueue` + `marsad worker`, src/queue/): their documents, stories
 * and story analyses live in the queue's tables, written by the workers, so a shell serving them assembles
 * their dossier from there instead of analysing every article itself. The workspace asks through this seam;
 * src/queue/ implements it, and the workspace knows nothing of queues.
 */
import type { StoryRecord } from './store.js';

export interface QueueFedCollections {
  /** Whether workers feed the collection: once one has stored an analysis of it, the workers own its analysis. */
  isQueueFed(collection: string): Promise<boolean>;
  /** The collection's dossier JSON text as the workers' results make it now, with its stories in dossier order. */
  dossier(collection: string): Promise<{ revision: number; json: string; stories: StoryRecord[] }>;
  /** The stories of the collection's last grouping (key = the story's id in the dossier). */
  stories(collection: string): Promise<StoryRecord[]>;
  /**
   * Puts one analysis job per article on the workers' queue, as `marsad enqueue` does (an article queued before
   * is one job still); returns the jobs asked for. Absent when the shell has no queue: added articles are then
   * stored only, and the dossier says they wait for an enqueue.
   */
  queueArticles?(collection: string, articles: ReadonlyArray<{ id: string; contentHash: string }>): Promise<number>;
}

/** The queue could not take the jobs (Redis down): the articles are stored, and sending them again queues them. */
export class QueueUnavailableError extends Error {}
