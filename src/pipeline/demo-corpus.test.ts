/**
 * The bundled demo corpus (demo/corpus, written for this project) against its hand annotation
 * (demo/expected.json): cleaning, the second article on a page, headline, outlet and publication date. These
 * pages were written apart from the engine, so they check that cleaning follows general signals.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze.js';
import type { Source } from '../model/document.js';
import { repoRoot } from '../testing/fixtures.js';

interface Expected {
  title: string;
  outlet: string | null;
  /** The date the text states, or null. */
  published: string | null;
  /** For an undated article: the month its inferred date (from the story's events) must fall in. */
  published_inferred?: string;
  keep: string[];
  drop: string[];
  dup_lines: string[];
  second_article: string | null;
}

const dir = join(repoRoot, 'demo', 'corpus');
const expected = JSON.parse(readFileSync(join(repoRoot, 'demo', 'expected.json'), 'utf8')) as Record<string, Expected>;
const sources: Source[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), origin: f, text: readFileSync(join(dir, f), 'utf8'), format: 'text', declared: {}, messages: [] }));
const analysis = analyze(sources);
const byId = new Map(analysis.docs.map((d) => [d.id, d]));

for (const [id, want] of Object.entries(expected)) {
  test(`demo ${id}: clean body, headline, outlet and date as annotated`, () => {
    const doc = byId.get(id);
    assert.ok(doc, `no document ${id}`);
    const body = doc.body.text;
    for (const k of want.keep) assert.ok(body.includes(k), `lost: ${k}`);
    for (const k of want.drop) assert.ok(!body.includes(k), `kept furniture: ${k}`);
    for (const k of want.dup_lines) assert.ok(body.split(k).length - 1 <= 1, `printed twice: ${k}`);
    assert.equal(doc.title?.value ?? null, want.title);
    assert.equal(doc.outlet?.value ?? null, want.outlet);
    const inferred = doc.published?.by.startsWith('inferred') ?? false;
    assert.equal(inferred ? null : (doc.published?.value ?? null), want.published, 'the date the text states');
    if (inferred) {
      assert.ok(want.published_inferred, `a date was inferred for an article the annotation dates: ${doc.published!.value}`);
      assert.ok(doc.published!.value.startsWith(want.published_inferred), `inferred ${doc.published!.value}, not in ${want.published_inferred}`);
    }
    if (want.second_article) {
      const second = byId.get(`${id}#2`);
      assert.ok(second?.body.text.includes(want.second_article), 'the second article is not its own document');
      assert.ok(!body.includes(want.second_article));
    }
  });
}

test('demo: the story holds every article on the dam talks and not the unrelated one', () => {
  const main = analysis.stories[0]!;
  assert.deepEqual(main.documents, Object.keys(expected).sort());
  assert.equal(analysis.stories.length, 2);
});
