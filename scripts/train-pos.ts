/**
 * `npm run train:pos [-- --shared <dir>] [--iterations N] [--seed N] [--shuffles N] [--directions 1|2]
 * [--out <file>]`: trains the UPOS tagger on the UD English EWT train split and writes
 * `data/models/pos.bin`; the dev split's accuracy is printed after each iteration (that is how
 * ITERATIONS was chosen). Deterministic: a fixed seed and iteration count give byte-identical
 * output. `--shuffles N` trains N models in different orders and writes their mean (`mixModels`);
 * `--directions 1` the left-to-right model alone, without the right-to-left one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { UPOS_TAGS } from '../src/doc/doc.js';
import { mixModels } from '../src/nlp/mix-models.js';
import { type ConlluSentence, readConllu } from '../src/nlp/pos/conllu.js';
import { compileModel, encodeModel, type PosModelData } from '../src/nlp/pos/model.js';
import { tagWords } from '../src/nlp/pos/tagger.js';
import { type TaggedSentence, trainBidirectional, trainPos } from '../src/nlp/pos/train.js';

/** Chosen on EWT dev (see data/models/README.md); changing it changes the committed weights. */
const ITERATIONS = 8;
/** 2: a right-to-left model beside the left-to-right one, their scores added (`tagInto`). */
const DIRECTIONS = 2;
/**
 * Models trained in different shuffles (seeds SEED, SEED + 1, …) and averaged (`mixModels`).
 * Mixing 5 or 10 gave no better dev than this seed's one shuffle (data/models/README.md).
 */
const SHUFFLES = 1;
const SEED = 20250509;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared/data' },
    iterations: { type: 'string' },
    seed: { type: 'string' },
    shuffles: { type: 'string' },
    directions: { type: 'string' },
    out: { type: 'string' },
  },
});
const shared = resolve(root, values.shared ?? '../shared/data');
const ewt = (split: string) => join(shared, 'ud-english-ewt', `en_ewt-ud-${split}.conllu.gz`);
const tagged = (s: ConlluSentence): TaggedSentence => ({
  words: s.words.map((w) => w.form),
  tags: s.words.map((w) => w.upos),
});

let train: ConlluSentence[];
let dev: ConlluSentence[];
try {
  train = readConllu(ewt('train'));
  dev = readConllu(ewt('dev'));
} catch (error) {
  console.error(`NG_E005: ${ewt('train')}: cannot read input (${(error as Error).message})`);
  process.exit(2);
}

function devAccuracy(model: ReturnType<typeof compileModel>): number {
  let right = 0;
  let total = 0;
  for (const s of dev) {
    const tags = tagWords(
      model,
      s.words.map((w) => w.form),
    );
    s.words.forEach((w, i) => {
      total++;
      if (UPOS_TAGS[tags[i] as number] === w.upos) right++;
    });
  }
  return right / total;
}

const iterations = Number(values.iterations ?? ITERATIONS);
const shuffles = Number(values.shuffles ?? SHUFFLES);
const seed = Number(values.seed ?? SEED);
const directions = Number(values.directions ?? DIRECTIONS);
const trainSentences = train.map(tagged);
const percent = (accuracy: number) => `${(100 * accuracy).toFixed(3)}%`;
const started = performance.now();

/** Each shuffle's snapshot after each iteration, and its dev accuracy (kept only when mixing). */
const snapshots = Array.from({ length: iterations }, () => ({
  models: [] as PosModelData[],
  dev: [] as number[],
}));

function trainShuffle(k: number): PosModelData {
  return (directions === 2 ? trainBidirectional : trainPos)(trainSentences, {
    iterations,
    seed: seed + k,
    trainedOn: ['UD English EWT r2.16 train (CC BY-SA 4.0)'],
    onIteration(iteration, snapshot) {
      const model = snapshot();
      const accuracy = devAccuracy(compileModel(model));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const which = shuffles > 1 ? `shuffle ${k + 1}/${shuffles}, ` : '';
      const alone = model.backward
        ? ` (left to right alone ${percent(devAccuracy(compileModel({ ...model, backward: undefined })))})`
        : '';
      console.error(
        `${which}iteration ${iteration}: dev UPOS ${percent(accuracy)}${alone} (${seconds} s)`,
      );
      if (shuffles === 1) return;
      snapshots[iteration - 1]?.models.push(model);
      snapshots[iteration - 1]?.dev.push(accuracy);
    },
  });
}

/** Dev accuracy of the mixed model after each iteration, beside the single shuffles'. */
function reportMixed(): void {
  snapshots.forEach(({ models, dev: singles }, i) => {
    const mixed = devAccuracy(compileModel(mixModels(models)));
    const mean = singles.reduce((sum, a) => sum + a, 0) / singles.length;
    console.error(
      `iteration ${i + 1}: dev UPOS ${percent(mixed)} mixing ${shuffles} shuffles (single: mean ` +
        `${percent(mean)}, ${percent(Math.min(...singles))}–${percent(Math.max(...singles))})`,
    );
  });
}

const models = Array.from({ length: shuffles }, (_, k) => trainShuffle(k));
if (shuffles > 1) reportMixed();
const data = shuffles > 1 ? mixModels(models) : (models[0] as PosModelData);
const bytes = encodeModel(data);
const out = resolve(root, values.out ?? 'data/models/pos.bin');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.error(
  `wrote ${out}: ${data.features.length} features, ${data.weights.length} weights` +
    (data.backward
      ? ` (+ right to left ${data.backward.features.length}, ${data.backward.weights.length}), `
      : ', ') +
    `${data.lexKeys.length} lexicon entries, ${(bytes.length / 1e6).toFixed(2)} MB`,
);
