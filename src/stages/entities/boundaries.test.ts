/**
 * A name never runs across a line break: a headline that ends on an institution and a paragraph that opens on a
 * nationality adjective are two phrases, not one organisation (found by the fuzz suite, src/fuzz/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Source } from '../../model/document.js';
import { runSource, type Pipeline } from '../../pipeline/run.js';
import { clean } from '../clean/index.js';
import { segment } from '../segment/index.js';
import { makeEntityMentions, type EntityMention } from './index.js';

// the gazetteer alone, so that the case does not depend on a trained model
const pipeline: Pipeline = { source: clean, stages: [segment, makeEntityMentions({ tagger: null })], corpus: [] };

function mentions(text: string): EntityMention[] {
  const source: Source = { id: 'b', origin: 'b.txt', text, format: 'text', declared: {}, messages: [] };
  return runSource(pipeline, source).docs.flatMap((d) => (d.layers.entities as EntityMention[] | undefined) ?? []);
}

test('an institution at the end of a line does not take the nationality that opens the next line', () => {
  for (const nl of ['\n', '\r\n']) {
    const found = mentions(`النقابات ترفع مطالبها إلى الحكومة${nl}المصرية للاتصالات تعلن زيادة الأسعار اعتباراً من الشهر المقبل.`);
    for (const m of found) assert.ok(!/[\r\n]/.test(m.text), `mention ${JSON.stringify(m.text)} runs across the line break`);
    assert.ok(!found.some((m) => m.key.startsWith('inst:government')), 'no government is named');
  }
});

test('on one line the institution and its nationality are still one organisation', () => {
  const found = mentions('تعهدت الحكومة المصرية بدعم المزارعين قبل موسم الحصاد.');
  const gov = found.find((m) => m.key.startsWith('inst:government'));
  assert.ok(gov, `found ${found.map((m) => m.text).join(' | ')}`);
  assert.equal(gov.text, 'الحكومة المصرية');
});
