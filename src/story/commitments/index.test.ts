import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commitments } from './index.js';
import { storyOf } from '../quantities/test-story.js';
import type { StoryCommitment } from '../analysis.js';

const one = (body: string, published = '2024-03-01') =>
  commitments.run(storyOf([{ id: 'a', outlet: 'الصباح', published, title: 'محادثات بين الأردن وفرنسا', body }]));
const has = (cs: StoryCommitment[], words: string) => cs.find((c) => c.mentions.some((m) => m.text.includes(words)));

test('each cue of an undertaking yields a commitment whose mention is the clause', () => {
  const cases: Array<[string, string]> = [
    ['وأكدت الحكومة الأردنية التزامها بحماية البعثات الدبلوماسية في عمان.', 'بحماية البعثات'],
    ['وتعهدت فرنسا بتقديم مساعدات إنسانية عاجلة إلى اللاجئين.', 'بتقديم مساعدات'],
    ['وقرر الجانبان تشكيل لجنة مشتركة لمراجعة الاتفاق التجاري.', 'تشكيل لجنة مشتركة'],
    ['ومن المقرر أن يوقع الوزيران اتفاقية للتعاون الزراعي الشهر المقبل.', 'اتفاقية للتعاون'],
    ['واتفق الأردن وفرنسا على تبادل المعلومات الأمنية بشكل دوري.', 'تبادل المعلومات'],
    ['وأعلنت الوزارة أنها ستبدأ توزيع المساعدات على القرى الحدودية.', 'توزيع المساعدات'],
    ['وسيتم افتتاح المعبر الحدودي أمام الشاحنات التجارية.', 'افتتاح المعبر'],
    ['وتعتزم فرنسا إرسال فريق طبي إلى المستشفيات الميدانية.', 'إرسال فريق طبي'],
    ['ووعد الرئيس الفرنسي بزيادة المنح الدراسية للطلاب الأردنيين.', 'بزيادة المنح'],
    ['وقال الوزير إن بلاده ستعمل على تحسين شبكات المياه في المدن الكبرى.', 'تحسين شبكات المياه'],
    ['ووضع الطرفان جدولا زمنيا لسحب القوات من المنطقة العازلة خلال عام.', 'لسحب القوات'],
  ];
  for (const [body, words] of cases) {
    const cs = one(body);
    const c = has(cs, words);
    assert.ok(c, `no commitment for: ${body}`);
    assert.equal(c.status, 'announced', body);
  }
});

test('the party is the entity named with the cue, or the two sides', () => {
  assert.match(String(has(one('وتعهدت فرنسا بتقديم مساعدات إنسانية عاجلة إلى اللاجئين.'), 'مساعدات')?.party), /فرنسا/);
  assert.match(String(has(one('وتعتزم فرنسا والأردن إطلاق برنامج مشترك لتدريب المعلمين.'), 'برنامج')?.party), /فرنسا.*الأردن/);
  assert.equal(has(one('وقرر الجانبان تشكيل لجنة مشتركة لمراجعة الاتفاق التجاري.'), 'لجنة')?.party, 'الجانبان');
});

test('what is negated is no commitment, and a conditional one is unknown', () => {
  assert.equal(one('وقالت الحكومة إنها لم تلتزم بأي جدول للانسحاب من المنطقة.').filter((c) => c.mentions[0]!.text.includes('تلتزم')).length, 0);
  assert.equal(has(one('وتعهدت فرنسا بتقديم قرض للأردن إذا وافق البرلمان على الإصلاحات الضريبية.'), 'قرض')?.status, 'unknown');
});

test('a later report of the same action done makes it fulfilled; one of it postponed makes it broken', () => {
  const story = (later: string) =>
    commitments.run(
      storyOf([
        { id: 'a', outlet: 'الصباح', published: '2024-03-01', title: 'اتفاق على المعبر', body: 'وتعهدت الحكومة الأردنية بافتتاح المعبر الحدودي الشمالي أمام الشاحنات التجارية الشهر المقبل.' },
        { id: 'b', outlet: 'المساء', published: '2024-04-10', title: 'أخبار المعبر', body: later },
      ]),
    );
  const fulfilled = has(story('وافتتحت السلطات الأردنية فعلا المعبر الحدودي الشمالي وعبرت الشاحنات التجارية صباح اليوم.'), 'بافتتاح');
  assert.equal(fulfilled?.status, 'fulfilled');
  assert.ok((fulfilled!.evidence as unknown[]).length >= 1);
  assert.equal(has(story('وتأجل افتتاح المعبر الحدودي الشمالي أمام الشاحنات التجارية إلى أجل غير مسمى.'), 'بافتتاح')?.status, 'broken');
  assert.equal(has(story('ولم يتم افتتاح المعبر الحدودي الشمالي أمام الشاحنات التجارية حتى الآن.'), 'بافتتاح')?.status, 'broken');
  // an earlier article cannot tell what became of a later pledge
  const earlier = commitments.run(
    storyOf([
      { id: 'a', outlet: 'الصباح', published: '2024-05-01', title: 'اتفاق على المعبر', body: 'وتعهدت الحكومة الأردنية بافتتاح المعبر الحدودي الشمالي أمام الشاحنات التجارية الشهر المقبل.' },
      { id: 'b', outlet: 'المساء', published: '2024-04-10', title: 'أخبار المعبر', body: 'وتأجل افتتاح المعبر الحدودي الشمالي أمام الشاحنات التجارية إلى أجل غير مسمى.' },
    ]),
  );
  assert.equal(has(earlier, 'بافتتاح')?.status, 'announced');
});

test('later in the same article counts as later', () => {
  const c = has(one('وقررت الحكومة إغلاق المصانع الملوثة قرب النهر. وبعد أسابيع تراجعت الحكومة عن إغلاق المصانع الملوثة قرب النهر.'), 'إغلاق');
  assert.equal(c?.status, 'broken');
});

test('the same pledge reported by two outlets is one commitment with both mentions', () => {
  const cs = commitments.run(
    storyOf([
      { id: 'a', outlet: 'الصباح', title: 'دعم فرنسي', body: 'وتعهدت فرنسا بتقديم مساعدات إنسانية عاجلة إلى اللاجئين في المخيمات الشمالية.' },
      { id: 'b', outlet: 'المساء', title: 'مساعدات', body: 'وقالت الوكالة إن فرنسا تعهدت بتقديم مساعدات إنسانية عاجلة للاجئين في المخيمات.' },
    ]),
  );
  const c = has(cs, 'مساعدات');
  assert.deepEqual(c?.mentions.map((m) => m.doc).sort(), ['a', 'b']);
});

test('copies of one pledge in several outlets stay one commitment, and a different pledge of the story another', () => {
  // not so many copies that the pledge's words become the story's common words (which merging leaves out)
  const copies = ['الصباح', 'المساء', 'الغد'];
  const others = ['الرأي', 'الشروق', 'النهار'];
  const cs = commitments.run(
    storyOf([
      ...copies.map((outlet, k) => ({ id: `c${k}`, outlet, title: 'دعم فرنسي', body: 'وتعهدت فرنسا بتقديم مساعدات إنسانية عاجلة إلى اللاجئين في المخيمات الشمالية.' })),
      { id: 'r', outlet: 'الوطن', title: 'مساعدات', body: 'وقالت الوكالة إن فرنسا تعهدت بتقديم مساعدات إنسانية عاجلة للاجئين في المخيمات.' },
      { id: 'w', outlet: 'البيان', title: 'الحدود', body: 'وقررت الحكومة إعادة فتح المعبر الحدودي أمام الشاحنات التجارية الأسبوع المقبل.' },
      ...others.map((outlet, k) => ({ id: `o${k}`, outlet, title: 'أمطار', body: 'وشهدت المدينة أمطارا غزيرة أغلقت عددا من الطرق الرئيسية صباح أمس.' })),
    ]),
  );
  const aid = has(cs, 'مساعدات');
  assert.deepEqual(aid?.mentions.map((m) => m.doc).sort(), ['c0', 'c1', 'c2', 'r']);
  const border = has(cs, 'المعبر');
  assert.ok(border && border !== aid);
  assert.deepEqual(border.mentions.map((m) => m.doc), ['w']);
});

test('the two sides named before the cue, or before a dual verb later in the sentence, are the party; a name behind a comma is not', () => {
  const cs = one('وذكر بيان مشترك أن الجانبين أكدا التزامهما بقرار الأمم المتحدة الصادر عام 1993، واتفقا على عقد الاجتماع المقبل في عمان خلال مارس.');
  assert.equal(has(cs, 'بقرار الأمم المتحدة')?.party, 'الجانبين');
  assert.equal(has(cs, 'عقد الاجتماع المقبل')?.party, 'الجانبين');
});

test('one undertaking in three outlets\' nearly identical words is one commitment, though its words are the story\'s own', () => {
  const body = (lead: string) => `${lead} اتفق الأردن وفرنسا على استئناف اجتماعات اللجنة الفنية المشتركة لتنظيم الملاحة في خليج العقبة.`;
  const cs = commitments.run(
    storyOf([
      { id: 'a', outlet: 'الصباح', published: '2024-03-01', title: 'اتفاق على استئناف اجتماعات اللجنة', body: body('عمان -') },
      { id: 'b', outlet: 'المساء', published: '2024-03-01', title: 'استئناف اجتماعات اللجنة الفنية', body: body('وفي عمان،') },
      { id: 'c', outlet: 'الفجر', published: '2024-03-02', title: 'اللجنة الفنية تعود إلى الاجتماع', body: body('وأمس،') },
    ]),
  );
  const resumed = cs.filter((c) => c.mentions.some((m) => m.text.includes('استئناف اجتماعات')));
  assert.equal(resumed.length, 1, JSON.stringify(cs.map((c) => [c.party, c.mentions.map((m) => m.doc)])));
  assert.deepEqual(resumed[0]!.mentions.map((m) => m.doc).sort(), ['a', 'b', 'c']);
});

test('the party of a pledge: people a plural names, not the agency a report is attributed to; بلاده is the minister’s country', () => {
  const cs = one('وتعهد المانحون الدوليون بتقديم قروض ميسرة لإعادة بناء المدارس المتضررة، بحسب وكالة الأنباء الأردنية.');
  assert.equal(has(cs, 'قروض ميسرة')?.party, 'المانحون الدوليون');
  const minister = commitments.run(
    storyOf([
      { id: 'a', outlet: 'الصباح', title: 'مؤتمر عمان', body: 'وعقد المؤتمر في عمان. وقال وزير الخارجية الأردني إن بلاده ستصرف منحة للمدارس قبل نهاية العام.' },
    ]),
  );
  assert.equal(has(minister, 'منحة للمدارس')?.party, 'الأردن');
});

test('a verb of giving pledges with what is given after ب; with في it predicts', () => {
  assert.ok(has(one('وقال الوزير إن الحكومة ستساهم بمبلغ خمسين مليون دينار في الصندوق.'), 'بمبلغ خمسين'));
  assert.equal(has(one('وأكد المهندس أن المشروع سيساهم في توفير مياه الشرب للقرى.'), 'توفير مياه'), undefined);
});

test('a passive undertaking whose object stands before its verb keeps the object, and no words end on a comma', () => {
  const cs = one('وقال الوسيط إن نحو 300 معتقل سيُفرج عنهم في المرحلة الأولى، فيما تبقى الملفات الأخرى للجولة المقبلة.');
  const c = cs.find((x) => x.text.includes('سيُفرج'));
  assert.ok(c, JSON.stringify(cs.map((x) => x.text)));
  assert.equal(c.text, 'نحو 300 معتقل سيُفرج عنهم في المرحلة الأولى');
  assert.ok(c.mentions.every((m) => m.text.startsWith('نحو 300 معتقل')));
});

test('a future act\'s subject that is no party is in its words; a conjunction before the verb is not', () => {
  const cs = one('وقال الوسيط إن الجولة المقبلة ستعقد بعد عيد الفطر في العاصمة.\nوأعلنت اللجنة أنه سيتم تشكيل فريق فني لمتابعة الملف.');
  const round = cs.find((x) => x.text.includes('عيد الفطر'));
  assert.equal(round?.text, 'الجولة المقبلة ستعقد بعد عيد الفطر في العاصمة', JSON.stringify(cs.map((x) => x.text)));
  const team = cs.find((x) => x.text.includes('فريق فني'));
  assert.ok(team && !team.text.startsWith('أنه'), team?.text);
});
