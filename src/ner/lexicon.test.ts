import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentLexiconFeatures } from './context.js';
import { buildLexicon, lexiconFeatures, lexiconFromJson, lexiconToJson } from './lexicon.js';

const TRAIN = [
  { tokens: ['زار', 'كريم', 'الراشد', 'مدينة', 'طنجة', '.'], tags: ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'O'] },
  { tokens: ['وقال', 'الراشد', 'إن', 'طنجة', 'جميلة', '.'], tags: ['O', 'B-PERS', 'O', 'B-LOC', 'O', 'O'] },
  { tokens: ['نزل', 'المطر', 'على', 'طنجة', 'أمس', '.'], tags: ['O', 'O', 'O', 'B-LOC', 'O', 'O'] },
  { tokens: ['وأصدرت', 'الهيئة', 'العليا', 'للمياه', 'بيانا', '.'], tags: ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'] },
  { tokens: ['قال', 'كريم', 'كلاما', 'كريما', '.'], tags: ['O', 'O', 'O', 'O', 'O'] },
];

test('the lexicon counts each name by type and every occurrence of its words', () => {
  const lex = buildLexicon(TRAIN);
  assert.deepEqual(lex.get('طنجه'), { types: [0, 3, 0, 0], seen: 3 });
  assert.deepEqual(lex.get('راشد'), { types: [1, 0, 0, 0], seen: 2 }, 'without its article; once alone, once inside a longer name');
  assert.deepEqual(lex.get('كريم الراشد'), { types: [1, 0, 0, 0], seen: 1 });
  assert.equal(lex.get('المطر'), undefined, 'plain words are not names');
});

test('a known name in a new sentence is marked with its type, place and reliability, clitics aside', () => {
  const lex = buildLexicon(TRAIN);
  const fs = lexiconFeatures(['وطنجة', 'والهيئة', 'العليا', 'للمياه', 'و', 'الراشد', 'ينتظر'], lex);
  assert.ok(fs[0]!.includes('lx=LOC:U') && fs[0]!.includes('lx=LOC:U:a'), 'a place tagged every time it occurs');
  assert.ok(fs[1]!.includes('lx=ORG:B') && fs[2]!.includes('lx=ORG:I') && fs[3]!.includes('lx=ORG:I'));
  assert.ok(fs[1]!.includes('lxlen=3'));
  assert.ok(fs[5]!.includes('lx=PERS:U:c'), 'الراشد alone was a name once in two occurrences: a weaker hit');
  assert.ok(fs[6]!.includes('lx-1=PERS'));
  assert.ok(fs[4]!.includes('lx+1=PERS') && !fs[4]!.some((f) => f.startsWith('lx=')), 'a bare conjunction is no name');
});

test('an empty lexicon gives no features, and the lexicon survives its JSON form', () => {
  assert.deepEqual(lexiconFeatures(['طنجة'], new Map()), [[]]);
  const lex = buildLexicon(TRAIN);
  const rows = lexiconToJson(lex);
  assert.deepEqual(lexiconFromJson(JSON.parse(JSON.stringify(rows))), lex);
  assert.deepEqual(rows.map((r) => r[0]), [...rows.map((r) => r[0])].sort(), 'rows sorted, so the model file is reproducible');
});

test('the second pass sees the names the first pass found in nearby sentences, not its own', () => {
  const sentences = [
    ['أعلنت', 'الهيئة', 'العليا', 'للمياه', 'خطة', '.'],
    ['ورحبت', 'الهيئة', 'العليا', 'للمياه', 'بالخطة', '.'],
    ['وفي', 'سياق', 'آخر', '.'],
  ];
  const firstPass = [
    ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'],
    ['O', 'B-ORG', 'O', 'O', 'O', 'O'],
    ['O', 'O', 'O', 'O'],
  ];
  const fs = documentLexiconFeatures(sentences, firstPass, 1);
  assert.ok(fs[1]![1]!.includes('dlx=ORG:B') && fs[1]![3]!.includes('dlx=ORG:I'), 'the whole name found in the sentence before');
  assert.ok(!fs[0]![2]!.includes('dlx=ORG:I'), 'the first sentence sees only the shorter name of the second');
  assert.ok(fs[0]![1]!.includes('dlx=ORG:U'));
  assert.deepEqual(documentLexiconFeatures(sentences, firstPass, 0)[1], sentences[1]!.map(() => []), 'outside the window');
});
