/** The page's style sheet (inlined, allowed by its hash). No style attributes anywhere: the CSP forbids them. */
import { FONT_FAMILY } from './assets.js';
import { PLOVER } from './labels.js';

export const FONT_STACK = `'${FONT_FAMILY}', 'Noto Naskh Arabic', 'Amiri', 'Segoe UI', Tahoma, sans-serif`;

const steps = Array.from({ length: 21 }, (_, i) => i);

const GENERATED = [
  ...Object.entries(PLOVER).map(([t, { color }]) => `.type.t-${t}{background:${color};}`),
  // tone bars grow from the middle over half the track; score bars over the whole track
  ...steps.map((i) => `.tone-bar.h-${i}{width:${i * 2.5}%;}.score-bar.h-${i}{width:${i * 5}%;}`),
].join('\n');

export const STYLE = `
:root { color-scheme: light; --ink:#1d232b; --muted:#5b6672; --line:#d9dee3; --accent:#0b6e69; --paper:#fff; --bg:#f4f5f6; --warn:#a3461b; --mark:#ffe27a; }
* { box-sizing: border-box; }
html { scroll-padding-top: 4.5rem; }
body { margin: 0; font: 17px/1.8 ${FONT_STACK}; color: var(--ink); background: var(--bg); }
a { color: #0a5c8a; }
.ltr { direction: ltr; unicode-bidi: isolate; display: inline-block; }
header.top { position: sticky; top: 0; z-index: 5; background: var(--accent); color: #fff; padding: .5rem 1.5rem; display: flex; gap: 1.5rem; align-items: baseline; flex-wrap: wrap; }
header.top h1 { margin: 0; font-size: 1.3rem; }
header.top nav a { color: #fff; margin-inline-end: 1rem; }
header.top .stats { opacity: .9; font-size: .95rem; }
.layout { display: block; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
section.story { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .5rem 1.5rem 1.5rem; margin: 1.5rem 0; }
section.story > h2 { margin: .6rem 0 .2rem; font-size: 1.55rem; line-height: 1.5; }
nav.toc { font-size: .92rem; border-bottom: 1px solid var(--line); padding-bottom: .5rem; margin-bottom: .5rem; }
nav.toc a { margin-inline-end: .9rem; white-space: nowrap; }
section.part { margin-top: 1.4rem; }
section.part > h3 { font-size: 1.2rem; margin: 0 0 .5rem; border-inline-start: 4px solid var(--accent); padding-inline-start: .6rem; }
.count { color: var(--muted); font-weight: 400; font-size: .85rem; }
p.empty, .empty { color: var(--muted); font-style: italic; margin: .3rem 0; }
.warn { color: var(--warn); font-size: .85rem; }
.alert { background: #fdf0e8; border: 1px solid #efc3a6; color: #7a3210; padding: .4rem .8rem; border-radius: 6px; }
ol.brief li { margin-bottom: .4rem; }
.cites sup { font-size: .75rem; margin-inline-start: .1rem; }
a.m { text-decoration: none; border-bottom: 1px dotted #0a5c8a; }
a.m:hover, a.m:focus { background: #e6f2fa; }
a.m.current { background: var(--mark); outline: 2px solid #e0b400; }
a.m.off { color: var(--warn); border-bottom-style: wavy; }
a.m.button { border: 1px solid #0a5c8a; border-radius: 5px; padding: .05rem .6rem; font-size: .9rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .93rem; line-height: 1.6; }
caption { text-align: start; color: var(--muted); font-size: .88rem; padding-bottom: .3rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: start; vertical-align: top; }
thead th { background: #eef1f3; font-weight: 700; white-space: nowrap; }
td.n, td.num { white-space: nowrap; }
td.date { min-width: 7.5rem; font-family: ui-monospace, monospace; font-size: .85rem; }
tr.flash { animation: flash 2s ease-out; }
@keyframes flash { from { background: var(--mark); } to { background: transparent; } }
.type { display: inline-block; color: #fff; border-radius: 4px; padding: 0 .45rem; font-size: .85rem; background: #6b7280; }
.code { display: block; color: var(--muted); font-size: .72rem; font-family: ui-monospace, monospace; }
.mode { color: var(--muted); }
ul.by-outlet { list-style: none; margin: 0; padding: 0; }
ul.by-outlet li { margin: 0 0 .15rem; }
.outlet { font-weight: 700; color: #334; }
.outlet::after { content: ':'; }
ul.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem; }
ul.chips li { background: #eef1f3; border-radius: 4px; padding: 0 .4rem; }
ul.chips.roles li { background: #e9f3ef; }
.etype { font-size: .8rem; border-radius: 4px; padding: 0 .4rem; background: #eef1f3; white-space: nowrap; }
.e-PERSON { background: #e6eefc; } .e-ORG { background: #f3e9fb; } .e-LOC { background: #e5f5ec; }
table.entities td.where { min-width: 14rem; }
table.entities td.where summary { color: var(--muted); font-size: .85rem; }
details.passages li { font-size: .88rem; margin-bottom: .3rem; }
details.more, details.furniture { margin-top: .6rem; }
summary { cursor: pointer; color: #0a5c8a; }
.speaker { border-top: 1px solid var(--line); padding-top: .4rem; margin-top: .4rem; }
.speaker h4 { margin: .2rem 0; font-size: 1.05rem; }
.spellings { color: var(--muted); font-size: .85rem; }
ul.quotes { list-style: none; padding: 0; margin: 0; }
ul.quotes li { margin: .4rem 0 .7rem; }
blockquote { margin: 0; padding: .2rem .8rem; border-inline-start: 3px solid #9fb7c7; background: #f7f9fa; }
li.direct blockquote { border-inline-start-color: var(--accent); }
.qmeta { font-size: .85rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: .9rem; margin-top: .15rem; }
.qmeta .outlet::after { content: ''; }
table.coverage td.hit { background: #e5f5ec; text-align: center; white-space: nowrap; }
table.coverage td.miss { color: #b6bcc2; text-align: center; }
table.coverage th[scope=row] { font-weight: 400; min-width: 16rem; }
tr.disagree { background: #fdf0e8; }
tr.disagree td:first-child { border-inline-start: 4px solid var(--warn); }
.bad { color: #fff; background: var(--warn); border-radius: 4px; padding: 0 .4rem; }
.ok { color: #1b6b43; }
.status { border-radius: 4px; padding: 0 .4rem; background: #eef1f3; }
.s-fulfilled { background: #dff3e6; } .s-broken { background: #fbe1dc; } .s-announced { background: #e6eefc; }
.framing { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: .8rem; }
.outlet-card { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .8rem; }
.outlet-card h4 { margin: 0 0 .2rem; }
.tone { display: flex; align-items: center; gap: .4rem; font-size: .85rem; flex-wrap: wrap; }
.tone-track { direction: ltr; position: relative; width: 11rem; height: .8rem; background: #eef1f3; border-radius: 4px; display: inline-block; }
.tone-mid { position: absolute; left: 50%; top: -2px; bottom: -2px; width: 1px; background: #888; }
.tone-bar { position: absolute; top: 0; bottom: 0; border-radius: 3px; }
.tone-bar.neg { right: 50%; background: #c0392b; }
.tone-bar.pos { left: 50%; background: #1b7f5b; }
.tone-end { color: var(--muted); font-size: .75rem; }
.tone-scale { direction: ltr; display: inline-flex; align-items: center; gap: .3rem; }
ul.markers { padding-inline-start: 1.1rem; font-size: .92rem; }
ul.markers mark { background: #fde2dc; padding: 0 .1rem; }
.score { display: flex; align-items: center; gap: .4rem; }
.score-track { direction: ltr; position: relative; width: 8rem; height: .7rem; background: #eef1f3; border-radius: 4px; display: inline-block; }
.score-bar { position: absolute; left: 0; top: 0; bottom: 0; background: var(--accent); border-radius: 3px; }
article.doc { border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1.2rem; margin: .9rem 0; background: #fcfcfd; }
article.doc h4 { margin: .2rem 0 .3rem; font-size: 1.2rem; line-height: 1.5; }
.meta { color: var(--muted); font-size: .88rem; display: flex; gap: 1.1rem; flex-wrap: wrap; }
.meta b { color: var(--ink); }
.meta .inferred b { color: var(--warn); }
.how { color: var(--muted); }
.body p { margin: .5rem 0; }
.doc-actions { margin-top: .5rem; display: flex; gap: .8rem; align-items: baseline; flex-wrap: wrap; }
.src-path { color: var(--muted); font-size: .78rem; }
details.furniture li { font-size: .88rem; }
details.furniture .kind { min-width: 5rem; font-family: ui-monospace, monospace; color: var(--muted); }
.chart-box { position: relative; height: 14rem; }
.chart-box canvas { display: none; }
.chart-box.drawn canvas { display: block; }
.chart-box.drawn .chart-fallback { display: none; }
.chart-fallback { color: var(--muted); font-style: italic; }
figure.timeline { margin: 0 0 .8rem; }
.focus-note { color: var(--muted); font-size: .9rem; margin: 0 0 .3rem; }
button.toggle-full { font: inherit; font-size: .85rem; border: 1px solid #0a5c8a; color: #0a5c8a; background: #fff; border-radius: 5px; cursor: pointer; }
button.toggle-full[aria-pressed=true] { background: #e6f2fa; }
figcaption { color: var(--muted); font-size: .85rem; }
aside#viewer { position: fixed; z-index: 10; background: var(--paper); border: 1px solid #9aa5b0; box-shadow: 0 4px 24px rgba(0,0,0,.18); display: flex; flex-direction: column; }
aside#viewer[hidden] { display: none; }
aside#viewer header { padding: .4rem .9rem; border-bottom: 1px solid var(--line); background: #eef4f4; }
aside#viewer h2 { font-size: 1.05rem; margin: 0; line-height: 1.5; padding-inline-end: 2rem; }
#viewer-meta { color: var(--muted); font-size: .82rem; }
#viewer-close { position: absolute; inset-inline-end: .5rem; top: .35rem; font: inherit; font-size: 1.2rem; line-height: 1; border: 0; background: none; cursor: pointer; }
#viewer-text { position: relative; margin: 0; padding: .8rem 1rem 40vh; overflow-y: auto; flex: 1; white-space: pre-wrap; word-wrap: break-word; font: inherit; font-size: 1rem; line-height: 1.9; }
#viewer-text .out { color: #8b949c; }
#viewer-text mark { background: var(--mark); outline: 2px solid #e0b400; border-radius: 2px; }
#viewer-text mark.caret { display: inline-block; width: 2px; height: 1.2em; background: #e0b400; vertical-align: middle; }
.messages li { font-size: .9rem; }
@media (min-width: 1100px) {
  body.viewing main { margin-inline-end: 40vw; margin-inline-start: 1rem; }
  aside#viewer { top: 3.4rem; bottom: .8rem; left: .8rem; width: calc(40vw - 1.6rem); border-radius: 8px; }
}
@media (max-width: 1099px) {
  aside#viewer { left: 0; right: 0; bottom: 0; height: 48vh; border-radius: 10px 10px 0 0; }
  body.viewing main { padding-bottom: 52vh; }
}
@media print { aside#viewer, header.top nav { display: none; } section.story { break-inside: auto; border: 0; } }
${GENERATED}
`;
