import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResolvedEntity } from '../outputs/dossier.js';
import { collectionNames, renamedSubject, withCollectionNames } from './entity-names.js';

const entity = (id: string, name: string, type: ResolvedEntity['type'] = 'LOC'): ResolvedEntity => ({ id, type, name, variants: [name], roles: [], mentions: [] });

test('a quantity subject names its entities as the collection does, each once', () => {
  // the story saw «البصره» and «ام قصر» as two entities; the collection named the first «البصرة» and joined the two
  const local = [entity('e1', 'البصره'), entity('e2', 'ام قصر'), entity('e3', 'الموانئ', 'ORG')];
  const ids = new Map([['e1', 'e7'], ['e2', 'e7'], ['e3', 'e9']]);
  const collection = new Map([['e7', entity('e7', 'البصرة')], ['e9', entity('e9', 'الشركة العامة للموانئ', 'ORG')]]);
  const names = collectionNames(local, ids, collection);
  assert.equal(renamedSubject('سفينة (البصره، ام قصر)', names), 'سفينة (البصرة)');
  assert.equal(renamedSubject('عامل (الموانئ)', names), 'عامل (الشركة العامة للموانئ)');
  assert.equal(renamedSubject('سفينة', names), 'سفينة', 'a subject without names stays as it is');
  const quantity = { value: 3, unit: 'عامل', subject: 'عامل (الموانئ)', consistent: true, mentions: [] };
  const results = withCollectionNames({ quantities: [quantity], events: [] }, names);
  assert.deepEqual(results, { quantities: [{ ...quantity, subject: 'عامل (الشركة العامة للموانئ)' }], events: [] });
});

test('a story name that maps to two collection entities of different names is left as it is', () => {
  const local = [entity('e1', 'الصدر', 'PERSON'), entity('e2', 'الصدر', 'LOC')];
  const ids = new Map([['e1', 'e3'], ['e2', 'e4']]);
  const collection = new Map([['e3', entity('e3', 'مقتدى الصدر', 'PERSON')], ['e4', entity('e4', 'مدينة الصدر')]]);
  assert.equal(renamedSubject('متظاهر (الصدر)', collectionNames(local, ids, collection)), 'متظاهر (الصدر)');
});
