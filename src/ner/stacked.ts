/**
 * Two passes over a document. The first model tags each sentence from its own tokens; the second sees the same
 * features plus the document context of the first pass (context.ts). The second model is trained on first-pass
 * tags the first model produced for sentences it had not been trained on (jackknifing over contiguous folds), so
 * it learns how far to trust them on unseen text. The learnt lexicon (lexicon.ts), when used, is jackknifed over
 * the same folds: a sentence's lexicon hits come from the names of the other folds.
 */
import { contextFeatures, documentLexiconFeatures } from './context.js';
import { compilePasses, type CompiledPass } from './compiled-pass.js';
import { contextCodes } from './context-codes.js';
import { decodePrepared, fastDecode } from './emissions.js';
import { prepareDocument } from './forms.js';
import { sentenceFeatures } from './features.js';
import { buildLexicon, lexiconFeatures, type Lexicon } from './lexicon.js';
import { trainLearner } from './learner.js';
import { FeatureTable, K, concatEncoded, decode, decodeEncoded, type NerModel, type TrainOptions } from './perceptron.js';
import { statesToTags } from './tags.js';

export interface StackedModel {
  first: NerModel;
  second: NerModel;
  /** Sentences either side that count as context. */
  window: number;
  /** Names learnt from the training sentences (lexicon.ts), when the model was trained with them. */
  lexicon?: Lexicon;
  /** Whether the second pass reads the first pass's names nearby as phrases. */
  docLexicon?: boolean;
}

/** Second-pass features of every sentence from the first pass's tags. */
function secondPassFeatures(model: Pick<StackedModel, 'window' | 'docLexicon'>, sentences: readonly (readonly string[])[], firstPass: readonly (readonly string[])[]): string[][][] {
  const context = contextFeatures(sentences, firstPass, model.window);
  if (!model.docLexicon) return context;
  const phrases = documentLexiconFeatures(sentences, firstPass, model.window);
  return context.map((fs, s) => fs.map((f, t) => [...f, ...phrases[s]![t]!]));
}

export interface StackedOptions extends Omit<TrainOptions, 'onEpoch' | 'epochs'> {
  epochs: number;
  /** Epochs of the second model (defaults to `epochs`). */
  secondEpochs?: number;
  /** Jackknife folds for the first-pass tags the second model learns from. */
  folds: number;
  window: number;
  /** Whether to learn a lexicon of the training sentences' names and give its hits as features. */
  lexicon?: boolean;
  /** Whether the second pass also matches the names the first pass found nearby as phrases (context.ts). */
  docLexicon?: boolean;
  /** Called after each epoch of the second model with the model so far. */
  onEpoch?: (epoch: number, model: StackedModel) => void;
}

export interface LabelledSentence {
  tokens: readonly string[];
  tags: readonly string[];
}

type Features = readonly (readonly string[])[];

const merge = (base: Features, extra: Features): string[][] => base.map((fs, t) => [...fs, ...extra[t]!]);

/** Contiguous part `f` of `k` of `n` sentences: [from, to). */
const part = (n: number, f: number, k: number) => ({ from: Math.round((n * f) / k), to: Math.round((n * (f + 1)) / k) });

/** A sentence's observation features: its own (features.ts) and, when the model has a lexicon, its lexicon hits. */
export function withLexicon(lexicon: Lexicon | undefined, tokens: readonly string[], base: Features): Features {
  return lexicon ? merge(base, lexiconFeatures(tokens, lexicon)) : base;
}

export function trainStacked(
  sentences: readonly LabelledSentence[],
  opts: StackedOptions,
  baseFeatures: readonly Features[] = sentences.map((s) => sentenceFeatures(s.tokens)),
): { model: StackedModel; names: { first: string[]; second: string[] } } {
  const log = opts.log ?? (() => {});
  const base = { epochs: opts.epochs, seed: opts.seed, minCount: opts.minCount, unkBelow: opts.unkBelow, dropout: opts.dropout ?? 0, margin: opts.margin ?? 0, learner: opts.learner, c2: opts.c2, eta: opts.eta, crfAverage: opts.crfAverage };
  const table = new FeatureTable();
  let observed: readonly Features[] = baseFeatures;
  let lexicon: Lexicon | undefined;
  if (opts.lexicon) {
    // each part's lexicon features come from the names of the other parts, as a new text's would
    const out: Features[] = new Array(sentences.length);
    for (let f = 0; f < opts.folds; f++) {
      const { from, to } = part(sentences.length, f, opts.folds);
      const lex = buildLexicon(sentences.filter((_, i) => i < from || i >= to));
      for (let i = from; i < to; i++) out[i] = withLexicon(lex, sentences[i]!.tokens, baseFeatures[i]!);
    }
    observed = out;
    lexicon = buildLexicon(sentences);
    log(`lexicon: ${lexicon.size} names learnt from the training sentences`);
  }
  const encoded = observed.map((f, i) => ({ features: table.encode(f), tags: sentences[i]!.tags }));
  const firstPass: string[][] = new Array(sentences.length);
  for (let f = 0; f < opts.folds; f++) {
    const { from, to } = part(sentences.length, f, opts.folds);
    const m = trainLearner(encoded.filter((_, i) => i < from || i >= to), table, base);
    for (let i = from; i < to; i++) firstPass[i] = statesToTags(decodeEncoded(m, encoded[i]!.features));
    log(`first pass, fold ${f + 1}/${opts.folds}: sentences ${from + 1}–${to} tagged by a model trained without them`);
  }
  const first = trainLearner(encoded, table, { ...base, log });
  log('first model trained on every sentence');
  const docLexicon = opts.docLexicon === true;
  const context = secondPassFeatures({ window: opts.window, docLexicon }, sentences.map((s) => s.tokens), firstPass);
  const secondData = encoded.map((e, i) => ({ features: concatEncoded(e.features, table.encode(context[i]!)), tags: e.tags }));
  const second = trainLearner(secondData, table, {
    ...base,
    epochs: opts.secondEpochs ?? opts.epochs,
    log,
    onEpoch: opts.onEpoch ? (e, m) => opts.onEpoch!(e, { first, second: m, window: opts.window, lexicon, docLexicon }) : undefined,
  });
  return { model: { first, second, window: opts.window, lexicon, docLexicon }, names: { first: first.names, second: second.names } };
}

/** Tags of every sentence of a document (or of a file read in order), from precomputed sentence features. */
export function tagWithFeatures(model: StackedModel, sentences: readonly (readonly string[])[], sentenceFeats: readonly Features[]): string[][] {
  const baseFeatures = sentenceFeats.map((f, i) => withLexicon(model.lexicon, sentences[i]!, f));
  const firstPass = baseFeatures.map((f) => statesToTags(decode(model.first, f)));
  const context = secondPassFeatures(model, sentences, firstPass);
  return baseFeatures.map((f, i) => statesToTags(decode(model.second, merge(f, context[i]!))));
}

/**
 * Both passes over sentences that are not empty, through the inference path (compiled-pass.ts, emissions.ts):
 * the document context as numbers (context-codes.ts) unless the model reads phrases or a lexicon, whose features
 * are strings; null when the model needs the string path.
 */
function tagFast(model: StackedModel, sentences: readonly (readonly string[])[]): string[][] | null {
  const passes = compilePasses([model.first, model.second]);
  if (!passes) return null;
  const [first, second] = passes as [CompiledPass, CompiledPass];
  const prepared = prepareDocument(sentences);
  if (!model.lexicon && !model.docLexicon) {
    const firstPass = prepared.map((p) => decodePrepared(first, p));
    const context = contextCodes(prepared, firstPass, model.window);
    let at = 0;
    return prepared.map((p) => {
      const states = decodePrepared(second, p, undefined, context, at);
      at += p.tokens.length;
      return statesToTags(states);
    });
  }
  const lexicon = model.lexicon ? sentences.map((s) => lexiconFeatures(s, model.lexicon!)) : undefined;
  const firstPass = prepared.map((p, i) => statesToTags(fastDecode(first, p, lexicon?.[i])));
  const context = secondPassFeatures(model, sentences, firstPass);
  return prepared.map((p, i) => statesToTags(fastDecode(second, p, lexicon ? merge(lexicon[i]!, context[i]!) : context[i]!)));
}

/** Tags of every sentence of a document: both passes, the second reading the first pass over the whole document. */
export function tagDocumentWith(model: StackedModel, sentences: readonly (readonly string[])[]): string[][] {
  const nonEmpty = sentences.map((s) => s.length > 0);
  const kept = sentences.filter((_, i) => nonEmpty[i]);
  const tagged = tagFast(model, kept) ?? tagWithFeatures(model, kept, kept.map((s) => sentenceFeatures(s)));
  let k = 0;
  return sentences.map((_, i) => (nonEmpty[i] ? tagged[k++]! : []));
}

/**
 * Sum of weight tables that may name different features: rows follow the first table's names, then each later
 * table's new names in its order, so the same tables in the same order give the same sum.
 */
class PassSum {
  readonly index = new Map<string, number>();
  readonly names: string[] = [];
  weights = new Float64Array(1 << 20);
  readonly transitions = new Float64Array((K + 1) * K);

  add(model: NerModel, names: readonly string[]): void {
    for (const n of names) {
      if (this.index.has(n)) continue;
      this.index.set(n, this.names.length);
      this.names.push(n);
    }
    if (this.weights.length < this.names.length * K) {
      let size = this.weights.length;
      while (size < this.names.length * K) size *= 2;
      const grown = new Float64Array(size);
      grown.set(this.weights);
      this.weights = grown;
    }
    for (let r = 0; r < names.length; r++) {
      const to = this.index.get(names[r]!)! * K;
      for (let y = 0; y < K; y++) this.weights[to + y]! += model.weights[r * K + y]!;
    }
    for (let i = 0; i < this.transitions.length; i++) this.transitions[i]! += model.transitions[i]!;
  }

  model(): NerModel {
    return { featureVersion: 0, index: this.index, weights: this.weights.slice(0, this.names.length * K), transitions: this.transitions };
  }
}

/**
 * Several stacked models (trained alike with other seeds) folded into one whose weights are their sums: the
 * argmax of a sum is the argmax of the mean, so it tags as the average of the members would, at the cost of one
 * model. The members' averaged weights are summed as they are; the model file rounds the sum to integers (weights
 * × scale, model-file.ts) as it rounds any model, so the fast path reads it as it reads one. Members are added one
 * at a time, so that only the sum and one member are held in memory.
 */
export class StackedSum {
  private readonly first = new PassSum();
  private readonly second = new PassSum();
  private shape: Pick<StackedModel, 'window' | 'lexicon' | 'docLexicon'> | undefined;
  members = 0;

  add(member: { model: StackedModel; names: { first: readonly string[]; second: readonly string[] } }): void {
    const { model } = member;
    if (this.shape && (this.shape.window !== model.window || this.shape.docLexicon !== model.docLexicon))
      throw new Error('the members of a model sum must be trained with the same window and phrase context');
    this.shape ??= { window: model.window, lexicon: model.lexicon, docLexicon: model.docLexicon };
    this.first.add(model.first, member.names.first);
    this.second.add(model.second, member.names.second);
    this.members++;
  }

  result(): { model: StackedModel; names: { first: string[]; second: string[] } } {
    if (!this.shape) throw new Error('a model sum needs at least one member');
    return {
      model: { first: this.first.model(), second: this.second.model(), ...this.shape },
      names: { first: this.first.names, second: this.second.names },
    };
  }
}
