/**
 * The upload page at `/`: paste an article or drop files into a collection, then open its report, dossier or
 * CSV, and search across collections. Plain HTML with one script and one style sheet served by this server
 * (so the policy can forbid inline script); all text from the server is set with `textContent`, never as HTML.
 * The write token comes from the address the server prints (`#token=…`, a fragment no request carries) or
 * is typed in, and is kept in this tab's sessionStorage only.
 */
export const INDEX_HTML = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>مرصد — إضافة مقالات</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<header><h1>مرصد</h1><p>أضف مقالات إلى مجموعة، ثم افتح ملف المصادر.</p></header>
<main>
<section>
  <h2>المجموعة</h2>
  <label>رمز الكتابة <input id="token" type="password" autocomplete="off" dir="ltr" placeholder="يطبعه الخادم عند التشغيل"></label>
  <div class="row">
    <label>مجموعة قائمة <select id="collection"><option value="">—</option></select></label>
    <label>أو مجموعة جديدة <input id="new-name" placeholder="اسم المجموعة"></label>
    <button id="create" type="button">أنشئ</button>
  </div>
  <p id="links" class="links" hidden>
    <a id="report-link" href="#">التقرير</a> · <a id="dossier-link" href="#">ملف المصادر (JSON)</a> · <a id="csv-link" href="#">جدول (CSV)</a>
  </p>
</section>
<section>
  <h2>لصق مقال</h2>
  <form id="paste">
    <div class="row">
      <label>العنوان <input name="title"></label>
      <label>المنبر <input name="outlet"></label>
      <label>تاريخ النشر <input name="published" type="date"></label>
      <label>الرابط <input name="url" type="url" dir="ltr"></label>
    </div>
    <textarea name="text" rows="10" placeholder="نص المقال" required></textarea>
    <button type="submit">أضف المقال</button>
  </form>
</section>
<section>
  <h2>إضافة بالروابط</h2>
  <form id="by-url">
    <textarea name="urls" rows="3" dir="ltr" placeholder="https://… (رابط في كل سطر)" required></textarea>
    <button type="submit">اجلب الصفحات وحلّلها</button>
  </form>
</section>
<section>
  <h2>رفع ملفات</h2>
  <div id="drop" class="drop" tabindex="0">اسحب ملفات ‎.txt أو ‎.html أو ‎.jsonl إلى هنا، أو <label class="pick">اخترها<input id="files" type="file" multiple accept=".txt,.html,.htm,.jsonl,.ndjson" hidden></label></div>
</section>
<section class="result" aria-live="polite">
  <div id="status" class="status"></div>
  <ul id="outcome"></ul>
</section>
<section>
  <h2>بحث</h2>
  <form id="search" class="row"><input name="q" placeholder="كلمة أو أكثر، بأي رسم للهمزة أو التاء المربوطة"><button type="submit">ابحث</button></form>
  <ol id="hits"></ol>
</section>
</main>
</body>
</html>
`;

export const APP_CSS = `
:root { --ink:#1d232b; --muted:#5d6873; --line:#d9dee3; --accent:#0b6e69; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.7 "Noto Naskh Arabic", "Segoe UI", Tahoma, sans-serif; color: var(--ink); background: #f6f7f8; }
header { background: var(--accent); color: #fff; padding: .8rem 2rem; }
header h1 { margin: 0; } header p { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 2rem 4rem; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1.4rem; margin: 1rem 0; }
h2 { font-size: 1.15rem; margin: .2rem 0 .6rem; }
.row { display: flex; flex-wrap: wrap; gap: .8rem; align-items: end; }
label { display: inline-flex; flex-direction: column; font-size: .9rem; color: var(--muted); }
input, select, textarea, button { font: inherit; }
textarea { width: 100%; margin: .6rem 0; }
button { background: var(--accent); color: #fff; border: 0; border-radius: 6px; padding: .3rem 1rem; cursor: pointer; }
.drop { border: 2px dashed var(--line); border-radius: 8px; padding: 2rem; text-align: center; color: var(--muted); }
.drop.over { border-color: var(--accent); background: #eef7f6; }
.pick { display: inline; color: var(--accent); cursor: pointer; text-decoration: underline; }
.status.error { color: #a22; }
section.result:has(#status:empty):has(#outcome:empty) { display: none; } .links a { color: var(--accent); }
mark { background: #fde68a; }
.meta { color: var(--muted); font-size: .85rem; }
`;

export const APP_JS = `'use strict';
const $ = (id) => document.getElementById(id);
const tokenInput = $('token');
const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromHash) { sessionStorage.setItem('marsad-token', fromHash); history.replaceState(null, '', location.pathname); }
tokenInput.value = sessionStorage.getItem('marsad-token') || '';
tokenInput.addEventListener('change', () => sessionStorage.setItem('marsad-token', tokenInput.value.trim()));

function say(text, isError) { const s = $('status'); s.textContent = text; s.className = isError ? 'status error' : 'status'; }
function li(text) { const e = document.createElement('li'); e.textContent = text; return e; }

async function call(method, path, body, isForm) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers.Authorization = 'Bearer ' + tokenInput.value.trim();
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : isForm ? body : JSON.stringify(body) });
  const data = await res.json().catch(() => ({}));
  if (!res.ok && res.status !== 422) throw new Error((data.error && data.error.reason) || ('HTTP ' + res.status));
  return data;
}

function current() { return $('collection').value; }
function showLinks() {
  const id = current();
  $('links').hidden = !id;
  if (!id) return;
  $('report-link').href = '/collections/' + encodeURIComponent(id) + '/report';
  $('dossier-link').href = '/api/collections/' + encodeURIComponent(id) + '/dossier';
  $('csv-link').href = '/api/collections/' + encodeURIComponent(id) + '/dossier.csv';
}

async function loadCollections(select) {
  const data = await call('GET', '/api/collections');
  const sel = $('collection');
  sel.replaceChildren(new Option('—', ''));
  for (const c of data.collections) sel.add(new Option(c.name + ' (' + c.articles + ')', c.id));
  // the collection just written to, else the newest, so a person who returns sees their pile
  if (select) sel.value = select;
  else if (data.collections.length) sel.value = data.collections[data.collections.length - 1].id;
  showLinks();
}

$('collection').addEventListener('change', showLinks);
$('create').addEventListener('click', async () => {
  const name = $('new-name').value.trim();
  if (!name) return say('اكتب اسماً للمجموعة', true);
  try { const c = await call('POST', '/api/collections', { name }); $('new-name').value = ''; await loadCollections(c.id); say('أنشئت المجموعة ' + c.name); }
  catch (e) { say(e.message, true); }
});

function report(data) {
  const out = $('outcome');
  out.replaceChildren();
  for (const a of data.added || []) out.append(li('أضيف: ' + a.origin + ' ← ' + a.id));
  for (const d of data.duplicates || []) out.append(li('موجود من قبل: ' + d.origin + ' = ' + d.article));
  for (const r of data.rejected || []) out.append(li('لم يقرأ: ' + r.origin + ' — ' + r.reason));
  for (const s of data.stories || []) out.append(li('قصة ' + s.key + ': ' + (s.title || '(بلا عنوان)') + ' — ' + s.documents.length + ' مقالات'));
  say(data.error ? data.error.reason : 'تم. المراجعة ' + data.revision, !!data.error);
}

async function addArticles(body, isForm, route) {
  if (!current()) return say('اختر مجموعة أو أنشئ واحدة أولاً', true);
  say(route === 'urls' ? 'جار جلب الصفحات وتحليلها…' : 'جار التحليل…');
  try { report(await call('POST', '/api/collections/' + encodeURIComponent(current()) + '/' + (route || 'articles'), body, isForm)); await loadCollections(current()); }
  catch (e) { say(e.message, true); }
}

$('by-url').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const urls = String(new FormData(ev.target).get('urls') || '').split(/\\s+/).filter(Boolean);
  if (urls.length) addArticles({ urls }, false, 'urls');
});

$('paste').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const f = new FormData(ev.target);
  const body = {};
  for (const [k, v] of f) if (typeof v === 'string' && v.trim()) body[k] = k === 'text' ? v : v.trim();
  addArticles(body, false);
});

function upload(files) {
  if (!files.length) return;
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  addArticles(form, true);
}
const drop = $('drop');
drop.addEventListener('dragover', (ev) => { ev.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (ev) => { ev.preventDefault(); drop.classList.remove('over'); upload([...ev.dataTransfer.files]); });
$('files').addEventListener('change', (ev) => upload([...ev.target.files]));

$('search').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const q = new FormData(ev.target).get('q');
  const hits = $('hits');
  hits.replaceChildren();
  try {
    const params = new URLSearchParams({ q: String(q || '') });
    if (current()) params.set('collection', current());
    const data = await call('GET', '/api/search?' + params);
    if (!data.hits.length) hits.append(li('لا نتائج'));
    for (const h of data.hits) {
      const item = document.createElement('li');
      const meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = (h.title || h.doc) + ' — ' + (h.outlet || 'منبر غير معروف') + ' — [' + h.spans[0] + ']';
      const p = document.createElement('div');
      if (h.snippet) { const m = document.createElement('mark'); m.textContent = h.snippet.match; p.append(h.snippet.before, m, h.snippet.after); }
      const a = document.createElement('a');
      a.href = '/collections/' + encodeURIComponent(h.collection) + '/report#' + (h.spans.length ? 'm=' + encodeURIComponent(h.doc) + ':' + h.spans[0][0] + ':' + h.spans[0][1] : 'doc-' + encodeURIComponent(h.doc));
      a.textContent = 'في التقرير';
      item.append(meta, p, a);
      hits.append(item);
    }
  } catch (e) { say(e.message, true); }
});

loadCollections().catch((e) => say(e.message, true));
`;
