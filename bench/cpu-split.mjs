// Where the time of one whole analysis goes: the CPU time (process.cpuUsage, so other processes on the machine
// disturb it less than wall time) of each document stage, each corpus stage and each story analysis, measured by
// wrapping them and running analyze() as it is. Run with `node --single-threaded` to count the compiler's and the
// collector's work on the thread that caused it; without it, their threads' time falls into "the rest".
// run.mjs runs it in a fresh process (`node --single-threaded bench/cpu-split.mjs N`), so no earlier part of the
// benchmark has warmed its caches by word form or its compiled code: it pays what one run of `marsad analyze` pays.
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { largeStories, mixedCorpus } from './corpus.mjs';

/** Runs analyze() on `batch` with every stage and story analysis timed; returns ms of CPU per part and in all. */
export async function cpuSplit(dist, batch) {
  const { analyze } = await import(join(dist, 'analyze.js'));
  const { defaultStoryAnalyses } = await import(join(dist, 'story/default.js'));
  const { defaultPipeline } = await import(join(dist, 'pipeline/default.js'));
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const stages = {};
  const analyses = {};
  // the part keeps its name (a corpus stage's result is filed under it); `label` is only the figure's
  const timed = (part, into, label = part.name) => ({
    ...part,
    run: (x) => {
      const t = cpu();
      try {
        return part.run(x);
      } finally {
        into[label] = (into[label] ?? 0) + cpu() - t;
      }
    },
  });
  const pipeline = {
    ...defaultPipeline,
    source: timed(defaultPipeline.source, stages),
    stages: defaultPipeline.stages.map((s) => timed(s, stages)),
    corpus: (defaultPipeline.corpus ?? []).map((s) => timed(s, stages, `${s.name} (corpus)`)),
  };
  analyze(batch.slice(0, 1)); // the tagger's model loads outside the figures
  const t0 = cpu();
  const result = analyze(batch, pipeline, defaultStoryAnalyses.map((a) => timed(a, analyses)));
  const total = cpu() - t0;
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  return { total, stages, analyses, rest: total - sum(stages) - sum(analyses), stories: result.stories.length };
}

/** The split as lines: ms per article and articles/s per core of each part. */
export function printSplit(n, split) {
  const per = (ms) => (ms / n).toFixed(2);
  const line = (parts) =>
    Object.entries(parts)
      .map(([name, ms]) => `${name} ${per(ms)}`)
      .join(' · ');
  console.log(`cpu per article, ${n} articles (${split.stories} stories): ${per(split.total)} ms in all, ${(n / (split.total / 1000)).toFixed(0)} articles/s per core`);
  console.log(`  document stages (ms): ${line(split.stages)}`);
  console.log(`  story analyses (ms):  ${line(split.analyses)}`);
  console.log(`  the rest (grouping, re-dating, dossier glue, compiler and collector threads): ${per(split.rest)} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  // `--hard`: the end-to-end hard case's corpus (largeStories: about five stories of n/5 near-copies)
  const n = Number(process.argv[2] ?? 2000);
  const corpus = process.argv.includes('--hard') ? largeStories(root) : mixedCorpus(root, n);
  const batch = Array.from({ length: n }, (_, i) => ({ id: `split-${i}`, origin: `split-${i}.txt`, text: corpus.article(i), format: 'text', declared: {}, messages: [] }));
  printSplit(n, await cpuSplit(join(root, process.env.MARSAD_DIST || 'dist'), batch));
}
