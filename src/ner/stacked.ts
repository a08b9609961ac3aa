/**
 * Two passes over a document. The first model tags each sentence from its own tokens; the second sees the same
 * features plus the document context of the first pass (context.ts). The second model is trained on first-pass
 * tags the first model produced for sentences it had not been trained on (jackknifing over contiguous folds), so
 * it learns how far to trust them on unseen text.
 */
import { contextFeatures } from './context.js';
import { sentenceFeatures } from './features.js';
import { FeatureTable, concatEncoded, decode, decodeEncoded, trainEncoded, type NerModel, type TrainOptions } from './perceptron.js';
import { statesToTags } from './tags.js';

export interface StackedModel {
  first: NerModel;
  second: NerModel;
  /** Sentences either side that count as context. */
  window: number;
}

export interface StackedOptions extends Omit<TrainOptions, 'onEpoch' | 'epochs'> {
  epochs: number;
  /** Epochs of the second model (defaults to `epochs`). */
  secondEpochs?: number;
  /** Jackknife folds for the first-pass tags the second model learns from. */
  folds: number;
  window: number;
  /** Called after each epoch of the second model with the model so far. */
  onEpoch?: (epoch: number, model: StackedModel) => void;
}

export interface LabelledSentence {
  tokens: readonly string[];
  tags: readonly string[];
}

type Features = readonly (readonly string[])[];

const merge = (base: Features, extra: Features): string[][] => base.map((fs, t) => [...fs, ...extra[t]!]);

export function trainStacked(
  sentences: readonly LabelledSentence[],
  opts: StackedOptions,
  baseFeatures: readonly Features[] = sentences.map((s) => sentenceFeatures(s.tokens)),
): { model: StackedModel; names: { first: string[]; second: string[] } } {
  const log = opts.log ?? (() => {});
  const base = { epochs: opts.epochs, seed: opts.seed, minCount: opts.minCount, unkBelow: opts.unkBelow, dropout: opts.dropout ?? 0 };
  const table = new FeatureTable();
  const encoded = baseFeatures.map((f, i) => ({ features: table.encode(f), tags: sentences[i]!.tags }));
  const firstPass: string[][] = new Array(sentences.length);
  for (let f = 0; f < opts.folds; f++) {
    const from = Math.round((sentences.length * f) / opts.folds);
    const to = Math.round((sentences.length * (f + 1)) / opts.folds);
    const m = trainEncoded(encoded.filter((_, i) => i < from || i >= to), table, base);
    for (let i = from; i < to; i++) firstPass[i] = statesToTags(decodeEncoded(m, encoded[i]!.features));
    log(`first pass, fold ${f + 1}/${opts.folds}: sentences ${from + 1}–${to} tagged by a model trained without them`);
  }
  const first = trainEncoded(encoded, table, { ...base, log });
  log('first model trained on every sentence');
  const context = contextFeatures(sentences.map((s) => s.tokens), firstPass, opts.window);
  const secondData = encoded.map((e, i) => ({ features: concatEncoded(e.features, table.encode(context[i]!)), tags: e.tags }));
  const second = trainEncoded(secondData, table, {
    ...base,
    epochs: opts.secondEpochs ?? opts.epochs,
    log,
    onEpoch: opts.onEpoch ? (e, m) => opts.onEpoch!(e, { first, second: m, window: opts.window }) : undefined,
  });
  return { model: { first, second, window: opts.window }, names: { first: first.names, second: second.names } };
}

/** Tags of every sentence of a document (or of a file read in order), from precomputed sentence features. */
export function tagWithFeatures(model: StackedModel, sentences: readonly (readonly string[])[], baseFeatures: readonly Features[]): string[][] {
  const firstPass = baseFeatures.map((f) => statesToTags(decode(model.first, f)));
  const context = contextFeatures(sentences, firstPass, model.window);
  return baseFeatures.map((f, i) => statesToTags(decode(model.second, merge(f, context[i]!))));
}

/** Tags of every sentence of a document: both passes, the second reading the first pass over the whole document. */
export function tagDocumentWith(model: StackedModel, sentences: readonly (readonly string[])[]): string[][] {
  const nonEmpty = sentences.map((s) => s.length > 0);
  const kept = sentences.filter((_, i) => nonEmpty[i]);
  const tagged = tagWithFeatures(model, kept, kept.map((s) => sentenceFeatures(s)));
  let k = 0;
  return sentences.map((_, i) => (nonEmpty[i] ? tagged[k++]! : []));
}
