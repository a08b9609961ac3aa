import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

const parts = (t: string) => splitSentences(t).map(([s, e]) => t.slice(s, e));

test('sentences end at Arabic and Latin end marks, not at the Arabic comma or semicolon', () => {
  const t = 'وصل الوفد إلى القاهرة، وبدأ الاجتماع؛ ثم انتهى. هل من جديد؟ لا شيء!';
  assert.deepEqual(parts(t), ['وصل الوفد إلى القاهرة، وبدأ الاجتماع؛ ثم انتهى.', 'هل من جديد؟', 'لا شيء!']);
});

test('a quotation of several sentences stays inside its sentence', () => {
  const t = 'وقال الوزير «لن نتراجع. المفاوضات مستمرة» في المؤتمر. ثم غادر القاعة.';
  assert.deepEqual(parts(t), ['وقال الوزير «لن نتراجع. المفاوضات مستمرة» في المؤتمر.', 'ثم غادر القاعة.']);
  const curly = 'وأضاف: “لقد ناقشنا الأمر. لا علاقة له بالهجمات.” وانتهى اللقاء.';
  assert.deepEqual(parts(curly), ['وأضاف: “لقد ناقشنا الأمر. لا علاقة له بالهجمات.”', 'وانتهى اللقاء.']);
});

test('an unclosed quotation does not swallow the rest of the paragraph', () => {
  const t = 'قال «لن نتراجع. ثم غادر. وانتهى.';
  assert.equal(parts(t).length, 3);
});

test('numbers and abbreviations do not end a sentence', () => {
  const t = 'بلغ النمو 2.5 في المئة بحسب سي. إن. إن الأميركية. وانتهى.';
  assert.deepEqual(parts(t), ['بلغ النمو 2.5 في المئة بحسب سي. إن. إن الأميركية.', 'وانتهى.']);
});

test('a two-letter word closing a sentence (به، هو) is a word, not an abbreviation', () => {
  const t = 'وقال إن الحزب سيلتزم بالهدنة ما دام الطرف الآخر يلتزم به. وقال النائب إن الوضع هادئ. وبقي الأمر كما هو. ثم انتهى.';
  assert.deepEqual(parts(t), ['وقال إن الحزب سيلتزم بالهدنة ما دام الطرف الآخر يلتزم به.', 'وقال النائب إن الوضع هادئ.', 'وبقي الأمر كما هو.', 'ثم انتهى.']);
});
