import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticPairs } from '../stance/synthetic.js';
import { featurize, trainStance } from '../stance/trainer.js';
import { repoRoot } from '../testing/fixtures.js';
import { stanceReport } from './stance-command.js';

const marsad = join(repoRoot, 'bin', 'marsad.js');
// the build this test was compiled into, so that the command run is this build's
const build = fileURLToPath(new URL('../', import.meta.url));

test('the report: one line per pair, then per-class P/R/F1, macro-F1 on the last line', () => {
  const pairs = syntheticPairs();
  const { model } = trainStance(featurize(pairs), { l2: 0.01, minCount: 1, balance: 1, iterations: 200 });
  const lines = stanceReport(pairs, model).trimEnd().split('\n');
  assert.equal(lines[0], 'row\tpredicted\tconfidence\tgold');
  for (let i = 0; i < pairs.length; i++) assert.match(lines[i + 1]!, new RegExp(`^${i + 2}\\t(agree|disagree|other)\\t[01]\\.\\d{3}\\t${pairs[i]!.stance}$`));
  for (const c of ['agree', 'disagree', 'other']) assert.ok(lines.some((l) => l.startsWith(c + ' ') && /\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d+$/.test(l)), c);
  assert.match(lines.at(-1)!, /^macro-F1: (0|1)\.\d{3}$/);
});

test('without gold stances only the predictions are printed', () => {
  const pairs = syntheticPairs().map((p) => ({ ...p, stance: null }));
  const { model } = trainStance(featurize(syntheticPairs()), { l2: 0.01, minCount: 1, balance: 1, iterations: 50 });
  const out = stanceReport(pairs, model);
  assert.ok(!out.includes('macro-F1'));
  assert.equal(out.trimEnd().split('\n').length, pairs.length + 1);
});

test('marsad stance --csv runs the shipped model and exits 1 on a missing file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-stance-'));
  const csv = join(dir, 'pairs.csv');
  writeFileSync(csv, 's1,s2,stance\nالوزارة أكدت انسحاب القوات,الوزارة نفت انسحاب القوات,disagree\nالقوات انسحبت من المدينة,انسحاب القوات من المدينة,agree\n');
  const env = { ...process.env, MARSAD_DIST: build };
  const ok = spawnSync(process.execPath, [marsad, 'stance', '--csv', csv], { encoding: 'utf8', env });
  assert.equal(ok.status, 0, ok.stderr);
  const lines = ok.stdout.trimEnd().split('\n');
  assert.match(lines[1]!, /^2\tdisagree\t/);
  assert.match(lines[2]!, /^3\tagree\t/);
  assert.equal(lines.at(-1), 'macro-F1: 1.000');
  const missing = spawnSync(process.execPath, [marsad, 'stance', '--csv', join(dir, 'none.csv')], { encoding: 'utf8', env });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read/);
});
