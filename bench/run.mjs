#!/usr/bin/env node
// Throughput and memory of each stage and of the whole analysis, on a corpus generated from the demo articles
// (written for this project). One process runs on one core, so every figure is per core.
//   node bench/run.mjs [--sizes 1000,10000] [--full]   (--full adds 100k)
// The last line reads `end-to-end: N articles/s per core`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { analyze } = await import(join(root, 'dist/analyze.js'));
const { defaultPipeline } = await import(join(root, 'dist/pipeline/default.js'));
const { applyStage } = await import(join(root, 'dist/pipeline/run.js'));
const { decodeBytes } = await import(join(root, 'dist/formats/charset/index.js'));
const { extractHtml } = await import(join(root, 'dist/formats/html/index.js'));
const { groupStories } = await import(join(root, 'dist/story/group.js'));

const args = process.argv.slice(2);
const sizesArg = args.indexOf('--sizes');
const sizes = sizesArg >= 0 ? args[sizesArg + 1].split(',').map(Number) : [1000, 10000];
if (args.includes('--full')) sizes.push(100000);

// ---- the corpus: demo pages, each copy with its paragraphs rotated and its numbers changed ----
const demoDir = join(root, 'demo', 'corpus');
const pages = readdirSync(demoDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(demoDir, f), 'utf8'));
function article(i) {
  const lines = pages[i % pages.length].split('\n');
  const head = lines.slice(0, 6);
  const body = lines.slice(6);
  const k = body.length ? i % body.length : 0;
  const rotated = [...body.slice(k), ...body.slice(0, k)];
  return [...head, ...rotated].join('\n').replace(/\d+/g, (d) => String((Number(d) + i) % 10000));
}
const sourceOf = (text, i) => ({ id: `bench-${i}`, origin: `bench-${i}.txt`, text, format: 'text', declared: {}, messages: [] });

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const rate = (n, ms) => (n / (ms / 1000)).toFixed(0);

// ---- per stage, on 1,000 articles ----
const n = 1000;
const texts = Array.from({ length: n }, (_, i) => article(i));
const bytes = texts.map((t) => Buffer.from(t, 'utf8'));
let t0 = performance.now();
for (const b of bytes) decodeBytes(b);
const decodeMs = performance.now() - t0;
const sources = texts.map(sourceOf);
t0 = performance.now();
const docs = sources.flatMap((s) => defaultPipeline.source.run(s).docs);
const stageMs = { [defaultPipeline.source.name]: performance.now() - t0 };
for (const stage of defaultPipeline.stages) {
  t0 = performance.now();
  for (const d of docs) applyStage(d, stage, new Set());
  stageMs[stage.name] = performance.now() - t0;
  sample();
}
t0 = performance.now();
groupStories(docs);
stageMs['story grouping'] = performance.now() - t0;
console.log(`per stage, ${n} articles (articles/s per core):`);
console.log(`  decode            ${rate(n, decodeMs).padStart(8)}`);
for (const [name, ms] of Object.entries(stageMs)) console.log(`  ${name.padEnd(17)} ${rate(n, ms).padStart(8)}`);

// ---- HTML extraction (jsdom + Readability) on a page written for the tests ----
const html = readFileSync(join(root, 'fixtures', 'html', 'article-utf8.html'), 'utf8');
t0 = performance.now();
const pagesN = 100;
for (let i = 0; i < pagesN; i++) extractHtml(html);
console.log(`  html extraction   ${rate(pagesN, performance.now() - t0).padStart(8)}  (pages/s, ${(html.length / 1024).toFixed(0)} KB page)`);

// ---- end to end at growing sizes: is any step worse than linear? ----
let last = null;
for (const size of sizes) {
  const batch = Array.from({ length: size }, (_, i) => sourceOf(article(i), i));
  t0 = performance.now();
  const result = analyze(batch);
  const ms = performance.now() - t0;
  sample();
  const line = `  ${String(size).padStart(6)} articles: ${(ms / 1000).toFixed(2)} s, ${rate(size, ms)} articles/s, ${result.stories.length} stories`;
  console.log(last ? `${line}, ×${(ms / last.ms).toFixed(1)} the time of ${last.size}` : `end to end:\n${line}`);
  last = { size, ms };
}
console.log(`peak memory: ${(peakRss / 1048576).toFixed(0)} MB RSS`);
console.log(`end-to-end: ${rate(last.size, last.ms)} articles/s per core`);
