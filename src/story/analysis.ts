/**
 * Story analyses: what the dossier says about one story across its outlets (events, numbers, commitments,
 * framing, reused wire copy, the brief). Each is a small pure function over a {@link StoryInput} that declares
 * the results of other analyses it reads (`needs`); the runner orders them once, runs each story through them,
 * and turns a crash into a message so the other analyses and stories still come out.
 *
 * Everything an analysis returns points at source offsets through {@link Mention}s, exactly like the document
 * layers it reads.
 */
import type { Doc } from '../model/document.js';
import type { Mention, ResolvedEntity } from '../outputs/dossier.js';
import type { StoryGroup } from './group.js';

/** A PLOVER event of the story: one real happening with every outlet's report of it (`mentions`). */
export interface StoryEvent {
  id: string;
  /** PLOVER type: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT. */
  type: string;
  /** PLOVER mode, where one applies (`visit`, `withdraw`, `drone` …). */
  mode?: string | null;
  date: { value: string | null; [k: string]: unknown };
  summary: string;
  /** Entity ids. */
  actors: string[];
  mentions: Mention[];
  [k: string]: unknown;
}

export interface StoryQuantity {
  value: number;
  unit: string | null;
  subject: string | null;
  consistent: boolean;
  mentions: Mention[];
  [k: string]: unknown;
}

export type CommitmentStatus = 'announced' | 'fulfilled' | 'broken' | 'unknown';

export interface StoryCommitment {
  party: string | null;
  text: string;
  status: CommitmentStatus;
  mentions: Mention[];
  [k: string]: unknown;
}

export interface OutletFraming {
  name: string;
  documents: string[];
  /** In [-1, 1]; negative where the outlet's own voice is hostile or scornful. */
  tone: number;
  markers: Mention[];
  [k: string]: unknown;
}

export interface ReusePair {
  a: string;
  b: string;
  /** In [0, 1]: how much wording the two share. */
  score: number;
  [k: string]: unknown;
}

export interface BriefSentence {
  text: string;
  cites: Mention[];
  [k: string]: unknown;
}

/** What the analyses of one story produce, by the dossier field each fills. */
export interface StoryResults {
  events: StoryEvent[];
  quantities: StoryQuantity[];
  commitments: StoryCommitment[];
  outlets: OutletFraming[];
  reuse: ReusePair[];
  summary: BriefSentence[];
  /** Statements of two outlets that contradict each other (extension of the contract). */
  contradictions: unknown[];
  /**
   * Publication dates inferred for the story's undated documents (from events they share with dated ones). The
   * runner sets them on the documents, marked `inferred:…`, re-runs the document stages that read `published`,
   * and analyses the story again.
   */
  inferredDates: InferredDate[];
}

export interface InferredDate {
  doc: string;
  /** `YYYY-MM-DD` (or a shorter ISO prefix when only the month is known). */
  value: string;
  /** How: `inferred:events` … */
  by: string;
  /** The words it rests on, in the document's source, where there are some. */
  span: { start: number; end: number } | null;
}

export type StoryField = keyof StoryResults;

export interface StoryInput {
  story: StoryGroup;
  /** The story's documents, in the order of `story.documents`. */
  docs: readonly Doc[];
  /** Entities resolved across the whole run (their mentions may lie in other stories too). */
  entities: readonly ResolvedEntity[];
  /** Results of the analyses that ran before, as declared in `needs`. */
  results: Partial<StoryResults>;
}

export interface StoryAnalysis<F extends StoryField = StoryField> {
  name: string;
  /** The dossier field it fills. */
  adds: F;
  needs: readonly StoryField[];
  /** Results it reads when they are there (it works without them); ordered after the analyses that add them. */
  after?: readonly StoryField[];
  run(input: StoryInput): StoryResults[F];
}

/** Declares an analysis with its field's type checked. */
export function storyAnalysis<F extends StoryField>(a: StoryAnalysis<F>): StoryAnalysis<F> {
  return a;
}
