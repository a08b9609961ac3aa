/**
 * The page's own script (plain JS, inlined and allowed by its hash in the page's CSP). It opens a claim's source
 * beside the report with `[start, end)` marked and scrolled into view, and draws the timelines with Chart.js.
 * Article text only ever enters the page through `textContent` and text nodes: never as markup.
 */
export const CLIENT_JS = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('marsad-data').textContent || '{}');
  var viewer = document.getElementById('viewer');
  var vTitle = document.getElementById('viewer-title');
  var vMeta = document.getElementById('viewer-meta');
  var vText = document.getElementById('viewer-text');
  var current = null;
  var opener = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function clamp(n, lo, hi) { return Math.max(lo, Math.min(hi, n)); }

  // Shows the source text of a document with [start, end) in a <mark>; the article's own span is set off from
  // the rest of the page it came from (furniture, a second article).
  function openSpan(docId, start, end, link) {
    var d = data.docs[docId];
    viewer.hidden = false;
    document.body.classList.add('viewing');
    if (current) current.classList.remove('current');
    current = link || null;
    if (current) current.classList.add('current');
    vText.textContent = '';
    if (!d) {
      vTitle.textContent = 'وثيقة غير موجودة في الملف';
      vMeta.textContent = docId;
      return null;
    }
    vTitle.textContent = d.title || '(بلا عنوان)';
    vMeta.textContent = (d.outlet || 'منبر غير معروف') + ' — ';
    // the id and offsets read left to right inside the right-to-left line
    var where = el('bdi', null, docId + ' [' + start + ', ' + end + ')');
    where.dir = 'ltr';
    vMeta.appendChild(where);
    var text = d.t == null ? null : data.texts[d.t];
    if (text == null) {
      vText.appendChild(el('p', 'empty', 'النص المصدر غير متاح في هذا الملف.'));
      return null;
    }
    start = clamp(start, 0, text.length);
    end = clamp(end, start, text.length);
    var cuts = [0, d.span[0], d.span[1], start, end, text.length]
      .map(function (n) { return clamp(n, 0, text.length); })
      .sort(function (a, b) { return a - b; })
      .filter(function (n, i, all) { return i === 0 || n !== all[i - 1]; });
    var mark = null;
    for (var i = 0; i < cuts.length; i++) {
      var a = cuts[i];
      if (start === end && a === start && !mark) {
        mark = el('mark', 'caret', '');
        vText.appendChild(mark);
      }
      if (i === cuts.length - 1) break;
      var b = cuts[i + 1];
      var inArticle = a >= d.span[0] && b <= d.span[1];
      var inMark = a >= start && b <= end;
      var node = el(inMark ? 'mark' : 'span', inArticle ? 'in' : 'out', text.slice(a, b));
      vText.appendChild(node);
      if (inMark && !mark) mark = node;
    }
    if (mark) {
      if (mark.id !== 'viewer-mark') mark.id = 'viewer-mark';
      // scroll the viewer, not the report the reader is in
      vText.scrollTop = Math.max(0, mark.offsetTop - vText.clientHeight / 3);
    }
    if (viewer.focus) viewer.focus({ preventScroll: true });
    return mark;
  }

  function closeViewer() {
    viewer.hidden = true;
    document.body.classList.remove('viewing');
    if (current) current.classList.remove('current');
    if (opener && opener.focus) opener.focus();
  }

  function fromLink(a) {
    opener = a;
    var doc = a.getAttribute('data-doc');
    var s = Number(a.getAttribute('data-start'));
    var e = Number(a.getAttribute('data-end'));
    openSpan(doc, s, e, a);
    try { history.replaceState(null, '', '#m=' + encodeURIComponent(doc) + ':' + s + ':' + e); } catch (err) { /* file:// in some browsers */ }
  }

  document.addEventListener('click', function (ev) {
    var t = ev.target;
    var a = t && t.closest ? t.closest('a.m') : null;
    if (!a) return;
    ev.preventDefault();
    fromLink(a);
  });
  document.getElementById('viewer-close').addEventListener('click', closeViewer);
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && !viewer.hidden) closeViewer();
  });

  // a shared link #m=DOC:START:END opens its span (the document id may itself hold colons)
  (function () {
    var h = decodeURIComponent(location.hash || '');
    if (h.indexOf('#m=') !== 0) return;
    var rest = h.slice(3);
    var j = rest.lastIndexOf(':');
    var i = rest.lastIndexOf(':', j - 1);
    if (i < 0) return;
    openSpan(rest.slice(0, i), Number(rest.slice(i + 1, j)), Number(rest.slice(j + 1)), null);
  })();

  var DAY = 86400000;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function lines(s, width) {
    var out = [], line = '';
    s.split(/\s+/).forEach(function (w) {
      if (line && (line + ' ' + w).length > width) { out.push(line); line = w; } else line = line ? line + ' ' + w : w;
    });
    if (line) out.push(line);
    return out;
  }

  // ticks on calendar boundaries (mid-day for days, so a day's label sits under its bars), at most ~12
  function calendarTicks(min, max) {
    var span = (max - min) / DAY, ticks = [], v, d, stride;
    if (span <= 16) {
      for (v = Math.floor(min / DAY) * DAY + DAY / 2; v < max; v += DAY) ticks.push(v);
      return { ticks: ticks, fmt: function (x) { return new Date(x).toISOString().slice(0, 10); } };
    }
    if (span <= 120) {
      stride = Math.ceil(span / 7 / 12) * 7;
      for (v = Math.ceil(min / DAY) * DAY; v < max; v += stride * DAY) ticks.push(v);
      return { ticks: ticks, fmt: function (x) { return new Date(x).toISOString().slice(0, 10); } };
    }
    if (span <= 1100) {
      d = new Date(min);
      var months = span / 30.4;
      stride = Math.max(1, Math.ceil(months / 12));
      for (var m = d.getUTCMonth() + 1, y = d.getUTCFullYear(); (v = Date.UTC(y, m, 1)) < max; m += stride) ticks.push(v);
      return { ticks: ticks, fmt: function (x) { var t = new Date(x); return t.getUTCFullYear() + '-' + pad(t.getUTCMonth() + 1); } };
    }
    d = new Date(min);
    stride = Math.max(1, Math.ceil(span / 365.25 / 12));
    for (var yr = d.getUTCFullYear() + 1; (v = Date.UTC(yr, 0, 1)) < max; yr += stride) ticks.push(v);
    return { ticks: ticks, fmt: function (x) { return String(new Date(x).getUTCFullYear()); } };
  }

  var charts = {};

  function drawTimeline(canvas, t, full) {
    var box = canvas.parentNode;
    var evs = t.events.filter(function (e) { return full || t.focus == null || e.x[1] >= t.focus; });
    var lo = Infinity, hi = -Infinity;
    evs.forEach(function (e) { lo = Math.min(lo, e.x[0]); hi = Math.max(hi, e.x[1]); });
    var margin = Math.max(DAY, (hi - lo) * 0.03);
    var cal = calendarTicks(lo - margin, hi + margin);
    box.style.height = (90 + evs.length * 30) + 'px';
    var id = canvas.getAttribute('data-timeline');
    if (charts[id]) charts[id].destroy();
    charts[id] = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: evs.map(function (e) { return e.label; }),
        datasets: t.types
          .map(function (ty) {
            return { label: ty.label, data: evs.map(function (e) { return e.type === ty.type ? e.x : null; }),
              backgroundColor: ty.color, borderColor: ty.color, borderWidth: 1, borderSkipped: false, borderRadius: 4,
              grouped: false, maxBarThickness: 20, minBarLength: 8 };
          })
          .filter(function (ds) { return ds.data.some(Boolean); }),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          // time runs right to left, as the page reads
          x: { type: 'linear', reverse: true, min: lo - margin, max: hi + margin,
            afterBuildTicks: function (scale) { scale.ticks = cal.ticks.map(function (v) { return { value: v }; }); },
            ticks: { maxRotation: 0, callback: function (v) { return cal.fmt(v); } } },
          y: { position: 'right', ticks: { autoSkip: false, font: { size: 13 } } },
        },
        plugins: {
          legend: { position: 'top', rtl: true, textDirection: 'rtl' },
          tooltip: {
            rtl: true, textDirection: 'rtl',
            callbacks: {
              title: function (items) { var e = evs[items[0].dataIndex]; return e.date + ' — ' + e.typeLabel; },
              label: function (item) { return lines(evs[item.dataIndex].summary, 60); },
              afterBody: function (items) {
                var e = evs[items[0].dataIndex];
                return ['المنابر: ' + (e.outlets.join('، ') || '—'), 'عدد الروايات: ' + e.reports];
              },
            },
          },
        },
        onClick: function (_ev, elements) {
          if (!elements.length) return;
          var e = evs[elements[0].index];
          var row = document.getElementById(e.row);
          if (row) {
            row.classList.remove('flash');
            void row.offsetWidth;
            row.classList.add('flash');
          }
          if (e.first) openSpan(e.first.doc, e.first.start, e.first.end, null);
        },
      },
    });
    return charts[id];
  }

  document.addEventListener('click', function (ev) {
    var b = ev.target && ev.target.closest ? ev.target.closest('button.toggle-full') : null;
    if (!b || !window.Chart) return;
    var id = b.getAttribute('data-timeline');
    var canvas = document.querySelector('canvas[data-timeline="' + id + '"]');
    var full = b.getAttribute('aria-pressed') !== 'true';
    b.setAttribute('aria-pressed', String(full));
    b.textContent = full ? 'عرض أسابيع القصة فقط' : 'عرض كل الأحداث';
    if (canvas) drawTimeline(canvas, data.timelines[id], full);
  });

  if (window.Chart) {
    window.Chart.defaults.font.family = data.font;
    window.Chart.defaults.color = '#1d232b';
    var canvases = document.querySelectorAll('canvas[data-timeline]');
    for (var k = 0; k < canvases.length; k++) {
      var t = (data.timelines || {})[canvases[k].getAttribute('data-timeline')];
      if (!t) continue;
      try {
        if (drawTimeline(canvases[k], t, false).ctx) canvases[k].parentNode.classList.add('drawn');
      } catch (err) { /* the table below shows the same events */ }
    }
  }
})();
`;
