/**
 * Trains the stance classifier on ANS (Khouja 2020) and writes models/stance-ans.json.gz.
 *
 *   node dist/stance/train.js [--data DIR] [--out FILE] [--l2 X] [--min-count N] [--balance X] [--iterations N]
 *                             [--final train|train+dev] [--tune yes] [--eval test]
 *
 * The model is fitted on train.csv and scored on dev.csv; the disagreement threshold the contradiction analysis
 * uses is chosen on dev; the shipped model is then refitted with the same settings on train and dev together
 * (--final train keeps the train-only fit). --tune prints dev macro-F1 over a grid of settings and writes
 * nothing. --eval test scores test.csv with the model written: run it once, at the end. Same data and options →
 * the same model file, byte for byte.
 */
import { elapsedLog, numberOption, parseScriptArgs } from '../cli/script-args.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseStanceCsv, type StancePair } from './csv.js';
import { predictFeatures, type StanceLabel, type StanceModel } from './model.js';
import { parseStanceModel, serializeStanceModel } from './model-file.js';
import { formatScores, scoreStance } from './score.js';
import { featurize, trainStance, type LabelledFeatures, type StanceTrainOptions } from './trainer.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The settings the shipped model is trained with (chosen by --tune on dev). */
export const DEFAULTS = {
  data: resolve(ROOT, '../shared/data/ans'),
  out: resolve(ROOT, 'models/stance-ans.json.gz'),
  l2: 0.003,
  minCount: 3,
  balance: 0.5,
  iterations: 300,
  scale: 1000,
  /** Precision of `disagree` the contradiction threshold must reach on dev. */
  contradictionPrecision: 0.9,
};

function readPairs(path: string): StancePair[] {
  return parseStanceCsv(readFileSync(path, 'utf8'));
}

function evaluate(model: StanceModel, data: readonly LabelledFeatures[]) {
  const preds = data.map((d) => predictFeatures(model, d.features));
  return { preds, scores: scoreStance(data.map((d) => d.label), preds.map((p) => p.label)) };
}

/**
 * The lowest probability of `disagree` at which the pairs the model calls contradictory are right at least
 * `precision` of the time on dev (never below 0.5, so that a flagged pair is always the model's first choice).
 */
export function contradictionThreshold(gold: readonly StanceLabel[], pDisagree: readonly number[], precision: number): number {
  for (let t = 0.5; t < 0.99; t += 0.01) {
    let tp = 0;
    let fp = 0;
    for (let i = 0; i < gold.length; i++)
      if (pDisagree[i]! >= t) gold[i] === 'disagree' ? tp++ : fp++;
    if (tp + fp >= 10 && tp / (tp + fp) >= precision) return Math.round(t * 100) / 100;
  }
  return 0.99;
}

function main(): void {
  const args = parseScriptArgs(process.argv.slice(2));
  const num = (k: string, d: number) => numberOption(args, k, d);
  const log = elapsedLog();
  const dataDir = resolve(args['data'] ?? DEFAULTS.data);
  const out = resolve(args['out'] ?? DEFAULTS.out);

  if (args['eval']) {
    if (args['eval'] !== 'test' && args['eval'] !== 'dev') throw new Error('--eval takes test or dev');
    return evalFile(out, join(dataDir, `${args['eval']}.csv`));
  }

  const opts: StanceTrainOptions = {
    l2: num('l2', DEFAULTS.l2),
    minCount: num('min-count', DEFAULTS.minCount),
    balance: num('balance', DEFAULTS.balance),
    iterations: num('iterations', DEFAULTS.iterations),
  };
  const train = featurize(readPairs(join(dataDir, 'train.csv')));
  const devPairs = readPairs(join(dataDir, 'dev.csv'));
  const dev = featurize(devPairs);
  log(`features of ${train.length} train and ${dev.length} dev pairs`);

  if (args['tune'] === 'yes') return tune(train, dev, opts, log);

  const fit = trainStance(train, { ...opts, log });
  const { preds, scores } = evaluate(fit.model, dev);
  process.stdout.write(`dev (model fitted on train):\n${formatScores(scores)}`);
  // the contradiction analysis reads a pair both ways (two outlets come in no order) and takes the stronger
  const reversed = featurize(devPairs.map((p) => ({ s1: p.s2, s2: p.s1, stance: p.stance })));
  const both = preds.map((p, i) => Math.max(p.probabilities.disagree, predictFeatures(fit.model, reversed[i]!.features).probabilities.disagree));
  const threshold = contradictionThreshold(dev.map((d) => d.label), both, DEFAULTS.contradictionPrecision);
  process.stdout.write(`contradiction threshold (the higher disagree probability of both orders, precision ≥ ${DEFAULTS.contradictionPrecision} on dev): ${threshold}\n`);

  const final = args['final'] ?? 'train+dev';
  if (final !== 'train' && final !== 'train+dev') throw new Error('--final takes train or train+dev');
  const shipped = final === 'train' ? fit : trainStance([...train, ...dev], { ...opts, log });
  const { bytes, features } = serializeStanceModel(shipped.names, shipped.model.weights, {
    scale: DEFAULTS.scale,
    about:
      `L2 multinomial logistic regression on pair features (src/stance/features.ts), fitted by src/stance/train.ts on ANS ` +
      `(Khouja 2020) ${final}: l2 ${opts.l2}, min count ${opts.minCount}, class balance ${opts.balance}, ${opts.iterations} L-BFGS iterations; ` +
      `dev macro-F1 of the train-only fit ${scores.macroF1.toFixed(3)}`,
    tuned: { disagreeThreshold: threshold, devMacroF1: Math.round(scores.macroF1 * 1000) / 1000 },
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  log(`wrote ${out}: ${features} features, ${(bytes.length / 1024).toFixed(1)} kB`);
}

function tune(train: LabelledFeatures[], dev: LabelledFeatures[], base: StanceTrainOptions, log: (line: string) => void): void {
  for (const minCount of [1, 2, 3])
    for (const balance of [0, 0.5, 1])
      for (const l2 of [0.001, 0.003, 0.01, 0.03]) {
        const fit = trainStance(train, { ...base, l2, minCount, balance });
        const s = evaluate(fit.model, dev).scores;
        process.stdout.write(
          `min-count ${minCount} balance ${balance} l2 ${l2}: macro-F1 ${s.macroF1.toFixed(4)} ` +
            `(agree ${s.classes.agree.f1.toFixed(3)}, disagree ${s.classes.disagree.f1.toFixed(3)}, other ${s.classes.other.f1.toFixed(3)})\n`,
        );
      }
  log('tuning done');
}

function evalFile(modelPath: string, csv: string): void {
  const model = parseStanceModel(readFileSync(modelPath));
  const data = featurize(readPairs(csv));
  process.stdout.write(`${csv} with ${modelPath}:\n${formatScores(evaluate(model, data).scores)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
