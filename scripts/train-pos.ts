/**
 * `npm run train:pos [-- --shared <dir>] [--iterations N] [--out <file>]`: trains the UPOS tagger on
 * the UD English EWT train split and writes `data/models/pos.bin`; the dev split's accuracy is
 * printed after each iteration (that is how ITERATIONS was chosen). Deterministic: a fixed seed
 * and iteration count give byte-identical output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { UPOS_TAGS } from '../src/doc/doc.js';
import { type ConlluSentence, readConllu } from '../src/nlp/pos/conllu.js';
import { compileModel, encodeModel } from '../src/nlp/pos/model.js';
import { tagWords } from '../src/nlp/pos/tagger.js';
import { type TaggedSentence, trainPos } from '../src/nlp/pos/train.js';

/** Chosen on EWT dev (see data/models/README.md); changing it changes the committed weights. */
const ITERATIONS = 7;
const SEED = 20250509;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared/data' },
    iterations: { type: 'string' },
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

const started = performance.now();
const data = trainPos(train.map(tagged), {
  iterations: Number(values.iterations ?? ITERATIONS),
  seed: SEED,
  trainedOn: ['UD English EWT r2.16 train (CC BY-SA 4.0)'],
  onIteration(iteration, snapshot) {
    const accuracy = devAccuracy(compileModel(snapshot()));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      `iteration ${iteration}: dev UPOS ${(100 * accuracy).toFixed(2)}% (${seconds} s)`,
    );
  },
});
const bytes = encodeModel(data);
const out = resolve(root, values.out ?? 'data/models/pos.bin');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.error(
  `wrote ${out}: ${data.features.length} features, ${data.weights.length} weights, ` +
    `${data.lexKeys.length} lexicon entries, ${(bytes.length / 1e6).toFixed(2)} MB`,
);
