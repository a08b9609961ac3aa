/**
 * The tagger's two learners over the same encoded sentences and the same model shape: the averaged perceptron
 * (perceptron.ts) and a linear-chain CRF trained by stochastic gradient (crf.ts). Both give emission and
 * transition weights that Viterbi decodes alike, so stacking, ensembles and the model file do not care which.
 */
import { trainCrf } from './crf.js';
import { FeatureTable, prepareTraining, trainEncoded, type EncodedExample, type NerModel, type TrainOptions, type TrainingExample } from './perceptron.js';

export function trainLearner(data: readonly EncodedExample[], table: FeatureTable, opts: TrainOptions): NerModel & { names: string[]; rowOfId: Int32Array } {
  return opts.learner === 'crf' ? trainCrf(prepareTraining(data, table, opts), opts) : trainEncoded(data, table, opts);
}

/** One model from feature strings (tuning the first pass alone). */
export function trainFromStrings(data: readonly TrainingExample[], opts: TrainOptions): NerModel & { names: string[] } {
  const table = new FeatureTable();
  return trainLearner(data.map((d) => ({ features: table.encode(d.features), tags: d.tags })), table, opts);
}
