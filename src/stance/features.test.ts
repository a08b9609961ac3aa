import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignByStrings, alignPair, textPairFeatures } from './features.js';
import { analyzeStatement, sameWord } from './text.js';

const has = (f: Map<string, number>, name: string) => assert.ok(f.has(name), `missing ${name}: ${[...f.keys()].join(' ')}`);
const lacks = (f: Map<string, number>, name: string) => assert.ok(!f.has(name), `unexpected ${name}`);

test('a denial on one side only is a one-sided cue, crossed with the overlap', () => {
  const f = textPairFeatures('الحكومة توافق على رفع الأجور', 'الحكومة تنفي رفع الأجور');
  has(f, 'den=2');
  has(f, 'cue.one-sided=1');
  has(f, 'den2=نفي');
  const same = textPairFeatures('الحكومة تنفي رفع الأجور', 'الحكومة تنفي زيادة الأجور');
  has(same, 'den=both');
  has(same, 'cue.one-sided=0');
});

test('negation particles joined to a conjunction are found (ولم، فلا)', () => {
  const s = analyzeStatement('وصل الوفد ولم يلتق الرئيس');
  assert.deepEqual(s.negations, ['لم']);
  const f = textPairFeatures('الوفد التقى الرئيس', 'الوفد لم يلتق الرئيس');
  has(f, 'neg=2');
  has(f, 'neg2=لم');
});

test('opposite directions of the same thing conflict; the same direction accords', () => {
  const flip = textPairFeatures('ارتفاع أسعار الذهب في الأسواق', 'أسعار الذهب تنخفض في الأسواق');
  has(flip, 'flip=up/down');
  has(flip, 'polar.conflict=more');
  const same = textPairFeatures('ارتفاع أسعار الذهب في الأسواق', 'أسعار الذهب ترتفع في الأسواق');
  has(same, 'flip=no');
  has(same, 'polar.accord=more');
  lacks(same, 'polar.conflict=more');
});

test('numbers: a different count or scale differs, the same figure written as a word agrees', () => {
  has(textPairFeatures('منحة قيمتها 40 مليون دولار', 'منحة قيمتها 40 مليار دولار'), 'num=differ');
  has(textPairFeatures('مقتل 12 شخصا في الحادث', 'مقتل 15 شخصا في الحادث'), 'num=differ');
  has(textPairFeatures('وصول ثلاثة وزراء إلى العاصمة', 'وصول 3 وزراء إلى العاصمة'), 'num=same');
  has(textPairFeatures('وصول ٣ وزراء', 'وصول 3 وزراء'), 'num=same');
});

test('inflected forms of one word are the same word for overlap; different words are not', () => {
  const w = (s: string) => analyzeStatement(s).content[0]!;
  assert.ok(sameWord(w('انسحبت'), w('انسحاب')));
  assert.ok(sameWord(w('يرتفع'), w('ارتفاع')));
  assert.ok(sameWord(w('والحكومة'), w('حكومات')));
  assert.ok(!sameWord(w('اللبنانية'), w('التركية')));
  assert.ok(!sameWord(w('ارتفاع'), w('انخفاض')));
});

test('what differs is named on its side, and a swapped pair of words is one feature whatever the order', () => {
  const f = textPairFeatures('الليرة التركية تهبط أمام الدولار', 'الليرة اللبنانية تهبط أمام الدولار');
  has(f, 'd1=ترك');
  has(f, 'd2=لبنان');
  has(f, 'swap.nisba');
  const g = textPairFeatures('الليرة اللبنانية تهبط أمام الدولار', 'الليرة التركية تهبط أمام الدولار');
  const swaps = (m: Map<string, number>) => [...m.keys()].filter((k) => k.startsWith('swap='));
  assert.deepEqual(swaps(f), swaps(g));
  assert.equal(swaps(f).length, 1);
});

test('unrelated statements cover little of each other; a paraphrase covers most', () => {
  const far = textPairFeatures('افتتاح معرض للكتاب في المدينة', 'المنتخب يفوز في مباراة كرة القدم');
  const near = textPairFeatures('افتتاح معرض للكتاب في المدينة', 'المدينة تشهد افتتاح معرض الكتاب');
  assert.ok((far.get('cover.max') ?? 1) < 0.2);
  assert.ok((near.get('cover.min') ?? 0) >= 0.75);
  assert.ok((far.get('char3.jacc') ?? 1) < (near.get('char3.jacc') ?? 0));
});

test('shared character 3- and 5-grams counted over coded units are the counts of the n-grams as strings', () => {
  // both sizes are read from one coding of the text: each must still count what the strings share
  const pairs = [
    ['أعلنت الحكومة رفع أسعار الوقود اعتبارا من الشهر المقبل', 'قررت الحكومة زيادة أسعار الوقود في الشهر المقبل'],
    ['نفى المتحدث وقوع انفجار قرب المطار', 'أكد شهود وقوع انفجار قرب مطار المدينة'],
    ['هبطت الأسهم', 'ارتفعت أسعار الذهب في الأسواق العالمية اليوم'],
  ];
  for (const [a, b] of pairs) {
    const s1 = analyzeStatement(a!);
    const s2 = analyzeStatement(b!);
    const coded = alignPair(s1, s2);
    const strings = alignByStrings(s1, s2);
    assert.equal(coded.shared3, strings.shared3, `${a} / ${b}`);
    assert.equal(coded.shared5, strings.shared5, `${a} / ${b}`);
    assert.ok(coded.shared3 > 0);
  }
});
