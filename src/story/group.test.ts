/**
 * Story grouping over the demo corpus (written for this project): the Nile-dam articles form one story apart from
 * the others, and giving the corpus twice (or a wire story syndicated verbatim) changes nothing but the stories'
 * sizes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, Source } from '../model/document.js';
import { defaultPipeline } from '../pipeline/default.js';
import { repoRoot } from '../testing/fixtures.js';
import { groupStories } from './group.js';

const dir = join(repoRoot, 'demo', 'corpus');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const docsOf = (prefix: string): Doc[] =>
  files.flatMap((f) => {
    const source: Source = { id: `${prefix}${f}`, origin: f, text: readFileSync(join(dir, f), 'utf8'), format: 'text', declared: {}, messages: [] };
    return defaultPipeline.source.run(source).docs;
  });

/** Each story as the sorted set of the files its documents come from (a copy's prefix taken off). */
const shape = (stories: ReturnType<typeof groupStories>) =>
  stories.map((s) => [...new Set(s.documents.map((id) => id.replace(/^(a|b)\//, '').replace(/#.*$/, '')))].sort().join(' ')).sort();

test('the demo corpus falls into its stories, the dam talks as one', () => {
  const stories = groupStories(docsOf('a/'));
  const dam = stories.find((s) => s.documents.some((id) => id.startsWith('a/01_')))!;
  const damFiles = new Set(dam.documents.map((id) => id.slice(2, 4)));
  for (const n of ['01', '02', '03', '04', '05']) assert.ok(damFiles.has(n), `article ${n} is not in the dam story: ${dam.documents.join(', ')}`);
  assert.ok(stories.length >= 2, 'everything fell into one story');
});

test('the corpus given twice keeps its stories: each copy sits in its twin\'s story', () => {
  const once = groupStories(docsOf('a/'));
  const twice = groupStories([...docsOf('a/'), ...docsOf('b/')]);
  assert.equal(twice.length, once.length);
  assert.deepEqual(shape(twice), shape(once));
  for (const s of twice) {
    const a = s.documents.filter((id) => id.startsWith('a/')).map((id) => id.slice(2));
    const b = s.documents.filter((id) => id.startsWith('b/')).map((id) => id.slice(2));
    assert.deepEqual(b, a);
  }
});

test('a copy whose lines are wrapped differently is still the same article', () => {
  const docs = docsOf('a/');
  const copy = docsOf('b/')[0]!;
  const rewrapped = { ...copy, body: { ...copy.body, text: copy.body.text.replace(/ /g, '\n') } } as Doc;
  const stories = groupStories([...docs, rewrapped]);
  const home = stories.find((s) => s.documents.includes(docs[0]!.id))!;
  assert.ok(home.documents.includes(rewrapped.id));
});
