/**
 * The shipped stance classifier: models/stance-ans.json.gz, read once, and the pure functions over it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseStanceModel, type StanceModelFile } from './model-file.js';
import { predictStance, type StancePrediction } from './model.js';

/** Where the build finds the model: the repository's models/ folder (from dist/stance/ or src/stance/). */
export const STANCE_MODEL_PATH = fileURLToPath(new URL('../../models/stance-ans.json.gz', import.meta.url));

let loaded: StanceModelFile | null = null;

/** The model, read from `path` on the first call and kept. */
export function loadStanceModel(path: string = STANCE_MODEL_PATH): StanceModelFile {
  loaded ??= parseStanceModel(readFileSync(path));
  return loaded;
}

/** Stance of statement `b` towards statement `a`: agree, disagree or other, with the probabilities. */
export function classifyStance(a: string, b: string, model: StanceModelFile = loadStanceModel()): StancePrediction {
  return predictStance(model, a, b);
}
