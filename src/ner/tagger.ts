/**
 * The named-entity tagger: the trained model in models/ner-anercorp.json.gz, read once, and pure functions over
 * tokens. Tokens are taken as given (ANERcorp's: punctuation apart, clitics joined to their words).
 *
 * The model reads a document in two passes (stacked.ts): names recognised in one sentence help their other
 * mentions nearby. {@link tagDocument} gives it the whole document; {@link tagTokens} and {@link tagSentence}
 * see one sentence, which is its own context.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseModel } from './model-file.js';
import { tagDocumentWith, type StackedModel } from './stacked.js';
import { spansOf, type EntitySpan } from './tags.js';

/**
 * Where the build finds the model: the repository's models/ folder (from dist/ner/ or src/ner/), unless
 * MARSAD_NER_MODEL names another file (a candidate model being scored before it replaces the shipped one).
 */
export const MODEL_PATH = process.env['MARSAD_NER_MODEL'] || fileURLToPath(new URL('../../models/ner-anercorp.json.gz', import.meta.url));

export type { StackedModel as NerTaggerModel };

let loaded: StackedModel | null = null;

/** The model, read from `path` on the first call and kept; later calls return the same model. */
export function loadModel(path: string = MODEL_PATH): StackedModel {
  loaded ??= parseModel(readFileSync(path));
  return loaded;
}

/** BIO tags (B-PERS, I-LOC, O …) of every sentence of a document, each sentence given as its tokens. */
export function tagDocument(sentences: readonly (readonly string[])[], model: StackedModel = loadModel()): string[][] {
  return tagDocumentWith(model, sentences);
}

/** BIO tags (B-PERS, I-LOC, O …) of one sentence's tokens. */
export function tagTokens(tokens: readonly string[], model: StackedModel = loadModel()): string[] {
  return tagDocumentWith(model, [tokens])[0]!;
}

/** Entities of one sentence as token index ranges [start, end). */
export function tagSentence(tokens: readonly string[], model: StackedModel = loadModel()): EntitySpan[] {
  return spansOf(tagTokens(tokens, model));
}
