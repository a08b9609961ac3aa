import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResolvedEntity } from '../outputs/dossier.js';
import { entityMap, renameIds } from './dossier.js';

const entity = (id: string, name: string, mentions: Array<[string, number, number]>): ResolvedEntity => ({
  id,
  type: 'PERSON',
  name,
  variants: [name],
  roles: [],
  mentions: mentions.map(([doc, start, end]) => ({ doc, start, end })),
});

test("a story's entity takes the id of the collection entity holding most of its mentions", () => {
  const idAt = new Map([
    ['a1\u00000\u00005', 'e7'],
    ['a2\u000010\u000015', 'e7'],
    ['a3\u00004\u00009', 'e2'],
  ]);
  const local = [entity('e1', 'سعاد الراوي', [['a1', 0, 5], ['a2', 10, 15], ['a3', 4, 9]]), entity('e2', 'وزارة النقل', [['a9', 1, 3]])];
  const ids = entityMap(local, idAt, 'S4');
  assert.equal(ids.get('e1'), 'e7');
  // no mention among the collection's: an id of the story's own, never the collection's e2
  assert.equal(ids.get('e2'), 'S4-e2');
});

test('story results have every entity id renamed, and quoted text left as written', () => {
  const ids = new Map([
    ['e1', 'e7'],
    ['e2', 'e3'],
  ]);
  const results = {
    events: [{ id: 'S4-event-1', type: 'CONSULT', actors: ['e1', 'e2'], summary: 'e1', mentions: [{ doc: 'a1', start: 0, end: 2, text: 'e2' }] }],
    commitments: [{ party: 'e2', text: 'تعهد', status: 'announced', mentions: [] }],
  };
  assert.deepEqual(renameIds(results, ids), {
    events: [{ id: 'S4-event-1', type: 'CONSULT', actors: ['e7', 'e3'], summary: 'e1', mentions: [{ doc: 'a1', start: 0, end: 2, text: 'e2' }] }],
    commitments: [{ party: 'e3', text: 'تعهد', status: 'announced', mentions: [] }],
  });
});
