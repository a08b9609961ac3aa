import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quantities } from './index.js';
import { storyOf, type TestArticle } from './test-story.js';

const article = (id: string, outlet: string, body: string): TestArticle => ({ id, outlet, title: `تقرير ${outlet} عن القوات في الأردن`, body });

test('the same troop figure in three outlets, in digits, separators and words, is one consistent quantity', () => {
  const input = storyOf([
    article('a', 'الصباح', 'تنشر فرنسا نحو 2500 جندي في الأردن لتدريب الجيش الأردني على مكافحة الإرهاب.'),
    article('b', 'المساء', 'ويتمركز 2,500 عسكري فرنسي في الأردن لتدريب الجيش الأردني.'),
    article('c', 'الفجر', 'وتحتفظ فرنسا بألفين وخمسمائة جندي في الأردن يتولون تدريب الجيش الأردني.'),
  ]);
  const qs = quantities.run(input).filter((q) => q.value === 2500);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.consistent, true);
  assert.deepEqual(qs[0]!.mentions.map((m) => m.doc).sort(), ['a', 'b', 'c']);
  assert.deepEqual(qs[0]!.mentions.map((m) => m.text).sort(), ['2,500 عسكري', 'بألفين وخمسمائة جندي', 'نحو 2500 جندي'].sort());
  assert.match(String(qs[0]!.subject), /الأردن/);
  for (const m of qs[0]!.mentions) assert.equal(input.docs.find((d) => d.id === m.doc)!.source.text.slice(m.start, m.end), m.text);
});

test('two outlets giving different troop numbers for the same deployment are flagged, each value with its mentions', () => {
  const input = storyOf([
    article('a', 'الصباح', 'تنشر فرنسا 2500 جندي في الأردن لتدريب الجيش الأردني على مكافحة الإرهاب.'),
    article('b', 'المساء', 'وتنشر فرنسا 2000 جندي في الأردن لتدريب الجيش الأردني على مكافحة الإرهاب.'),
  ]);
  const troops = quantities.run(input).filter((q) => q.unit === 'جندي');
  assert.equal(troops.length, 2);
  for (const q of troops) {
    assert.equal(q.consistent, false);
    const values = (q.disagreement as Array<{ value: number; outlets: string[] }>).map((v) => [v.value, v.outlets[0]]).sort();
    assert.deepEqual(values, [[2000, 'المساء'], [2500, 'الصباح']]);
    assert.equal(q.mentions.length, 1);
    assert.equal(q.mentions[0]!.doc, q.value === 2500 ? 'a' : 'b');
  }
});

test('"more than 2000" and "2500" do not contradict each other', () => {
  const input = storyOf([
    article('a', 'الصباح', 'تنشر فرنسا 2500 جندي في الأردن لتدريب الجيش الأردني على مكافحة الإرهاب.'),
    article('b', 'المساء', 'وتنشر فرنسا أكثر من 2000 جندي في الأردن لتدريب الجيش الأردني على مكافحة الإرهاب.'),
  ]);
  assert.ok(quantities.run(input).every((q) => q.consistent));
});

test('the same small number of unrelated things in two outlets stays apart', () => {
  const input = storyOf([
    article('a', 'الصباح', 'عقد الوفدان 3 جولات من المفاوضات في عمان.'),
    article('b', 'المساء', 'وأصيب 3 أشخاص في حادث سير قرب الحدود.'),
  ]);
  const qs = quantities.run(input);
  assert.equal(qs.length, 2);
  assert.ok(qs.every((q) => q.mentions.length === 1));
});

test('many outlets giving many figures for one deployment: each is flagged, with the most reported values listed', () => {
  // twelve figures for one deployment; 2000 is given by three outlets, the others by one each
  const figures = [2000, 2000, 2000, 2100, 2200, 2300, 2400, 2500, 2600, 2700, 2800, 2900, 3000, 3100];
  const input = storyOf(figures.map((n, k) => article(`d${k}`, `منفذ ${k}`, `تنشر فرنسا ${n} جندي في الأردن لتدريب الجيش الأردني على مكافحة الإرهاب.`)));
  const troops = quantities.run(input).filter((q) => q.unit === 'جندي');
  assert.equal(troops.length, 12);
  for (const q of troops) {
    assert.equal(q.consistent, false);
    const values = q.disagreement as Array<{ value: number; documents: string[] }>;
    // the figure itself, then at most eight others, and the count of the ones left out
    assert.equal(values[0]!.value, q.value);
    assert.equal(values.length, 9);
    assert.equal(q.unlisted, 11 - 8);
    // the figure three outlets give is among those listed with every other figure
    if (q.value !== 2000) assert.ok(values.some((v) => v.value === 2000 && v.documents.length === 3));
  }
});

test('two tolls of one incident worded differently (إصابة 12 / أصيب 15) are flagged; a death toll is not an injury toll', () => {
  const input = storyOf([
    article('a', 'الصباح', 'وأسفرت المواجهات عن إصابة 12 شخصاً بينهم ثلاثة من عناصر الأمن في محيط الحقل.'),
    article('b', 'المساء', 'وأصيب 15 شخصاً خلال مواجهات بين قوات الأمن ومحتجين قرب الحقل.'),
    article('c', 'الفجر', 'وقتل 4 أشخاص خلال المواجهات مع قوات الأمن قرب الحقل.'),
  ]);
  const all = quantities.run(input);
  // the people counted after إصابة / أصيب are the wounded, after قتل the dead; the noun as written stays beside
  const injured = all.filter((q) => q.family === 'wounded');
  assert.deepEqual(injured.map((q) => q.value).sort((x, y) => x - y), [12, 15]);
  for (const q of injured) {
    assert.equal(q.counted, 'شخصاً');
    assert.equal(q.consistent, false, `${q.value} is flagged`);
    const values = (q.disagreement as Array<{ value: number }>).map((v) => v.value).sort((x, y) => x - y);
    assert.deepEqual(values, [12, 15]);
  }
  const killed = all.find((q) => q.value === 4);
  assert.equal(killed?.family, 'killed');
  assert.equal(killed!.consistent, true);
});

test('a toll whose counted noun stands before the number, or whose people an outcome word names, is compared with «15 قتيلاً»', () => {
  const input = storyOf([
    article('a', 'الصباح', 'وقع انفجار في سوق للخضار وسط المدينة الساحلية وأودى بحياة 12 شخصاً وأصاب 30 آخرين.'),
    article('b', 'المساء', 'وقالت مديرية الصحة إن عدد القتلى في انفجار سوق المدينة الساحلية ارتفع إلى 14، فيما بلغ عدد الجرحى 28.'),
    article('c', 'الفجر', 'وأسفر انفجار سوق المدينة الساحلية عن 15 قتيلاً و26 جريحاً بحسب مصادر طبية.'),
  ]);
  const all = quantities.run(input);
  const dead = all.filter((q) => q.family === 'killed');
  assert.deepEqual(dead.map((q) => q.value).sort((x, y) => x - y), [12, 14, 15]);
  for (const q of dead) {
    assert.equal(q.consistent, false, `${q.value} is flagged`);
    const values = (q.disagreement as Array<{ value: number }>).map((v) => v.value).sort((x, y) => x - y);
    assert.deepEqual(values, [12, 14, 15]);
  }
  // the span of a figure whose noun comes first holds the noun, so the reader sees what 14 counts
  const fourteen = dead.find((q) => q.value === 14)!;
  assert.equal(fourteen.mentions[0]!.text, 'عدد القتلى في انفجار سوق المدينة الساحلية ارتفع إلى 14');
  const wounded = all.filter((q) => q.family === 'wounded').map((q) => [q.value, q.counted]);
  assert.deepEqual(wounded.sort(), [[26, null], [28, null], [30, 'آخرين']]);
  // the wounded of one blast in three outlets disagree too, «عدد الجرحى 28» with the rest
  for (const q of all.filter((q) => q.family === 'wounded')) {
    assert.equal(q.consistent, false, `${q.value} wounded is flagged`);
    assert.deepEqual((q.disagreement as Array<{ value: number }>).map((v) => v.value).sort(), [26, 28, 30]);
  }
  for (const q of all) for (const m of q.mentions) assert.equal(input.docs.find((d) => d.id === m.doc)!.source.text.slice(m.start, m.end), m.text);
});

test('people counted after both outcomes (مقتل وإصابة 40 شخصاً) are neither the dead nor the wounded; a bare number after a verb counts nothing', () => {
  const input = storyOf([
    article('a', 'الصباح', 'وأسفر الانفجار عن مقتل وإصابة 40 شخصاً في السوق.'),
    article('b', 'المساء', 'وارتفع مؤشر البورصة إلى 14 نقطة بعد أن كان عدد الصفقات قد تراجع إلى 9 في الأسبوع الأول.'),
  ]);
  const all = quantities.run(input);
  assert.deepEqual(all.filter((q) => q.value === 40).map((q) => q.family), ['people']);
  assert.ok(!all.some((q) => q.value === 9), 'عدد الصفقات is no known unit: no figure');
});

test('tolls of soldiers are compared as tolls of people are (إصابة سبعة عسكريين / جرح خمسة جنود)', () => {
  const input = storyOf([
    article('a', 'الصباح', 'واستهدف هجوم صاروخي القاعدة الجوية، ما أسفر عن إصابة سبعة عسكريين فرنسيين.'),
    article('b', 'المساء', 'وأدى الهجوم بالصواريخ على القاعدة إلى جرح خمسة جنود فرنسيين.'),
  ]);
  const troops = quantities.run(input).filter((q) => q.value === 7 || q.value === 5);
  assert.equal(troops.length, 2);
  assert.ok(troops.every((q) => q.consistent === false), JSON.stringify(troops.map((q) => [q.value, q.consistent])));
});

test('a toll that rises from one day to the next is no disagreement; a later, lower toll is', () => {
  const dated = (id: string, outlet: string, published: string, body: string): TestArticle => ({ ...article(id, outlet, body), published });
  const rising = storyOf([
    dated('a', 'الصباح', '2024-03-01', 'وأسفر انفجار سوق المدينة الساحلية عن 12 قتيلاً بحسب مصادر طبية.'),
    dated('b', 'المساء', '2024-03-02', 'وارتفع عدد ضحايا انفجار سوق المدينة الساحلية إلى 15 قتيلاً بحسب مصادر طبية.'),
  ]);
  const dead = quantities.run(rising).filter((q) => q.family === 'killed');
  assert.deepEqual(dead.map((q) => q.value).sort((x, y) => x - y), [12, 15]);
  assert.ok(dead.every((q) => q.consistent), 'a toll that rose over a day');
  const falling = storyOf([
    dated('a', 'الصباح', '2024-03-02', 'وأسفر انفجار سوق المدينة الساحلية عن 12 قتيلاً بحسب مصادر طبية.'),
    dated('b', 'المساء', '2024-03-01', 'وارتفع عدد ضحايا انفجار سوق المدينة الساحلية إلى 15 قتيلاً بحسب مصادر طبية.'),
  ]);
  assert.ok(quantities.run(falling).filter((q) => q.family === 'killed').every((q) => !q.consistent), 'the later article counts fewer dead');
  const sameDay = storyOf([
    dated('a', 'الصباح', '2024-03-01', 'وأسفر انفجار سوق المدينة الساحلية عن 12 قتيلاً بحسب مصادر طبية.'),
    dated('b', 'المساء', '2024-03-01', 'وارتفع عدد ضحايا انفجار سوق المدينة الساحلية إلى 15 قتيلاً بحسب مصادر طبية.'),
  ]);
  assert.ok(quantities.run(sameDay).filter((q) => q.family === 'killed').every((q) => !q.consistent), 'two tolls of one day');
});

test('figures of one subject at different times (before a closure / a phase to come; two dated days) are no disagreement; the same time still is', () => {
  const dated = (id: string, outlet: string, published: string, body: string): TestArticle => ({ ...article(id, outlet, body), published });
  const figures = (input: ReturnType<typeof storyOf>) =>
    quantities
      .run(input)
      .filter((q) => q.value === 400 || q.value === 300)
      .map((q) => [q.value, q.consistent])
      .sort();
  const frames = storyOf([
    dated('a', 'الصباح', '2024-05-10', 'وكانت السلطات الأردنية تفرج عن نحو 400 معتقل في الأردن كل عام قبل تعديل قانون العفو.'),
    dated('b', 'المساء', '2024-05-10', 'وستفرج السلطات الأردنية عن 300 معتقل في الأردن بموجب قانون العفو في مرحلة أولى.'),
  ]);
  assert.deepEqual(figures(frames), [[300, true], [400, true]], 'a past state and a plan');
  const days = storyOf([
    dated('a', 'الصباح', '2024-05-10', 'وأفرجت السلطات الأردنية عن 400 معتقل في الأردن بموجب قانون العفو يوم الثلاثاء الماضي.'),
    dated('b', 'المساء', '2024-05-10', 'وأفرجت السلطات الأردنية عن 300 معتقل في الأردن بموجب قانون العفو يوم الخميس.'),
  ]);
  assert.deepEqual(figures(days), [[300, true], [400, true]], 'two days named');
  const same = storyOf([
    dated('a', 'الصباح', '2024-05-10', 'وأفرجت السلطات الأردنية عن 400 معتقل في الأردن بموجب قانون العفو يوم الخميس.'),
    dated('b', 'المساء', '2024-05-10', 'وأفرجت السلطات الأردنية عن 300 معتقل في الأردن بموجب قانون العفو أمس.'),
  ]);
  assert.deepEqual(figures(same), [[300, false], [400, false]], 'one day named two ways');
  const plans = storyOf([
    dated('a', 'الصباح', '2024-05-10', 'وستفرج السلطات الأردنية عن 400 معتقل في الأردن بموجب قانون العفو.'),
    dated('b', 'المساء', '2024-05-10', 'وستفرج السلطات الأردنية عن 300 معتقل في الأردن بموجب قانون العفو.'),
  ]);
  assert.deepEqual(figures(plans), [[300, false], [400, false]], 'two outlets on one plan');
});

test('a number that names a resolution or an article counts nothing, with a preposition on its head too', () => {
  const input = storyOf([
    article('a', 'الصباح', 'وأكد الوزير أن الأردن متمسك بالقرار 1701 بكل بنوده، وفق المادة 12 من الاتفاق.'),
    article('b', 'المساء', 'وقال الوزير إن بلاده ملتزمة بالقرار 2254 وبنشر 300 جندي على الحدود.'),
  ]);
  const values = quantities.run(input).map((q) => q.value);
  assert.deepEqual(values, [300], JSON.stringify(values));
});
