/**
 * `marsad analyze PATH... --out DIR`: reads the inputs, runs the core, writes `dossier.json` and `report.html`.
 * Exit codes: 0 all inputs analysed (warnings allowed); 1 some inputs could not be analysed (the rest were);
 * 3 nothing could be analysed. Usage errors exit 2 (commander's).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyze } from '../analyze.js';
import { readInputs } from '../inputs/read.js';
import { toDossier } from '../outputs/dossier.js';
import { renderReport } from '../outputs/report/index.js';
import { progressBar } from './progress.js';
import { VERSION } from './version.js';

export interface AnalyzeOptions {
  out: string;
  json?: boolean;
  quiet?: boolean;
}

export interface AnalyzeOutcome {
  exitCode: number;
  dossierPath: string;
  reportPath: string;
  summary: { sources: number; documents: number; stories: number; errors: number; warnings: number };
}

export async function runAnalyze(paths: string[], opts: AnalyzeOptions): Promise<AnalyzeOutcome> {
  const { sources, skipped } = await readInputs(paths);
  // a bar on the terminal for long runs; nothing when quiet, for machines (--json) or into a pipe
  const bar = opts.quiet || opts.json ? null : progressBar(process.stderr);
  let analysis;
  try {
    analysis = analyze(sources, undefined, undefined, bar?.update);
  } finally {
    bar?.done();
  }
  const dossier = toDossier(analysis, VERSION);
  const out = resolve(opts.out);
  await mkdir(out, { recursive: true });
  const dossierPath = join(out, 'dossier.json');
  const reportPath = join(out, 'report.html');
  await writeFile(dossierPath, JSON.stringify(dossier, null, 1));
  await writeFile(reportPath, renderReport(dossier, { sourceTexts: new Map(analysis.docs.map((d) => [d.id, d.source.text])) }));

  const failedOrigins = new Set(analysis.messages.filter((m) => m.severity === 'error').map((m) => m.origin));
  const analysed = new Set(analysis.docs.map((d) => d.source.origin));
  const summary = {
    sources: sources.length,
    documents: analysis.docs.length,
    stories: analysis.stories.length,
    errors: analysis.messages.filter((m) => m.severity === 'error').length,
    warnings: analysis.messages.filter((m) => m.severity === 'warning').length,
  };
  const exitCode = analysis.docs.length === 0 ? 3 : [...failedOrigins].some((o) => !analysed.has(o!)) ? 1 : 0;

  if (opts.json) {
    process.stdout.write(JSON.stringify({ dossier: dossierPath, report: reportPath, ...summary, messages: analysis.messages }) + '\n');
  } else if (!opts.quiet) {
    const lines = [
      `marsad: ${summary.sources} inputs → ${summary.documents} articles in ${summary.stories} stories`,
      ...analysis.stories.slice(0, 5).map((s) => `  ${s.id}: ${s.title ?? '(untitled)'} — ${s.documents.length} articles`),
      ...analysis.messages
        .filter((m) => m.severity !== 'info')
        .map((m) => `  ${m.severity === 'error' ? 'error' : 'warning'} ${m.code} ${m.origin ?? ''}: ${m.reason}`),
      ...(skipped.length ? [`  skipped ${skipped.length} files of unknown kind`] : []),
      `dossier: ${dossierPath}`,
      `report:  ${reportPath}`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  }
  return { exitCode, dossierPath, reportPath, summary };
}
