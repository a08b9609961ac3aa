/**
 * What Marsad keeps between runs: collections of articles (each with the decoded source text that every offset
 * points into, its origin, its content hash and what the latest analysis found in it), the stories of each
 * collection with keys that stay put as articles join, the collection's dossier, and a search index folded the
 * way the engine folds Arabic. Two backends implement it over one schema: PGlite in a folder, PostgreSQL by URL.
 */
import type { Message } from '../model/message.js';

export interface CollectionInfo {
  id: string;
  name: string;
  createdAt: string;
  /** Bumped by every write that adds articles. */
  revision: number;
  /** The revision the stored dossier is of; null before the first analysis. */
  analysedRevision: number | null;
  articles: number;
}

export interface NewArticle {
  origin: string;
  format: 'text' | 'html';
  /** The decoded text, stored exactly: the dossier's offsets point into it. */
  text: string;
  declared: { url?: string; outlet?: string; published?: string; title?: string };
  encoding?: string | null;
  /** Problems met reading it (a decoding warning), kept with it. */
  messages?: Message[];
}

/** What an analysis found in one article (an HTML page may hold two articles: two documents). */
export interface ArticleAnalysis {
  revision: number;
  engineVersion: string;
  documents: Array<{ id: string; title: string | null; outlet: string | null; published: string | null; story: string | null }>;
  messages: Message[];
}

export interface ArticleSummary {
  id: string;
  seq: number;
  origin: string;
  format: 'text' | 'html';
  contentHash: string;
  declared: NewArticle['declared'];
  encoding: string | null;
  addedRevision: number;
  addedAt: string;
  analysis: ArticleAnalysis | null;
  indexedVersion: string | null;
}

export interface StoredArticle extends ArticleSummary {
  text: string;
  messages: Message[];
}

export interface AddResult {
  /** The collection's revision after the write (unchanged when nothing was new). */
  revision: number;
  added: ArticleSummary[];
  /** Inputs whose text the collection already holds, with the article that holds it. */
  duplicates: Array<{ origin: string; article: string; contentHash: string }>;
}

export interface StoryRecord {
  /** Stable: a story keeps its key while articles join it or its dossier id shifts. */
  key: string;
  /** The story's id in the current dossier (`story-3`). */
  dossierId: string;
  title: string | null;
  documents: string[];
  createdRevision: number;
  updatedRevision: number;
}

/** The terms of one document for the search index; spans are source offsets of the term's occurrences. */
export interface DocumentTerms {
  articleId: string;
  docId: string;
  terms: Map<string, Array<[number, number]>>;
}

export interface AnalysisRecord {
  revision: number;
  engineVersion: string;
  /** The dossier JSON text as the core produced it. */
  dossier: string;
  stories: Array<{ dossierId: string; title: string | null; documents: string[] }>;
  articles: Array<{ articleId: string; analysis: Omit<ArticleAnalysis, 'revision' | 'engineVersion'> }>;
  /**
   * Search terms of the articles (re)indexed by this analysis, by article: their old terms are replaced. Articles
   * not named keep theirs (an article's tokens do not depend on the rest of the collection).
   */
  index: { articles: string[]; documents: DocumentTerms[] };
}

/**
 * One article's search terms, written apart from a collection analysis: what a queue worker indexes when it
 * has analysed the article. Its documents' titles, outlets and dates come with it, for the hits to show.
 */
export interface ArticleIndex {
  articleId: string;
  /** The engine version that made the terms (the article's `indexedVersion` after the write). */
  engineVersion: string;
  documents: Array<{ docId: string; title: string | null; outlet: string | null; published: string | null; terms: DocumentTerms['terms'] }>;
}

export interface SaveResult {
  /** False when a newer analysis was saved first; nothing was written. */
  saved: boolean;
  stories: StoryRecord[];
}

export interface SearchOptions {
  collection?: string;
  limit?: number;
}

export interface SearchHit {
  collection: string;
  article: string;
  doc: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** How many occurrences of the query's words the document holds. */
  score: number;
  /** Source offsets `[start, end)` of the matched words, in text order. */
  spans: Array<[number, number]>;
}

export interface Store {
  readonly label: string;
  createCollection(name: string): Promise<CollectionInfo>;
  collection(id: string): Promise<CollectionInfo | null>;
  collections(): Promise<CollectionInfo[]>;
  /** Adds the articles in one transaction; an article whose text the collection holds is not stored again. */
  addArticles(collection: string, articles: NewArticle[]): Promise<AddResult>;
  articles(collection: string): Promise<ArticleSummary[]>;
  /** Every article with its text, in the order added (what an analysis reads). */
  articleTexts(collection: string): Promise<StoredArticle[]>;
  article(collection: string, id: string): Promise<StoredArticle | null>;
  /** Stores an analysis of `revision` in one transaction: dossier, stories (keys kept), articles, index. */
  saveAnalysis(collection: string, record: AnalysisRecord): Promise<SaveResult>;
  /**
   * Replaces one article's search terms (and its documents' titles, outlets and dates) in one transaction,
   * without analysing the collection: writing the same index twice leaves what writing it once left. The
   * article's analysis keeps its stories; it is created (revision: the article's) when there was none.
   */
  indexArticle(collection: string, index: ArticleIndex): Promise<void>;
  stories(collection: string): Promise<StoryRecord[]>;
  dossier(collection: string): Promise<{ revision: number; engineVersion: string; json: string } | null>;
  /** Documents holding every word of `query`, folded as the engine folds Arabic; best first. */
  search(query: string, opts?: SearchOptions): Promise<SearchHit[]>;
  close(): Promise<void>;
}

/** A failure the caller can act on (unknown collection…), with a stable code. */
export class StoreError extends Error {
  constructor(
    readonly code: 'collection/not-found' | 'collection/invalid' | 'article/invalid',
    reason: string,
  ) {
    super(reason);
  }
}
