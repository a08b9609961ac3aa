/**
 * Reuse and framing through the whole engine: sources with page furniture (so source offsets differ from the
 * cleaned body's), the quote stage's layer, and the story results the dossier writes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import type { Source } from '../../model/document.js';
import type { OutletFraming, ReusePair } from '../analysis.js';

const source = (id: string, outlet: string, lines: string[]): Source => ({
  id,
  origin: `${id}.txt`,
  text: lines.join('\n'),
  format: 'text',
  declared: { outlet, published: '2025-06-02' },
  messages: [],
});

const WIRE = [
  'أعلنت وزارة الري المصرية يوم الأحد استئناف المفاوضات الفنية حول تشغيل سد النهضة مع إثيوبيا والسودان بعد توقف دام عامين.',
  'وقالت الوزارة في بيان إن الجولة الأولى ستعقد في الخرطوم منتصف الشهر المقبل بمشاركة خبراء من الدول الثلاث.',
  'وتطالب القاهرة باتفاق ملزم ينظم ملء الخزان وتشغيله في سنوات الجفاف، بينما تتمسك أديس أبابا بحقها في التنمية.',
  'ويعتمد المصريون على نهر النيل في تأمين أكثر من تسعين بالمئة من حاجتهم إلى المياه العذبة.',
];

const sources = [
  source('nile-wire', 'وكالة النيل', ['الرئيسية | أخبار | اقتصاد', 'استئناف مفاوضات سد النهضة', ...WIRE]),
  source('nile-copy', 'صحيفة الوادي', ['الرئيسية | أخبار | اقتصاد', 'القاهرة تعود إلى طاولة سد النهضة', ...WIRE.slice(0, 3)]),
  source('nile-view', 'منبر الرأي', [
    'مفاوضات سد النهضة: مسرحية جديدة',
    'تعود القاهرة إلى ما يسمى بالمفاوضات الفنية حول سد النهضة بعد عامين من المماطلة الإثيوبية، في جولة لن تكون سوى مسرحية أخرى.',
    'وقال وزير الري السابق إن "الغطرسة الإثيوبية لن تتغير"، فيما تواصل أديس أبابا فرض سياسة الأمر الواقع بذريعة حقها في التنمية.',
    'ويعتمد المصريون على نهر النيل في تأمين معظم حاجتهم إلى المياه.',
  ]),
];

const analysis = analyze(sources);

test('pipeline: the story carries reuse pairs and outlet framing, with mentions that are exact source slices', () => {
  const story = analysis.stories.find((s) => s.documents.includes('nile-wire'))!;
  assert.deepEqual([...story.documents].sort(), ['nile-copy', 'nile-view', 'nile-wire']);
  const results = analysis.storyResults[story.id]!;
  const reuse = results.reuse as ReusePair[];
  const outlets = results.outlets as OutletFraming[];
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  const copy = reuse.find((p) => [p.a, p.b].sort().join() === 'nile-copy,nile-wire')!;
  const view = reuse.filter((p) => p.a === 'nile-view' || p.b === 'nile-view');
  assert.ok(copy.score > 0.8, `copy ${copy.score}`);
  assert.ok(view.every((p) => p.score < copy.score / 2));
  for (const p of copy.passages as Array<{ a: { doc: string; start: number; end: number; text: string }; b: { doc: string; start: number; end: number; text: string } }>) {
    assert.equal(texts.get(p.a.doc)!.slice(p.a.start, p.a.end), p.a.text);
    assert.equal(texts.get(p.b.doc)!.slice(p.b.start, p.b.end), p.b.text);
  }
  const tone = Object.fromEntries(outlets.map((o) => [o.name, o.tone]));
  assert.ok(tone['منبر الرأي']! < tone['وكالة النيل']! && tone['منبر الرأي']! < tone['صحيفة الوادي']!);
  const critic = outlets.find((o) => o.name === 'منبر الرأي')!;
  for (const m of critic.markers) assert.equal(texts.get(m.doc)!.slice(m.start, m.end), m.text);
  const words = critic.markers.map((m) => m.text);
  assert.ok(words.includes('ما يسمى بالمفاوضات الفنية'));
  assert.ok(words.includes('المماطلة') && words.includes('بذريعة'));
  // the former minister's words are his
  assert.ok(!words.some((w) => w.includes('الغطرسة')));
});
