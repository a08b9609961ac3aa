/**
 * `marsad stance --csv FILE`: classifies every pair of a stance CSV (`s1,s2[,stance]`, a header line) as agree,
 * disagree or other and prints one tab-separated line per pair: row number, predicted stance, its probability,
 * and the gold stance when the file gives one. When every row has a gold stance it then prints per-class
 * precision, recall and F1 and, last, `macro-F1: X` (what eval/run.mjs reads).
 * Exit codes: 0 classified; 1 the file could not be read or parsed, or the model could not be loaded; 2 usage.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadStanceModel } from '../stance/classifier.js';
import { parseStanceCsv, type StancePair } from '../stance/csv.js';
import { predictStance, type StanceModel } from '../stance/model.js';
import { formatScores, scoreStance } from '../stance/score.js';

export interface StanceOptions {
  csv: string;
}

/** What the command prints for these pairs. */
export function stanceReport(pairs: readonly StancePair[], model: StanceModel): string {
  const preds = pairs.map((p) => predictStance(model, p.s1, p.s2));
  const lines = ['row\tpredicted\tconfidence\tgold'];
  preds.forEach((p, i) => lines.push(`${i + 2}\t${p.label}\t${p.confidence.toFixed(3)}\t${pairs[i]!.stance ?? ''}`));
  let out = lines.join('\n') + '\n';
  if (pairs.length && pairs.every((p) => p.stance)) {
    out += '\n' + formatScores(scoreStance(pairs.map((p) => p.stance!), preds.map((p) => p.label)));
  }
  return out;
}

export function runStance(opts: StanceOptions): number {
  let pairs: StancePair[];
  try {
    pairs = parseStanceCsv(readFileSync(opts.csv === '-' ? 0 : opts.csv, 'utf8'));
  } catch (err) {
    process.stderr.write(`marsad stance: cannot read ${opts.csv}: ${(err as Error).message}\n`);
    return 1;
  }
  let model: StanceModel;
  try {
    model = loadStanceModel();
  } catch (err) {
    process.stderr.write(`marsad stance: cannot load the model: ${(err as Error).message}\n`);
    return 1;
  }
  process.stdout.write(stanceReport(pairs, model));
  return 0;
}

export function registerStance(program: Command): void {
  program
    .command('stance')
    .description('classify pairs of Arabic statements as agree, disagree or other; scores them when the file gives gold stances')
    .requiredOption('--csv <file>', 'CSV with a header line and columns s1, s2 and optionally stance; - for stdin')
    .action((opts: StanceOptions) => {
      process.exitCode = runStance(opts);
    });
}
