import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../knowledge/gazetteer/index.js';
import { nameWords, orthoKey, sameForeignWord, skeleton } from './keys.js';

const given = gazetteer().given;

test('the orthographic key folds hamza and alef forms, ى/ي، ة/ه, diacritics, أميركي/أمريكي and compound spaces', () => {
  assert.equal(orthoKey(nameWords('إبراهيم مصطفى')), orthoKey(nameWords('ابراهيم مصطفي')));
  assert.equal(orthoKey(nameWords('القيادة المركزية الأميركية')), orthoKey(nameWords('القيادة المركزيه الأمريكية')));
  assert.equal(orthoKey(nameWords('عبد اللطيف')), orthoKey(nameWords('عبداللطيف')));
  assert.equal(orthoKey(nameWords('محمد شيّاع')), orthoKey(nameWords('محمد شياع')));
  // a parliament's committee is النيابية in one outlet and البرلمانية in another; the parliament itself stays
  assert.equal(orthoKey(nameWords('لجنة الخدمات البرلمانية')), orthoKey(nameWords('لجنة الخدمات النيابية')));
  assert.notEqual(orthoKey(nameWords('البرلمان')), orthoKey(nameWords('النيابة')));
});

test('the skeleton joins transliterations of a foreign name and never two Arabic given names', () => {
  assert.equal(skeleton('أوستن'.normalize()), skeleton('أوستين'));
  assert.ok(sameForeignWord('رومانوسكي', 'رومانوفسكي', given));
  assert.ok(sameForeignWord('كوفالسكي', 'كوفالفسكي', given));
  assert.ok(sameForeignWord('غوتيريش', 'جوتيريش', given));
  assert.ok(!sameForeignWord('حسن', 'حسين', given));
  assert.ok(!sameForeignWord('محمد', 'محمود', given));
  // a surname with the article is Arabic: exact only
  assert.ok(!sameForeignWord('الحلبوسي', 'الحلبي', given));
});

test('the gazetteer knows nationality adjectives and keeps a capital apart from its country', () => {
  const g = gazetteer();
  assert.equal(g.nisba.get('العراقيه'), 'iq');
  assert.equal(g.nisba.get('الامريكي'), 'us');
  assert.equal(g.nisba.get('السوداني'), 'sd');
  assert.equal(g.feminineNisba.get('iq'), 'العراقية');
  const iraq = g.names.next.get('العراق')!.hits.map((h) => h.entry.id);
  const baghdad = g.names.next.get('بغداد')!.hits.map((h) => h.entry.id);
  assert.deepEqual(iraq, ['iq']);
  assert.deepEqual(baghdad, ['baghdad']);
  // a surname alone is not an alias of a person
  assert.ok(!g.names.next.get('السوداني')?.hits.length);
  assert.ok(g.surnames.get('السوداني')?.some((e) => e.id === 'sudani'));
});
