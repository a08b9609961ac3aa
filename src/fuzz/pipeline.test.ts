/**
 * Fuzz: whole documents through the default pipeline (clean → metadata → segment → entities → time → quotes →
 * events) with `runSource`. No stage fails on any input (a stage that throws is caught by the runner and leaves
 * a `stage/failed` message, which this suite treats as the bug it is); every entity mention, event mention,
 * trigger, participant, date and evidence span lies inside the decoded source and carries exactly its words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Doc, Source } from '../model/document.js';
import { defaultPipeline } from '../pipeline/default.js';
import { runSource } from '../pipeline/run.js';
import type { EntityMention } from '../stages/entities/index.js';
import { PLOVER_TYPES, type EventMentionItem } from '../stages/events/index.js';
import type { TimeExpr } from '../stages/time/index.js';
import { arabicArticle, fuzzOptions } from './arabic-news.js';
import { assertRange, assertSlice, assertTimeValue, textSource } from './checks.js';

const ENTITY_TYPES = ['PERSON', 'ORG', 'LOC', 'MISC'];

/** What a feed may declare beside the text: nothing, a publication date (exact or partial), an outlet, a title. */
const declared: fc.Arbitrary<Source['declared']> = fc.record(
  {
    published: fc.constantFrom('2024-07-23', '2024-02-29T08:15:00Z', '2023-12-31', '2024-07', 'غير معروف'),
    outlet: fc.constantFrom('المنبر', 'وكالة الأنباء', ''),
    title: fc.constantFrom('عنوان', 'وفد يصل إلى العاصمة', ''),
  },
  { requiredKeys: [] },
);

/** Body and source offsets of one item agree: its body range maps to exactly its source range. */
function assertMapped(doc: Doc, item: { start: number; end: number; bodyStart: number; bodyEnd: number }, what: string): void {
  assertRange(item.bodyStart, item.bodyEnd, doc.body.length, what);
  assert.deepEqual(doc.body.toSource(item.bodyStart, item.bodyEnd), [item.start, item.end], `${what}: body range maps elsewhere`);
}

function checkEntities(doc: Doc): void {
  const text = doc.source.text;
  for (const m of (doc.layers['entities'] as EntityMention[] | undefined) ?? []) {
    const what = `entity ${JSON.stringify(m)}`;
    assertSlice(text, m, what);
    assert.ok(m.end > m.start, `${what}: empty`);
    assertMapped(doc, m, what);
    assert.ok(ENTITY_TYPES.includes(m.type), what);
    assert.ok(!/[\n\r\u2028\u2029]/.test(m.text), `${what}: a name runs across a line break`);
    assert.equal(typeof m.key, 'string', what);
    assert.ok(m.key.length > 0, `${what}: no key`);
    assert.ok(Array.isArray(m.roles) && Array.isArray(m.words), what);
  }
}

function checkEvents(doc: Doc): void {
  const text = doc.source.text;
  for (const e of (doc.layers['events'] as EventMentionItem[] | undefined) ?? []) {
    const what = `event ${JSON.stringify(e)}`;
    assertSlice(text, e, what);
    assertMapped(doc, e, what);
    assertSlice(text, e.trigger, `${what}: trigger`);
    assert.ok(e.trigger.start >= e.start && e.trigger.end <= e.end, `${what}: trigger outside its clause`);
    for (const a of e.actors) assertSlice(text, a, `${what}: actor`);
    if (e.location) assertSlice(text, e.location, `${what}: location`);
    if (e.date.span) assertSlice(text, e.date.span, `${what}: date`);
    assertTimeValue(e.date.value, `${what}: date`);
    assert.ok(['text', 'published', 'none'].includes(e.date.by), what);
    assert.ok(e.type === null || (PLOVER_TYPES as readonly string[]).includes(e.type), `${what}: type`);
    assert.ok(['past', 'present', 'noun'].includes(e.trigger.pos), `${what}: trigger pos`);
    assert.ok(e.modes.every((m) => ['negated', 'future', 'hypothetical'].includes(m)), `${what}: modes`);
    assert.ok(e.words.every((w) => typeof w === 'string' && w.length > 0), `${what}: words`);
    assert.equal(typeof e.title, 'boolean', what);
    assert.equal(typeof e.light, 'boolean', what);
  }
}

/** What the run reached, so that a generator drifting away from news text fails loudly instead of passing. */
const reached = { docs: 0, entities: 0, events: 0, times: 0, quotes: 0 };

function checkDoc(doc: Doc): void {
  reached.docs++;
  reached.entities += ((doc.layers['entities'] as unknown[] | undefined) ?? []).length;
  reached.events += ((doc.layers['events'] as unknown[] | undefined) ?? []).length;
  reached.times += ((doc.layers['times'] as unknown[] | undefined) ?? []).length;
  reached.quotes += ((doc.layers['quotes'] as unknown[] | undefined) ?? []).length;
  const text = doc.source.text;
  const failed = doc.messages.filter((m) => m.code === 'stage/failed');
  assert.deepEqual(failed, [], 'a stage threw on this document');
  assertRange(doc.span.start, doc.span.end, text.length, 'document span');
  for (const ev of [doc.title, doc.outlet, doc.published]) if (ev?.span) assertRange(ev.span.start, ev.span.end, text.length, `evidence ${ev.by}`);
  for (const f of doc.furniture) assertSlice(text, f, `furniture ${f.kind}`);
  for (const t of doc.tokens) {
    assertSlice(text, t, 'token');
    assertMapped(doc, t, `token ${JSON.stringify(t.text)}`);
  }
  for (const t of (doc.layers['times'] as TimeExpr[] | undefined) ?? []) {
    assertSlice(text, t, 'time');
    assertMapped(doc, t, `time ${JSON.stringify(t)}`);
    assertTimeValue(t.value, 'time');
  }
  checkEntities(doc);
  checkEvents(doc);
}

test('the default pipeline on any article: no stage fails, every entity and event span is exact', () => {
  fc.assert(
    fc.property(arabicArticle, declared, (text, given) => {
      const { docs, messages } = runSource(defaultPipeline, { ...textSource(text), declared: given });
      assert.deepEqual(messages.filter((m) => m.code === 'stage/failed'), [], 'the source stage threw');
      for (const doc of docs) checkDoc(doc);
    }),
    fuzzOptions(50_001),
  );
  // every stage must have had work to do on a good share of the documents
  for (const [layer, n] of Object.entries(reached)) assert.ok(n >= reached.docs / 20, `the generated articles reached ${layer} only ${n} times`);
});
