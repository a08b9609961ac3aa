/**
 * An HTML page whose bytes are windows-1256 while its meta tag says UTF-8 (a page that lies, written for the
 * tests): read, decoded, extracted and cleaned, with every offset pointing into the decoded HTML.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { readInputs } from '../inputs/read.js';
import { fixturePath } from '../testing/fixtures.js';

const { sources } = await readInputs([fixturePath('html/lying-meta-1256.html')]);
const analysis = analyze(sources);
const [doc] = analysis.docs;
const html = sources[0]!.text;

test('the page is decoded as windows-1256 despite its meta tag, and says so', () => {
  assert.equal(sources[0]!.encoding, 'windows-1256');
  assert.ok(analysis.messages.some((m) => m.code === 'decode/charset-mismatch'));
  assert.ok(html.includes('المتحف المصري الكبير'));
});

test('the article is extracted with its headline, outlet and date, without the page around it', () => {
  assert.equal(analysis.docs.length, 1);
  assert.equal(doc!.title?.value, 'المتحف المصري الكبير يفتح أبوابه للزوار بعد عقدين من البناء');
  assert.equal(doc!.outlet?.value, 'صحيفة الوادي');
  assert.equal(doc!.published?.value, '2025-11-02');
  assert.ok(doc!.body.text.includes('وتراهن الحكومة على أن يجذب المتحف ملايين الزوار سنويا'));
  for (const nav of ['الرئيسية', 'جميع الحقوق محفوظة']) assert.ok(!doc!.body.text.includes(nav), nav);
});

test('body offsets land in the decoded HTML, a character reference on the whole reference', () => {
  for (const b of doc!.blocks) {
    const [s, e] = doc!.body.toSource(b.start, b.end);
    assert.ok(s >= 0 && e <= html.length && s < e);
  }
  const amp = doc!.body.text.indexOf(' & ');
  assert.ok(amp > 0);
  const [s, e] = doc!.body.toSource(amp + 1, amp + 2);
  assert.equal(html.slice(s, e), '&amp;');
  const word = doc!.body.text.indexOf('رمسيس');
  const [ws, we] = doc!.body.toSource(word, word + 5);
  assert.equal(html.slice(ws, we), 'رمسيس');
});
