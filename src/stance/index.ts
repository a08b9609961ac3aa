export { analyzeStatement, type Statement } from './text.js';
export { pairFeatures, textPairFeatures, STANCE_FEATURE_VERSION } from './features.js';
export { STANCE_LABELS, predictStance, type StanceLabel, type StancePrediction, type StanceModel } from './model.js';
export { classifyStance, loadStanceModel, STANCE_MODEL_PATH } from './classifier.js';
export { parseStanceCsv, type StancePair } from './csv.js';
export { scoreStance, formatScores, type StanceScores } from './score.js';
