import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Source } from '../../model/document.js';
import type { ResolvedEntity } from '../../outputs/dossier.js';
import { runCorpus, runSource, type Pipeline } from '../../pipeline/run.js';
import { clean } from '../clean/index.js';
import { segment } from '../segment/index.js';
import { makeEntities, makeEntityMentions, type EntityMention, type Tagger } from './index.js';

/** A stand-in tagger that tags the given words, so that the test does not depend on the trained model. */
function fakeTagger(names: Record<string, 'PERS' | 'LOC' | 'ORG' | 'MISC'>): Tagger {
  const phrases = Object.entries(names).map(([p, type]) => ({ words: p.split(' '), type }));
  return (sentences) =>
    sentences.map((tokens) => {
      const out: Array<{ start: number; end: number; type: 'PERS' | 'LOC' | 'ORG' | 'MISC' }> = [];
      for (let i = 0; i < tokens.length; i++) {
        for (const { words, type } of phrases) {
          if (words.every((w, k) => tokens[i + k] === w)) out.push({ start: i, end: i + words.length, type });
        }
      }
      return out;
    });
}

function run(text: string, tagger: Tagger): { doc: Doc; entities: ResolvedEntity[] } {
  const pipeline: Pipeline = { source: clean, stages: [segment, makeEntityMentions({ tagger })], corpus: [makeEntities()] };
  const source: Source = { id: 't', origin: 't.txt', text, format: 'text', declared: {}, messages: [] };
  const docs = runSource(pipeline, source).docs;
  return { doc: docs[0]!, entities: runCorpus(pipeline, docs).results.entities as ResolvedEntity[] };
}

test('a title marks where a name begins and the tagger where it ends; a surname the tagger finds is the full name', () => {
  const text =
    'مؤتمر صحفي\nقال المحلل السياسي رامي الخطيب الأربعاء إن الاتفاق قريب، وأضاف الخطيب أن الوفد سيزور أنقرة. وأكدت منظمة أطباء العالم أن الوضع صعب.';
  const { doc, entities } = run(text, fakeTagger({ 'رامي الخطيب': 'PERS', الخطيب: 'PERS', أنقرة: 'LOC', 'أطباء العالم': 'ORG', الأربعاء: 'PERS' }));
  const mentions = doc.layers.entities as EntityMention[];
  const person = entities.find((e) => e.name === 'رامي الخطيب')!;
  assert.ok(person, `entities: ${entities.map((e) => e.name)}`);
  assert.deepEqual(person.roles, ['المحلل السياسي']);
  assert.equal(person.mentions.length, 2, 'the surname alone joins the full name');
  // a weekday is never a person, whatever the tagger says
  assert.ok(!mentions.some((m) => m.text === 'الأربعاء'));
  assert.ok(mentions.some((m) => m.text === 'أطباء العالم' && m.type === 'ORG'), `mentions: ${mentions.map((m) => m.text)}`);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('a name the tagger misses after a title stays a person when it is a given name and an ال…ي family name before إن', () => {
  const { doc, entities } = run(
    'جلسة\nوقالت النائبة عن كتلة الإعمار نغم الزيدي إن الموازنة تأخرت.\nوأضافت الزيدي أن التصويت قريب.\nوناشد مدير عام النادي جماهير الأهلي بالحضور.\nورحب النائب عن الكتلة مؤنس المحمدي بالحضور.',
    fakeTagger({}),
  );
  const mp = entities.find((e) => e.name === 'نغم الزيدي');
  assert.deepEqual(mp?.roles, ['النائبة عن كتلة الإعمار']);
  assert.deepEqual(mp?.mentions.map((m) => doc.source.text.slice(m.start, m.end)), ['نغم الزيدي', 'الزيدي']);
  // a title's object (ناشد … جماهير الأهلي) and a name not followed by what was said stay out: no list vouches for them
  assert.deepEqual(entities.filter((e) => e.type === 'PERSON').map((e) => e.name), ['نغم الزيدي']);
});

test('a name the tagger misses after a title is kept when its given name is listed, men\u2019s and women\u2019s alike', () => {
  const { entities } = run('جولة\nوقال المحافظ توفيق حمدان للصحفيين إن الطرق مفتوحة.\nوقالت الوزيرة رقية سلمان في مؤتمر صحفي إن المستشفى جاهز.', fakeTagger({}));
  assert.deepEqual(entities.filter((e) => e.type === 'PERSON').map((e) => e.name).sort(), ['توفيق حمدان', 'رقية سلمان'].sort());
});

test('a name the tagger misses after a title is kept when it ends in a surname no dictionary lists, not a clause', () => {
  const { entities } = run(
    'مؤتمر صحفي\nوقال المتحدث باسم القيادة الأوروبية بات هوليستر للصحفيين إن المناورات انتهت.\n' +
      'وقال مدرب الفريق استقدم لاعبين جددا هذا الموسم.\nوقال المتحدث باسم الأمم المتحدة ماركوس دوجاريك إن القافلة وصلت.',
    fakeTagger({}),
  );
  const persons = entities.filter((e) => e.type === 'PERSON');
  assert.deepEqual(persons.map((e) => e.name).sort(), ['بات هوليستر', 'ماركوس دوجاريك'].sort());
  assert.deepEqual(persons.find((e) => e.name === 'بات هوليستر')?.roles, ['المتحدث باسم القيادة الأوروبية']);
});

test('a site\'s head alone after the site is named is the site, not the armed group of that name', () => {
  const tagger = fakeTagger({ القاعدة: 'ORG' });
  const base = run('هجوم بطائرة مسيرة\nاستهدف هجوم بطائرة مسيرة قاعدة عين الأسد الجوية فجر اليوم، وسقطت الطائرة قرب مدرج القاعدة.', tagger);
  assert.ok(!base.entities.some((e) => e.type === 'ORG'), JSON.stringify(base.entities.map((e) => [e.type, e.name])));
  const site = base.entities.find((e) => e.name === 'قاعدة عين الأسد');
  assert.deepEqual(site?.mentions.map((m) => base.doc.source.text.slice(m.start, m.end)), ['عين الأسد', 'القاعدة']);
  // where the group is named in full, the word alone is the group's
  const group = run('هجومان\nاستهدف هجوم قاعدة عين الأسد الجوية، فيما تبنى تنظيم القاعدة هجوماً آخر، وقالت القاعدة إنها ستواصل.', tagger);
  assert.ok(group.entities.some((e) => e.type === 'ORG' && e.mentions.some((m) => group.doc.source.text.slice(m.start, m.end) === 'القاعدة')));
});
