import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextFeatures } from './context.js';
import { CONTEXT_CODE_NAMES, compilePass, contextCodes, fastDecode, fastEmissions, forgetForms, prepareDocument, prepareSentence } from './fast.js';
import { sentenceFeatures, wordInfo } from './features.js';
import { HIT_COUNT, HIT_NAMES, gazetteerHitMasks, gazetteerHits, reachOf } from './gazetteer.js';
import { tagsToStates } from './tags.js';
import { K, decode, stringEmissions, type NerModel } from './perceptron.js';
import { fillEmissions } from './emissions.js';
import { tagWithFeatures } from './stacked.js';
import { loadModel, tagDocument } from './tagger.js';

// sentences written for this test: names, clitics, a gazetteer phrase, digits, Latin letters, a repeated name
const DOCUMENT = [
  ['التقى', 'رئيس', 'الوزراء', 'العراقي', 'في', 'بغداد', 'وفدا', 'من', 'البنك', 'الدولي', '.'],
  ['وقال', 'المتحدث', 'باسم', 'الأمم', 'المتحدة', 'إن', 'المساعدات', 'وصلت', 'إلى', 'مدينة', 'حلب', '.'],
  ['وأعلنت', 'شركة', 'Nokia', 'عن', '300', 'وظيفة', 'جديدة', 'عام', '2024', 'في', 'بغداد', '.'],
  ['وأضاف', 'الوزير', 'كريم', 'الساعدي', 'أن', 'الاجتماع', 'المقبل', 'سيعقد', 'بالقاهرة', '.'],
  ['وأكد', 'الساعدي', 'أن', '"', 'الخطة', '"', 'جاهزة', '.'],
];

// foreign names and words no training text holds (invented transliterations), beside known words and symbols
const UNSEEN = [
  ['وصرح', 'المهندس', 'فلوريان', 'كفاتشيفسكي', 'لوكالة', 'رويترز', 'بأن', 'مشروع', 'زيلبرتاخ', 'سيكتمل', 'في', 'مارس', '.'],
  ['استقبلت', 'بلدية', 'أوستروغارد', 'وفدا', 'من', 'جامعة', 'Tsvetkova', 'التقنية', 'برئاسة', 'إيلينورا', 'باسكوفيتش', '،', 'وفق', 'بيان', '(', 'رسمي', ')', '.'],
  ['وتبلغ', 'كلفة', 'الجسر', '2.750', 'مليار', 'دولار', 'بحسب', 'تقديرات', 'شركة', 'كرومفيلد-هاوس', 'للاستشارات', '.'],
  ['غادر', 'كفاتشيفسكي', 'مطار', 'أوستروغارد', 'متوجها', 'إلى', 'الدوحة', '؛', 'وقال', 'إن', 'زيارته', 'ناجحة', '.'],
  ['!'],
];


test('the fast path scores every token exactly as the feature strings do, first and second pass', () => {
  const model = loadModel();
  const first = compilePass(model.first);
  const second = compilePass(model.second);
  assert.ok(first && second, 'the shipped model has integer weights and takes the fast path');
  for (const doc of [DOCUMENT, UNSEEN]) {
    const firstPass = tagDocument(doc, model);
    const context = contextFeatures(doc, firstPass, model.window);
    // twice: the first round fills the per-form sums, the second reads them
    for (let round = 0; round < 2; round++) {
      doc.forEach((tokens, s) => {
        const features = sentenceFeatures(tokens);
        const prepared = prepareSentence(tokens);
        assert.deepEqual(fastEmissions(first, prepared), stringEmissions(model.first, features), `first pass, sentence ${s}`);
        const withContext = features.map((fs, t) => [...fs, ...context[s]![t]!]);
        assert.deepEqual(fastEmissions(second, prepared, context[s]), stringEmissions(model.second, withContext), `second pass, sentence ${s}`);
      });
    }
  }
});

test('the document tags are the same through the fast path and the string path, unseen names included', () => {
  const model = loadModel();
  for (const doc of [DOCUMENT, UNSEEN]) {
    const viaStrings = tagWithFeatures(model, doc, doc.map((s) => sentenceFeatures(s)));
    assert.deepEqual(tagDocument(doc, model), viaStrings);
    assert.ok(viaStrings.flat().some((t) => t !== 'O'), 'the document has names to tag');
  }
  // the same sentences one at a time, each its own document
  for (const s of [...DOCUMENT, ...UNSEEN]) assert.deepEqual(tagDocument([s], model), tagWithFeatures(model, [s], [sentenceFeatures(s)]));
});

test('a word seen in another sentence before scores the same as when it is new', () => {
  const model = loadModel();
  const pass = compilePass(model.first)!;
  const sentence = ['ووصل', 'الساعدي', 'إلى', 'طهران', 'مساء', 'الأحد', '.'];
  const expected = stringEmissions(model.first, sentenceFeatures(sentence));
  forgetForms();
  assert.deepEqual(fastEmissions(pass, prepareSentence(sentence)), expected, 'nothing seen before');
  fastEmissions(pass, prepareSentence(['غادر', 'الساعدي', 'طهران', 'إلى', 'بغداد', '.']));
  assert.deepEqual(fastEmissions(pass, prepareSentence(sentence)), expected, 'words seen in another sentence');
});

test('a sentence prepared before the word forms were forgotten is numbered again and decodes the same', () => {
  const model = loadModel();
  const pass = compilePass(model.first)!;
  const sentence = UNSEEN[0]!;
  const prepared = prepareSentence(sentence);
  const before = fastDecode(pass, prepared);
  forgetForms();
  // other words take the numbers the sentence's words had
  fastDecode(pass, prepareSentence(['أكد', 'المتحدث', 'أن', 'الوفد', 'وصل', 'إلى', 'عمان', '.']));
  assert.deepEqual(fastDecode(pass, prepared), before);
  assert.deepEqual(before, decode(model.first, sentenceFeatures(sentence)));
});

test('a model with weights that are not integers is left to the string path', () => {
  const index = new Map([['bias', 0]]);
  const model: NerModel = { featureVersion: 1, index, weights: Float64Array.of(0.5, ...new Array(16).fill(0)), transitions: new Float64Array(18 * 17) };
  assert.equal(compilePass(model), null);
});

test('the document context as numbers names the same features as the strings, window edges included', () => {
  const model = loadModel();
  // a window of 1 sentence: names repeated two sentences apart fall outside it, next door inside
  for (const window of [model.window, 1, 0]) {
    for (const doc of [DOCUMENT, UNSEEN, [...DOCUMENT, ...UNSEEN, ...DOCUMENT]]) {
      const tags = tagDocument(doc, model);
      const expected = contextFeatures(doc, tags, window);
      const prepared = prepareDocument(doc);
      const codes = contextCodes(prepared, tags.map((t) => Uint8Array.from(tagsToStates(t))), window);
      let q = 0;
      doc.forEach((tokens, s) =>
        tokens.forEach((_, t) => {
          const got = Array.from(codes.values.subarray(codes.offsets[q]!, codes.offsets[q + 1]!), (c) => CONTEXT_CODE_NAMES[c]!);
          assert.deepEqual(got.sort(), [...expected[s]![t]!].sort(), `window ${window}, sentence ${s}, token ${t}`);
          q++;
        }),
      );
    }
  }
});

test('the second pass scores the context codes of a token exactly as their feature strings, for a list of codes seen before too', () => {
  const model = loadModel();
  const second = compilePass(model.second)!;
  // the long document repeats its sentences, so later tokens meet lists of codes that earlier tokens had
  for (const doc of [DOCUMENT, UNSEEN, [...DOCUMENT, ...UNSEEN, ...DOCUMENT]]) {
    const tags = tagDocument(doc, model);
    const context = contextFeatures(doc, tags, model.window);
    const prepared = prepareDocument(doc);
    const codes = contextCodes(prepared, tags.map((t) => Uint8Array.from(tagsToStates(t))), model.window);
    let at = 0;
    doc.forEach((tokens, s) => {
      const withContext = sentenceFeatures(tokens).map((fs, t) => [...fs, ...context[s]![t]!]);
      const got = fillEmissions(second, prepared[s]!, undefined, new Float64Array(tokens.length * K), codes, at);
      assert.deepEqual(got, stringEmissions(model.second, withContext), `sentence ${s}`);
      at += tokens.length;
    });
  }
});

test('the gazetteer hits as masks are the hits the feature strings carry', () => {
  const sentences = [
    ...DOCUMENT,
    ...UNSEEN,
    ['زار', 'الأمين', 'العام', 'للأمم', 'المتحدة', 'مدينة', 'نيويورك', 'والقاهرة', 'وبغداد', 'ودمشق', '.'],
  ];
  let seen = 0;
  for (const tokens of sentences) {
    const infos = tokens.map(wordInfo);
    const expected = gazetteerHits(
      infos.map((w) => w.norm),
      infos.map((w) => w.keys),
    );
    const masks = new Uint32Array(2 * tokens.length);
    gazetteerHitMasks(
      infos.map((w) => w.norm),
      infos.map((w) => w.keys),
      infos.map((w) => Math.max(0, ...w.keys.map(reachOf))),
      masks,
    );
    tokens.forEach((_, i) => {
      const got: string[] = [];
      for (let h = 0; h < HIT_COUNT; h++) if ((masks[2 * i + (h >> 5)]! >>> (h & 31)) & 1) got.push(HIT_NAMES[h]!);
      assert.deepEqual(got.sort(), [...expected[i]!].sort(), tokens.join(' '));
      seen += got.length;
    });
  }
  assert.ok(seen > 5, 'the sentences hold gazetteer phrases');
});
