/** Arabic named entities: a trained sequence tagger (see tagger.ts) and its helpers. */
export { loadModel, tagDocument, tagSentence, tagTokens, MODEL_PATH, type NerTaggerModel } from './tagger.js';
export { parseConll, formatConll, type ConllSentence } from './conll.js';
export { spansOf, TAGS, ENTITY_TYPES, type EntitySpan, type EntityType } from './tags.js';
