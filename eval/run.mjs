#!/usr/bin/env node
// Runs the evaluation: `marsad analyze` on the seed articles, the shared scorer on its dossier, and (once the
// tagger exists) the ANERcorp entity scorer. With --check, compares every score with eval/thresholds.json and
// exits 1 when one has fallen: the ratchet CI enforces. The data stay in ../shared and are read at run time.
//   node eval/run.mjs [--check] [--shared DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const sharedArg = args.indexOf('--shared');
const shared = resolve(sharedArg >= 0 ? args[sharedArg + 1] : process.env.MARSAD_SHARED ?? join(root, '..', 'shared'));
if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.error(`eval: no scorer at ${shared}/eval/score.mjs (set --shared DIR or MARSAD_SHARED)`);
  process.exit(2);
}
const out = join(root, '.eval');
mkdirSync(out, { recursive: true });
const marsad = join(root, 'bin', 'marsad.js');
const scores = {};

// ---- the seeds: analyse, then score the dossier ----
const seedsOut = join(out, 'seeds');
const analyzed = spawnSync(process.execPath, [marsad, 'analyze', join(shared, 'seeds'), '--out', seedsOut, '--quiet'], { stdio: 'inherit' });
if (analyzed.status !== 0) {
  console.error(`eval: marsad analyze exited ${analyzed.status}`);
  process.exit(1);
}
const scoreJson = join(seedsOut, 'scores.json');
const table = execFileSync(
  process.execPath,
  [join(shared, 'eval', 'score.mjs'), '--dossier', join(seedsOut, 'dossier.json'), '--seeds', join(shared, 'seeds'), '--json', scoreJson],
  { encoding: 'utf8' },
);
process.stdout.write('seeds (../shared/eval/score.mjs)\n' + table);
Object.assign(scores, JSON.parse(readFileSync(scoreJson, 'utf8')));

// ---- ANERcorp: tag the test files with `marsad ner --conll` and score them, once the tagger exists ----
const nerHelp = spawnSync(process.execPath, [marsad, 'ner', '--help'], { encoding: 'utf8' });
const hasTagger = nerHelp.status === 0 && nerHelp.stdout.includes('--conll');
if (hasTagger) {
  for (const [key, file] of [['ner.test', 'test.txt'], ['ner.test_repaired', 'test-repaired.txt']]) {
    const gold = join(shared, 'data', 'anercorp', file);
    const pred = join(out, `ner-${file}`);
    writeFileSync(pred, execFileSync(process.execPath, [marsad, 'ner', '--conll', gold], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    const json = join(out, `ner-${file}.json`);
    const report = execFileSync(process.execPath, [join(shared, 'eval', 'ner-score.mjs'), '--gold', gold, '--pred', pred, '--json', json], { encoding: 'utf8' });
    process.stdout.write(`\nANERcorp ${file} (../shared/eval/ner-score.mjs)\n` + report);
    scores[key] = Math.round(JSON.parse(readFileSync(json, 'utf8')).overall.f1 * 1000) / 1000;
  }
} else {
  process.stdout.write('\nANERcorp: no tagger yet (`marsad ner` comes with the entities issue); not scored\n');
}
// ---- ANS: classify the test pairs with `marsad stance --csv` and read its last line, `macro-F1: X` ----
const stanceHelp = spawnSync(process.execPath, [marsad, 'stance', '--help'], { encoding: 'utf8' });
if (stanceHelp.status === 0 && stanceHelp.stdout.includes('--csv')) {
  const report = execFileSync(process.execPath, [marsad, 'stance', '--csv', join(shared, 'data', 'ans', 'test.csv')], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const table = report.slice(report.indexOf('\nclass') + 1);
  process.stdout.write('\nANS test.csv (marsad stance --csv)\n' + table);
  const macro = /^macro-F1: ([0-9.]+)\s*$/m.exec(report.trim().split('\n').at(-1) ?? '');
  if (!macro) {
    console.error('eval: marsad stance printed no macro-F1 line');
    process.exit(1);
  }
  scores['ans.test'] = Math.round(Number(macro[1]) * 1000) / 1000;
} else {
  process.stdout.write('\nANS: no stance classifier yet; not scored\n');
}
writeFileSync(join(out, 'scores.json'), JSON.stringify(scores, null, 1));

// ---- the ratchet ----
if (check) {
  const thresholds = JSON.parse(readFileSync(join(root, 'eval', 'thresholds.json'), 'utf8'));
  const fallen = [];
  for (const [key, min] of Object.entries(thresholds)) {
    if (key.startsWith('_')) continue;
    const got = scores[key];
    if (typeof got !== 'number' || got + 1e-9 < min) fallen.push(`${key}: ${got ?? 'missing'} < ${min}`);
  }
  const raisable = Object.entries(thresholds).filter(([k, min]) => !k.startsWith('_') && scores[k] > min + 1e-9);
  if (raisable.length) console.log(`\nratchet: could be raised: ${raisable.map(([k, m]) => `${k} ${m} → ${scores[k]}`).join(', ')}`);
  if (fallen.length) {
    console.error(`\nratchet: FAILED, scores fell below eval/thresholds.json:\n  ${fallen.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`\nratchet: ok (${Object.keys(thresholds).filter((k) => !k.startsWith('_')).length} thresholds held)`);
}
