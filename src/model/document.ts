import type { OffsetText } from './offset-text.js';
import type { Message } from './message.js';

/** A half-open `[start, end)` range of UTF-16 units of a decoded source text. */
export interface Span {
  start: number;
  end: number;
}

/** One input as read: a file, a page, a JSONL record or stdin, decoded to text that never changes afterwards. */
export interface Source {
  /** Base id of the documents it yields (`000_70cf…`, `feed.jsonl:3`). */
  id: string;
  /** The path or URL as given. */
  origin: string;
  /** The decoded text; every offset in the dossier points into it. */
  text: string;
  format: 'text' | 'html';
  /** What the input declared about itself (a JSONL record's fields), trusted over what the text suggests. */
  declared: { url?: string; outlet?: string; published?: string; title?: string };
  /** How the bytes were decoded, when they were bytes. */
  encoding?: string;
  messages: Message[];
}

/** The role a block of an article's body plays. */
export type BlockRole = 'title' | 'text' | 'heading' | 'caption';

/** A paragraph-like unit of the cleaned body, in body coordinates (`[start, end)` of `Doc.body.text`). */
export interface Block {
  start: number;
  end: number;
  role: BlockRole;
}

export interface Sentence extends Span {
  /** Range in body coordinates, for stages that read the cleaned text. */
  bodyStart: number;
  bodyEnd: number;
}

export type TokenKind = 'word' | 'latin' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  bodyStart: number;
  bodyEnd: number;
  text: string;
  kind: TokenKind;
  /** The normalised form for matching (see language/normalize). */
  norm: string;
  /** Proclitics split off by light segmentation (`و`, `ب`, `ال`, `لل`…), normalised, in order. */
  prefixes: string[];
  /** The normalised form without its proclitics; equals `norm` when nothing was split. */
  stem: string;
  /** Offset in the body where the stem begins (after the proclitics). */
  stemStart: number;
}

/** A piece of page furniture removed from an article (a share bar, a repeated caption, a stamp), kept for audit. */
export interface Furniture extends Span {
  kind: string;
  text: string;
}

/** A value the text states (or a stage infers), with the evidence a reader can click. */
export interface Evidence<T> {
  value: T;
  span: Span | null;
  /** How it was found: `dateline`, `stamp`, `self-reference`, `declared`, `inferred:events`… */
  by: string;
}

/**
 * One article. Its `body` is the cleaned text with an offset map into `source.text`; everything a stage adds is
 * stored in source offsets (spans) so that any claim can be shown in the original page.
 */
export interface Doc {
  id: string;
  source: Source;
  /** Where the article lies in the source. */
  span: Span;
  body: OffsetText;
  blocks: Block[];
  /** What cleaning removed from the article's span, and why. */
  furniture: Furniture[];
  title: Evidence<string> | null;
  outlet: Evidence<string> | null;
  published: Evidence<string> | null;
  sentences: Sentence[];
  tokens: Token[];
  messages: Message[];
  /** Layers added by later stages (time, entities, quotes…), keyed by the stage that adds them. */
  layers: Record<string, unknown>;
  /**
   * For a later article of a page that carries several, the page's first article: the page's header (masthead,
   * name line, stamp) lies with it, and the outlet of the page publishes every article on it.
   */
  firstOnPage?: Doc;
}
