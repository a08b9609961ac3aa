import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePass, compilePasses, fastEmissions, forgetForms, prepareSentence } from './fast.js';
import { sentenceFeatures } from './features.js';
import { stringEmissions } from './perceptron.js';
import { loadModel } from './tagger.js';

// invented names no training text holds (so the model knows them by neither form nor stem, only by their affixes
// and neighbours), several sharing their last two letters, beside known words, clitics, a nisba and punctuation
const SENTENCES = [
  ['وصل', 'المهندس', 'تراموفسكي', 'وزميله', 'بلوتانسكي', 'إلى', 'مدينة', 'كارفيلسكي', 'الشمالية', '.'],
  ['وقالت', 'شركة', 'فيرنوتاخ', 'إن', 'مصنع', 'غرومباخ', 'ومصنع', 'زيلنباخ', 'سيفتتحان', 'قريبا', '.'],
  ['التقى', 'تراموفسكي', 'بالمسؤول', 'الكارفيلسكي', 'في', 'بغداد', '،', 'ثم', 'غادر', '!'],
];


test('per-form sums score unseen words as the feature strings do, also after the form table is emptied', () => {
  const model = loadModel();
  const passes = [compilePass(model.first), compilePass(model.second)] as const;
  assert.ok(passes[0] && passes[1], 'the shipped model takes the fast path');
  const models = [model.first, model.second];
  // the first round fills the sums from an empty table, the second reads them, the third refills them after the
  // table was emptied again, in another order, so that blocks land where others were before
  for (let round = 0; round < 3; round++) {
    if (round !== 1) forgetForms();
    (round === 2 ? [...SENTENCES].reverse() : SENTENCES).forEach((tokens, s) => {
      const expected = sentenceFeatures(tokens);
      const prepared = prepareSentence(tokens);
      passes.forEach((pass, p) =>
        assert.deepEqual(fastEmissions(pass!, prepared), stringEmissions(models[p]!, expected), `round ${round}, pass ${p + 1}, sentence ${s}`),
      );
    });
  }
});

test('passes compiled together fill each other\'s sums from one lookup of a new word, with the same scores', () => {
  const model = loadModel();
  const passes = compilePasses([model.first, model.second]);
  assert.ok(passes, 'the shipped model takes the fast path');
  const models = [model.first, model.second];
  for (let round = 0; round < 2; round++) {
    forgetForms();
    SENTENCES.forEach((tokens, s) => {
      const expected = sentenceFeatures(tokens);
      const prepared = prepareSentence(tokens);
      // the first round scores with the second pass first: its new words fill the first pass's sums too
      const order = round === 0 ? [1, 0] : [0, 1];
      for (const p of order)
        assert.deepEqual(fastEmissions(passes[p]!, prepared), stringEmissions(models[p]!, expected), `round ${round}, pass ${p + 1}, sentence ${s}`);
    });
  }
  assert.equal(compilePasses([model.first, model.second]), passes, 'compiled once');
});
