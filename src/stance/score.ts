/** Per-class precision, recall and F1 of stance predictions, and their unweighted mean (macro-F1). */
import { STANCE_LABELS, type StanceLabel } from './model.js';

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface StanceScores {
  classes: Record<StanceLabel, ClassScore>;
  macroF1: number;
  accuracy: number;
}

export function scoreStance(gold: readonly StanceLabel[], pred: readonly StanceLabel[]): StanceScores {
  if (gold.length !== pred.length) throw new Error('gold and predicted stances differ in number');
  const classes = {} as Record<StanceLabel, ClassScore>;
  let correct = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) correct++;
  for (const c of STANCE_LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === c && gold[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    classes[c] = { precision, recall, f1, support: tp + fn };
  }
  // the mean over the labels that occur, in the gold or the predictions (as scikit-learn's f1_score does): a label
  // absent from both says nothing about the classifier
  const present = STANCE_LABELS.filter((c) => gold.includes(c) || pred.includes(c));
  const macroF1 = present.length ? present.reduce((s, c) => s + classes[c].f1, 0) / present.length : 0;
  return { classes, macroF1, accuracy: gold.length ? correct / gold.length : 0 };
}

/** The table the CLI prints: one line per class, then `macro-F1: X` last. */
export function formatScores(s: StanceScores): string {
  const lines = ['class      precision  recall  f1     support'];
  for (const c of STANCE_LABELS) {
    const x = s.classes[c];
    lines.push(`${c.padEnd(10)} ${x.precision.toFixed(3).padStart(9)}  ${x.recall.toFixed(3).padStart(6)}  ${x.f1.toFixed(3)}  ${String(x.support).padStart(7)}`);
  }
  lines.push(`accuracy: ${s.accuracy.toFixed(3)}`);
  lines.push(`macro-F1: ${s.macroF1.toFixed(3)}`);
  return lines.join('\n') + '\n';
}
