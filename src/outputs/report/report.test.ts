import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { JSDOM, VirtualConsole } from 'jsdom';
import { renderReport } from './index.js';
import { SAMPLE_ARTICLES, sampleDossier, sampleSourceTexts, type SampleArticle } from './sample.js';
import { CLIENT_JS } from './client.js';
import type { Dossier } from '../dossier.js';

const dossier = sampleDossier();
const sources = sampleSourceTexts();
const page = renderReport(dossier, { sourceTexts: sources });
const doc = new JSDOM(page).window.document;
const $$ = (sel: string, root: ParentNode = doc) => [...root.querySelectorAll(sel)];
const text = (sel: string) => $$(sel).map((e) => e.textContent ?? '').join('\n');

function cspOf(d: Document): string {
  return d.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
}
const hashOf = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

test('the page is right-to-left Arabic and self-contained: no request can leave it', () => {
  assert.equal(doc.documentElement.getAttribute('dir'), 'rtl');
  assert.equal(doc.documentElement.getAttribute('lang'), 'ar');
  for (const el of $$('[src], [href], link, script')) {
    for (const attr of ['src', 'href']) {
      const v = el.getAttribute(attr);
      if (v !== null) assert.ok(!/^(https?:)?\/\//i.test(v.trim()), `${el.tagName} ${attr}=${v}`);
    }
  }
  assert.equal($$('script[src], link[rel=stylesheet], img, iframe, object, embed').length, 0);
  // the chart library and the font are inlined
  assert.ok($$('script').some((s) => /Chart\.js v4/.test(s.textContent ?? '')), 'Chart.js is inlined');
  const style = text('style');
  assert.match(style, /@font-face\{font-family:'Noto Naskh Arabic Variable'[^}]*url\(data:font\/woff2;base64,/);
  assert.ok(!/url\((?!data:)/.test(style), 'no url() but data: URLs');
  assert.ok(!/sourceMappingURL/.test(page));
});

test('the CSP allows no network and exactly the inline scripts and style the page has', () => {
  const csp = cspOf(doc);
  assert.match(csp, /default-src 'none'/);
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval') && !/https?:/.test(csp));
  const executable = $$('script').filter((s) => s.getAttribute('type') !== 'application/json');
  assert.equal(executable.length, 2);
  const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!.trim().split(/\s+/);
  assert.deepEqual(scriptSrc.sort(), executable.map((s) => hashOf(s.textContent ?? '')).sort());
  assert.match(csp, new RegExp(`style-src ${hashOf(text('style')).replace(/[+/]/g, '\\$&')}`));
  assert.equal($$('[style]').length, 0, 'style attributes would be blocked by the CSP');
});

test('every mention link carries the doc and offsets of the words it stands for', () => {
  const links = $$('a.m');
  assert.ok(links.length > 40);
  for (const a of links) {
    const id = a.getAttribute('data-doc')!;
    const [s, e] = [Number(a.getAttribute('data-start')), Number(a.getAttribute('data-end'))];
    assert.ok(sources.has(id), id);
    assert.ok(Number.isInteger(s) && Number.isInteger(e) && s <= e);
    assert.ok(!a.classList.contains('off'), `${id} [${s}, ${e}) does not match its text`);
  }
  // a quote's link is its exact span, with its text as the label
  for (const q of dossier.quotes as Array<{ doc: string; start: number; end: number; text: string }>) {
    const quoted = $$('blockquote a.m').filter((l) => l.getAttribute('data-doc') === q.doc && Number(l.getAttribute('data-start')) === q.start && Number(l.getAttribute('data-end')) === q.end);
    assert.equal(quoted.length, 1, q.text);
    assert.ok(quoted[0]!.textContent!.includes(q.text));
  }
  // the brief's citations point at the words cited
  const cites = $$('ol.brief li')[1]!.querySelectorAll('a.m');
  const cited = [...cites].map((c) => sources.get(c.getAttribute('data-doc')!)!.slice(Number(c.getAttribute('data-start')), Number(c.getAttribute('data-end'))));
  assert.deepEqual(cited, ['12 شخصاً', '15 شخصاً']);
});

test('a mention whose offsets miss its words is flagged, not silently shown', () => {
  const bad = sampleDossier();
  const q = bad.quotes[0] as { start: number; end: number };
  q.start += 3;
  const d = new JSDOM(renderReport(bad, { sourceTexts: sources })).window.document;
  const flagged = [...d.querySelectorAll('a.m.off')];
  assert.equal(flagged.length, 1);
  assert.match(flagged[0]!.getAttribute('title')!, /لا يطابق/);
});

test('each source text is embedded once, as JSON that a </script> inside cannot break out of', () => {
  const data = JSON.parse(doc.getElementById('marsad-data')!.textContent!);
  assert.equal(data.texts.length, SAMPLE_ARTICLES.length);
  for (const a of SAMPLE_ARTICLES) assert.equal(data.texts[data.docs[a.id].t], a.source);
  // two documents cut from one page share its text
  const two = sampleDossier();
  two.documents.push({ ...two.documents[0]!, id: 'wadi-1#2' });
  const shared = new Map([...sources, ['wadi-1#2', sources.get('wadi-1')!]]);
  const d2 = new JSDOM(renderReport(two, { sourceTexts: shared })).window.document;
  assert.equal(JSON.parse(d2.getElementById('marsad-data')!.textContent!).texts.length, SAMPLE_ARTICLES.length);
});

const PAYLOADS = ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', '"><svg onload=alert(3)>', "'; alert(4); '", '<!--', ']]>'];

function hostile(): { dossier: Dossier; sources: Map<string, string> } {
  const articles: SampleArticle[] = SAMPLE_ARTICLES.map((a, i) => {
    const p = PAYLOADS[i % PAYLOADS.length]!;
    const q = PAYLOADS[(i + 1) % PAYLOADS.length]!;
    const title = `${a.title} ${p}`;
    // payloads in the headline, in a paragraph of the body (quoted below) and in the outlet's name
    const line = `وكتب أحد القراء: "نص فيه ${q} وكلام بعده".`;
    const source = a.source.replace(`${a.title}\n`, `${title}\n${line}\n`);
    return { ...a, title, source, outlet: a.outlet && `${a.outlet} ${q}` };
  });
  const dossier = sampleDossier(articles);
  for (const a of articles) {
    const said = /نص فيه .* وكلام بعده/.exec(a.source)!;
    dossier.quotes.push({ doc: a.id, start: said.index, end: said.index + said[0].length, text: said[0], speaker: { entity: null, text: `قارئ ${PAYLOADS[0]}` }, cue: 'كتب', direct: true, via: [PAYLOADS[1]] });
  }
  return { dossier, sources: sampleSourceTexts(articles) };
}

test('article text carrying markup is shown as text and never runs', () => {
  const h = hostile();
  const out = renderReport(h.dossier, { sourceTexts: h.sources });
  const d = new JSDOM(out).window.document;
  for (const el of d.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) assert.ok(!/^on/i.test(attr), `${el.tagName} has ${attr}`);
  }
  assert.equal(d.querySelectorAll('img, svg, iframe').length, 0);
  const scripts = [...d.querySelectorAll('script')];
  const executable = scripts.filter((s) => s.getAttribute('type') !== 'application/json');
  assert.equal(scripts.length, 3);
  assert.equal(executable.length, 2);
  assert.equal(executable[1]!.textContent, CLIENT_JS);
  assert.match(executable[0]!.textContent!, /^\/\*!\n \* Chart\.js/);
  // the words are there, as text: in the headline, the quote, the outlet, and intact in the embedded source
  const titles = [...d.querySelectorAll('article.doc h4')].map((e) => e.textContent);
  assert.ok(titles.some((t) => t!.includes('<img src=x onerror=alert(1)>')));
  assert.ok([...d.querySelectorAll('blockquote')].some((b) => b.textContent!.includes('نص فيه </script><script>alert(2)</script> وكلام بعده')));
  assert.ok([...d.querySelectorAll('.speaker h4')].some((h) => h.textContent!.includes('قارئ <img src=x onerror=alert(1)>')));
  const data = JSON.parse(d.getElementById('marsad-data')!.textContent!);
  assert.equal(data.texts[data.docs['madar-1'].t], h.sources.get('madar-1'));
  assert.ok(!/<script>alert/i.test(out));
});

test('the timeline: events in date order coloured by type, undated ones kept in the table and said to be', () => {
  const rows = $$('table.events tbody tr');
  assert.deepEqual(rows.map((r) => r.querySelector('td.date')!.textContent), ['2025-03-03', '2025-03-03', '2025-03-03', '2025-03-05', '—']);
  assert.match(text('figure.timeline figcaption'), /1 من الأحداث بلا تاريخ/);
  // who reported the meeting, with a link into each
  const meeting = rows.find((r) => r.textContent!.includes('لقاء الخطيب والنجار'))!;
  assert.deepEqual([...meeting.querySelectorAll('.by-outlet .outlet')].map((o) => o.textContent), ['صحيفة الوادي', 'شبكة المدار']);
  assert.match(meeting.textContent!, /سامر الخطيب، رامي النجار/);
  const chart = JSON.parse(doc.getElementById('marsad-data')!.textContent!).timelines['story-story-1'];
  assert.equal(chart.events.length, 4);
  assert.deepEqual(chart.types.map((d: { type: string }) => d.type), ['CONSULT', 'AGREE', 'PROTEST', 'THREATEN']);
  assert.deepEqual(chart.events[0].x, [Date.UTC(2025, 2, 3), Date.UTC(2025, 2, 4)]);
  assert.deepEqual(chart.events[3].x, [Date.UTC(2025, 2, 5), Date.UTC(2025, 2, 6)]);
  assert.deepEqual(chart.events[0].outlets, ['صحيفة الوادي', 'شبكة المدار']);
  assert.equal(chart.focus, null, 'a story of a few days is drawn whole');
  assert.ok(doc.querySelector('canvas[data-timeline="story-story-1"]'));
});

test('a story reaching far back is drawn over its own weeks, with its background a click away', () => {
  const old = sampleDossier();
  old.stories[0]!.events.push({ id: 'ev0', type: 'AGREE', date: { value: '1998' }, summary: 'معاهدة قديمة', actors: [], mentions: [] });
  const d = new JSDOM(renderReport(old, { sourceTexts: sources })).window.document;
  const chart = JSON.parse(d.getElementById('marsad-data')!.textContent!).timelines['story-story-1'];
  assert.equal(chart.events[0].date, '1998');
  assert.ok(chart.focus > Date.UTC(1999, 0, 1) && chart.focus < Date.UTC(2025, 2, 3));
  assert.match(d.querySelector('.focus-note')!.textContent!, /1 من الأحداث أقدم/);
  assert.ok(d.querySelector('button.toggle-full[data-timeline="story-story-1"]'));
});

test('coverage, disputed numbers, framing, reuse, quotes and entities are drawn from the story', () => {
  // coverage: the undated outlet has a column of its own; the meeting is covered by two of three
  const head = $$('table.coverage thead th').map((t) => t.textContent);
  assert.deepEqual(head.slice(1, 4), ['صحيفة الوادي', 'شبكة المدار', 'منبر غير معروف (sahil-1)']);
  const meeting = $$('table.coverage tbody tr')[0]!;
  assert.equal(meeting.querySelectorAll('td.hit').length, 2);
  assert.match(meeting.lastElementChild!.textContent!, /2\/3/);
  // the quantity the outlets disagree on comes first, marked, with each outlet's figure
  const q = $$('table.quantities tbody tr');
  assert.ok(q[0]!.classList.contains('disagree') && !q[1]!.classList.contains('disagree'));
  assert.match(q[0]!.textContent!, /12 شخصاً[\s\S]*15 شخصاً/);
  assert.match(text('p.alert'), /1 من الأرقام/);
  // framing: the hostile outlet first, its markers in their sentence
  const cards = $$('.outlet-card');
  assert.match(cards[0]!.querySelector('h4')!.textContent!, /شبكة المدار/);
  assert.ok(cards[0]!.querySelector('.tone-bar.neg.h-11'));
  const marker = cards[0]!.querySelector('ul.markers li')!;
  assert.equal(marker.querySelector('mark')!.textContent, 'مسرحية');
  assert.match(marker.textContent!, /وصفها مراقبون بأنها مسرحية جديدة/);
  // reuse
  assert.match(text('table.reuse'), /42%/);
  // quotes by speaker, with the channel and the cue
  const speakers = $$('.speaker h4').map((h) => h.textContent);
  assert.equal(speakers.length, 3);
  const najjar = $$('.speaker').find((s) => s.querySelector('h4')!.textContent!.includes('رامي النجار'))!;
  assert.match(najjar.textContent!, /عبر: رويترز/);
  assert.match(najjar.textContent!, /الفعل: قوله/);
  assert.match(text('.speaker'), /غير مربوط بكيان/);
  // entities with variants and roles, counted within the story
  const khatib = $$('table.entities tbody tr').find((r) => r.textContent!.includes('سامر الخطيب'))!;
  assert.match(khatib.textContent!, /الخطيب/);
  assert.match(khatib.textContent!, /وزير الخارجية/);
  assert.match(khatib.textContent!, /3 موضعاً/);
  // the inferred date is said to be inferred
  const sahil = doc.getElementById('doc-sahil-1')!;
  assert.match(sahil.querySelector('.inferred')!.textContent!, /مستنتج[\s\S]*inferred:events/);
  assert.equal(doc.getElementById('doc-wadi-1')!.querySelector('.inferred'), null);
});

test('a story with nothing found yet says so in every section', () => {
  const bare = sampleDossier();
  const s = bare.stories[0]!;
  Object.assign(s, { events: [], quantities: [], commitments: [], outlets: [], reuse: [], summary: [] });
  bare.quotes = [];
  const d = new JSDOM(renderReport(bare, { sourceTexts: sources })).window.document;
  for (const part of ['brief', 'timeline', 'quotes', 'coverage', 'quantities', 'commitments', 'framing', 'reuse']) {
    const sec = d.getElementById(`story-story-1-${part}`);
    assert.ok(sec, part);
    assert.ok(sec.querySelector('p.empty'), `${part} says it is empty`);
  }
  assert.equal(d.querySelectorAll('canvas').length, 0);
  assert.equal(d.querySelectorAll('article.doc').length, 3);
});

test('a malformed story field is skipped, not fatal', () => {
  const odd = sampleDossier();
  odd.stories[0]!.events.push(null, 7, { type: 'ASSAULT', mentions: 'x' });
  odd.stories[0]!.quantities.push({ value: 'many' });
  const d = new JSDOM(renderReport(odd, { sourceTexts: sources })).window.document;
  assert.equal(d.querySelectorAll('table.events tbody tr').length, 6);
  assert.equal(d.querySelectorAll('table.quantities tbody tr').length, 2);
});

test('clicking a claim opens its source with exactly [start, end) marked', () => {
  const dom = new JSDOM(page, { runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
  const w = dom.window;
  const viewer = w.document.getElementById('viewer')!;
  assert.equal(viewer.hidden, true);
  const link = [...w.document.querySelectorAll('a.m')].find((a) => a.textContent === '15 شخصاً')!;
  link.dispatchEvent(new w.MouseEvent('click', { bubbles: true, cancelable: true }));
  assert.equal(viewer.hidden, false);
  const marks = w.document.querySelectorAll('#viewer-text mark');
  assert.equal(marks.length, 1);
  assert.equal(marks[0]!.textContent, '15 شخصاً');
  const src = sources.get('madar-1')!;
  const start = Number(link.getAttribute('data-start'));
  assert.equal(w.document.getElementById('viewer-text')!.textContent, src);
  // everything before the mark is exactly the source before start
  const before = [...w.document.querySelectorAll('#viewer-text > *')];
  const idx = before.indexOf(marks[0]!);
  assert.equal(before.slice(0, idx).map((n) => n.textContent).join(''), src.slice(0, start));
  assert.ok(link.classList.contains('current'));
  assert.match(w.document.getElementById('viewer-meta')!.textContent!, /شبكة المدار/);
  assert.match(w.document.getElementById('viewer-title')!.textContent!, /لقاء الخطيب والنجار/);
  // the furniture outside the article is set apart from the article's text
  const furniture = [...w.document.querySelectorAll('#viewer-text span.out')].map((n) => n.textContent).join('');
  assert.ok(furniture.includes('شارك الخبر'));
  w.close();
});

test('a hostile source shown in the viewer stays text', () => {
  const h = hostile();
  const dom = new JSDOM(renderReport(h.dossier, { sourceTexts: h.sources }), { runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
  const w = dom.window;
  for (const a of w.document.querySelectorAll('a.m.button')) a.dispatchEvent(new w.MouseEvent('click', { bubbles: true, cancelable: true }));
  const viewerText = w.document.getElementById('viewer-text')!;
  assert.equal(viewerText.querySelectorAll('img, svg, script').length, 0);
  assert.equal(viewerText.textContent, h.sources.get('sahil-1'));
  w.close();
});
