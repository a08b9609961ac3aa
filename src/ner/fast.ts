/**
 * The tagger's inference path for a shipped model, in parts:
 * - forms.ts: the table of word forms (numbers, analyses, gazetteer reach, document-context keys);
 * - compiled-pass.ts: a model pass's feature names as template maps, pair tables and small tables, checked on
 *   probe texts against the string path;
 * - form-sums.ts: per form and pass, the sums of its own rows and of what it gives its neighbours;
 * - emissions.ts: a sentence's emission scores and decoding;
 * - context-codes.ts: the second pass's document context as numbers.
 * The same features as features.ts and context.ts (the string path, which training uses and which stays the
 * reference: fast.test.ts compares both).
 */
export { compilePass, compilePasses, type CompiledPass } from './compiled-pass.js';
export { decodePrepared, fastDecode, fastEmissions } from './emissions.js';
export { forgetForms, prepareDocument, prepareSentence, type PreparedSentence } from './forms.js';
export { contextCodes, CONTEXT_CODE_NAMES } from './context-codes.js';
