import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Dossier } from '../outputs/dossier.js';
import { dossierCsv, guardCell } from './csv.js';

test('cells a spreadsheet would run as a formula are prefixed with an apostrophe', () => {
  for (const bad of ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) assert.equal(guardCell(bad), `'${bad}`);
  for (const ok of ['الوزير', '٣ قتلى', "it's", ' =1 مع مسافة']) assert.equal(guardCell(ok), ok);
});

const dossier = {
  schema: 'marsad.dossier/1',
  generator: { name: 'marsad', version: 't' },
  documents: [{ id: 'a1', source: 'a.txt', span: [0, 40], outlet: '=cmd|/c calc', title: null, published: '2025-05-04', body: '', evidence: {}, furniture: [], encoding: null }],
  entities: [{ id: 'e1', type: 'PERSON', name: '@الوزير', variants: [], roles: [], mentions: [{ doc: 'a1', start: 0, end: 6, text: 'الوزير' }] }],
  times: [],
  quotes: [{ doc: 'a1', start: 10, end: 30, text: '-"لن نتراجع" قال', speaker: { entity: 'e1', text: 'الوزير' }, cue: 'قال', direct: true, via: [] }],
  stories: [
    {
      id: 'story-1', title: null, documents: ['a1'],
      events: [{ id: 'ev1', type: 'REJECT', mode: null, date: { value: '2025-05-04' }, summary: '+رفض', actors: ['e1'], mentions: [{ doc: 'a1', start: 0, end: 30, text: 'الوزير رفض' }] }],
      quantities: [], commitments: [], outlets: [], reuse: [], summary: [], contradictions: [],
    },
  ],
  messages: [],
} as unknown as Dossier;

test('the CSV has a BOM, a header, CRLF rows, every cell quoted and guarded', () => {
  const csv = dossierCsv(dossier);
  assert.ok(csv.startsWith('\uFEFF"kind","story","document"'));
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines.at(-1), '', 'ends with CRLF');
  assert.equal(lines.length, 5, 'header, entity, quote, event');
  assert.match(lines[1]!, /^"entity","story-1","a1","'=cmd\|\/c calc","2025-05-04","0","6","الوزير","PERSON","'@الوزير"/);
  assert.match(lines[2]!, /^"quote",.*"'-""لن نتراجع"" قال","direct","'@الوزير","الوزير","قال"/, 'quotes doubled inside a quoted cell');
  assert.match(lines[3]!, /^"event","story-1",.*"REJECT","'@الوزير","","","2025-05-04","'\+رفض","ev1"$/);
  assert.ok(!/(^|,)"[=+\-@]/.test(lines.slice(1).join('\n')), 'no cell begins with a formula sign');
  assert.equal(dossierCsv(dossier, new Set(['event'])).slice(1).split('\r\n').length, 3);
});
