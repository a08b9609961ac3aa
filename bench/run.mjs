#!/usr/bin/env node
// Throughput and memory of each stage and of the whole analysis, on a corpus generated at run time (corpus.mjs:
// the demo articles, written for this project, and ANERcorp's sentences from ../shared when it is beside the
// repository). Rates per core are articles per second of the process's CPU time (process.cpuUsage: the main
// thread and V8's compiler and collector threads, which run on another core beside it), not of wall time.
//   node bench/run.mjs [--sizes 1000,10000] [--full] [--grouping 1000,10000,100000]
//   node bench/run.mjs --only grouping   (one part: stages, html, grouping, e2e, split)
//   (--split N: the CPU split of one analysis over N articles, 2000 by default)
//   (--full adds 100k end to end)
// The last line reads `end-to-end: N articles/s per core` (at the largest size run).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { demoHtmlPages, largeStories, mixedCorpus, STORY_SIZE } from './corpus.mjs';
import { cpuSplit, printSplit } from './cpu-split.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, process.env.MARSAD_DIST || 'dist');
const { analyze } = await import(join(dist, 'analyze.js'));
const { defaultPipeline } = await import(join(dist, 'pipeline/default.js'));
const { applyStage, runSource } = await import(join(dist, 'pipeline/run.js'));
const { decodeBytes } = await import(join(dist, 'formats/charset/index.js'));
const { groupStories } = await import(join(dist, 'story/group.js'));
const { tagTokens } = await import(join(dist, 'ner/tagger.js'));

const args = process.argv.slice(2);
const listArg = (name, dflt) => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1].split(',').map(Number) : dflt;
};
const sizes = listArg('--sizes', [1000, 10000]);
if (args.includes('--full')) sizes.push(100000);
const groupingSizes = listArg('--grouping', [1000, 10000, 100000]);
const onlyArg = args.indexOf('--only');
const parts = new Set(onlyArg >= 0 ? args[onlyArg + 1].split(',') : ['stages', 'html', 'grouping', 'e2e', 'split']);
const splitSize = listArg('--split', [2000])[0];

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const rate = (n, ms) => (n / (ms / 1000)).toFixed(0);
/** CPU time of this process so far in ms, every thread of it (V8's background compiler and collector too). */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const sourceOf = (text, i) => ({ id: `bench-${i}`, origin: `bench-${i}.txt`, text, format: 'text', declared: {}, messages: [] });
const corpusOf = (n) => mixedCorpus(root, n);

{
  const c = corpusOf(1000);
  console.log(`corpus: ${c.bases} base texts (demo articles${c.bases > 7 ? ' and ANERcorp sentence runs' : ''}), ${STORY_SIZE} outlet copies of each per story while bases last`);
}

// ---- the tagger's model is read and compiled once per process: timed apart, before any stage ----
{
  const t0 = performance.now();
  tagTokens(['قال', 'الوزير', 'في', 'بغداد']);
  console.log(`ner model load: ${((performance.now() - t0) / 1000).toFixed(2)} s (once per process, not in the figures below)`);
}

// ---- per stage, on 1,000 articles ----
if (parts.has('stages')) {
  const n = 1000;
  const corpus = corpusOf(n);
  const texts = Array.from({ length: n }, (_, i) => corpus.article(i));
  const bytes = texts.map((t) => Buffer.from(t, 'utf8'));
  let t0 = cpuMs();
  for (const b of bytes) decodeBytes(b);
  const stageMs = { decode: cpuMs() - t0 };
  const sources = texts.map(sourceOf);
  t0 = cpuMs();
  const docs = sources.flatMap((s) => defaultPipeline.source.run(s).docs);
  stageMs[defaultPipeline.source.name] = cpuMs() - t0;
  for (const stage of defaultPipeline.stages) {
    t0 = cpuMs();
    for (const d of docs) applyStage(d, stage, new Set());
    stageMs[stage.name] = cpuMs() - t0;
    sample();
  }
  for (const stage of defaultPipeline.corpus ?? []) {
    t0 = cpuMs();
    stage.run(docs);
    stageMs[`${stage.name} (corpus)`] = cpuMs() - t0;
  }
  t0 = cpuMs();
  groupStories(docs);
  stageMs['story grouping'] = cpuMs() - t0;
  console.log(`per stage, ${n} articles (articles/s per core):`);
  for (const [name, ms] of Object.entries(stageMs)) console.log(`  ${name.padEnd(22)} ${rate(n, ms).padStart(8)}`);
}

// ---- HTML extraction against Readability, on the same pages ----
if (parts.has('html')) {
  const expected = JSON.parse(readFileSync(join(root, 'demo', 'expected.json'), 'utf8'));
  const ids = Object.keys(expected).sort();
  const pages = demoHtmlPages(root, ids.map((id) => expected[id].title));
  const rounds = 10;
  const judge = (texts) => {
    // of the lines the annotation keeps, how many are in the text; of those it drops, how many are left in
    let kept = 0, keep = 0, leaked = 0, drop = 0;
    texts.forEach((text, k) => {
      const want = expected[ids[k]];
      for (const l of want.keep) (keep++, text.includes(l) && kept++);
      for (const l of want.drop) (drop++, text.includes(l) && leaked++);
    });
    return `kept ${kept}/${keep} article lines, left in ${leaked}/${drop} furniture lines`;
  };
  let t0 = performance.now();
  let ours = [];
  for (let r = 0; r < rounds; r++) {
    ours = pages.map((html, k) => runSource(defaultPipeline, { id: `p${k}`, origin: `p${k}.html`, text: html, format: 'html', declared: {}, messages: [] }).docs.map((d) => d.body.text).join('\n'));
  }
  const oursMs = performance.now() - t0;
  t0 = performance.now();
  let theirs = [];
  for (let r = 0; r < rounds; r++) {
    theirs = pages.map((html) => new Readability(new JSDOM(html).window.document).parse()?.textContent ?? '');
  }
  const theirsMs = performance.now() - t0;
  const n = pages.length * rounds;
  console.log(`html extraction, ${pages.length} demo pages × ${rounds}:`);
  console.log(`  marsad (extraction + cleaning) ${rate(n, oursMs).padStart(5)} pages/s, ${judge(ours)}`);
  console.log(`  readability alone              ${rate(n, theirsMs).padStart(5)} pages/s, ${judge(theirs)}`);
}

// ---- story grouping alone at growing sizes (documents cleaned first, then kept as headline and body only, as stored) ----
if (parts.has('grouping')) {
  let last = null;
  console.log('story grouping:');
  for (const size of groupingSizes) {
    const corpus = corpusOf(size);
    const docs = [];
    for (let i = 0; i < size; i++) {
      for (const d of defaultPipeline.source.run(sourceOf(corpus.article(i), i)).docs) {
        // no tokens, as the queue's regroup reads stored documents: grouping tokenises the body itself
        docs.push({ id: d.id, title: d.title, body: { text: d.body.text }, tokens: [] });
      }
    }
    sample();
    const t0 = performance.now();
    const stories = groupStories(docs);
    const ms = performance.now() - t0;
    sample();
    const line = `  ${String(size).padStart(6)} articles: ${(ms / 1000).toFixed(2)} s, ${stories.length} stories (${corpus.stories} generated)`;
    console.log(last ? `${line}, ×${(ms / last.ms).toFixed(1)} the time of ${last.size}` : line);
    last = { size, ms };
  }
}

// ---- end to end at growing sizes: is any step worse than linear? ----
function endToEnd(label, articleOf, runSizes) {
  let last = null;
  console.log(label);
  for (const size of runSizes) {
    const article = articleOf(size);
    const batch = Array.from({ length: size }, (_, i) => sourceOf(article(i), i));
    const t0 = performance.now();
    const c0 = cpuMs();
    const result = analyze(batch);
    const ms = performance.now() - t0;
    const cpu = cpuMs() - c0;
    sample();
    const line = `  ${String(size).padStart(6)} articles: ${(ms / 1000).toFixed(2)} s, ${rate(size, ms)} articles/s; cpu ${(cpu / 1000).toFixed(2)} s, ${rate(size, cpu)} per core; ${result.stories.length} stories`;
    console.log(last ? `${line}, ×${(ms / last.ms).toFixed(1)} the time of ${last.size}` : line);
    last = { size, ms, cpu };
  }
  return last;
}
let last = null;
if (parts.has('e2e')) {
  const large = largeStories(root);
  endToEnd('end to end, hard case (demo articles only: about 5 stories of n/5 near-copies):', () => large.article, [1000]);
  last = endToEnd('end to end:', (size) => corpusOf(size).article, sizes);
}

// ---- where the time goes: CPU per stage and per story analysis, in a fresh process (cpu-split.mjs) ----
if (parts.has('split')) {
  const child = spawnSync(process.execPath, ['--single-threaded', join(root, 'bench', 'cpu-split.mjs'), String(splitSize)], { encoding: 'utf8', env: process.env });
  process.stdout.write(child.stdout);
  if (child.status !== 0) console.log(`  (the split failed: ${child.stderr.trim().split('\n').pop()})`);
}
sample();
console.log(`peak memory: ${(peakRss / 1048576).toFixed(0)} MB RSS${parts.has('split') ? ' (this process; the split ran in its own)' : ''}`);
// per core: articles per second of CPU time, so the collector's and compiler's threads on the other core count
if (last) console.log(`end-to-end: ${rate(last.size, last.cpu)} articles/s per core`);
