/**
 * `npm run train:ner [-- --shared <dir>] [--iterations N] [--seed N] [--shuffles N] [--min-count N] [--history-dist on|off] [--update perceptron|pa] [--pa-c C] [--margin M] [--drop P] [--limit N] [--out <file>] [--snapshots <dir>]`:
 * trains the BILOU averaged-perceptron NER on the CoNLL-2003 and ner-worldwide train splits and
 * writes `data/models/ner.bin`; after each iteration it prints F1 on CoNLL-2003 testa and
 * ner-worldwide dev (that is how ITERATIONS was chosen). Deterministic: a fixed seed and iteration
 * count give byte-identical output. `--shuffles N` trains N models in different document orders
 * (seeds SEED, SEED + 1, …) and writes their mean (`mixModels`, shared with the POS tagger).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SpanScorer } from '../src/eval/ner-score.js';
import { defaultKnowledge } from '../src/nlp/knowledge/load.js';
import { type NerDocument, readNer } from '../src/nlp/ner-model/conll.js';
import {
  compileNerModel,
  encodeNerModel,
  type NerModel,
  type NerModelData,
} from '../src/nlp/ner-model/model.js';
import { NER_TYPES, worldwideType } from '../src/nlp/ner-model/sets.js';
import { tagDocument } from '../src/nlp/ner-model/tagger.js';
import { type TrainSentence, trainNer } from '../src/nlp/ner-model/train.js';
import { type Learner, PLAIN_PERCEPTRON } from '../src/nlp/ner-model/update.js';
import { loadPosModel } from '../src/nlp/pos/model.js';
import { tagWords } from '../src/nlp/pos/tagger.js';
import { mixModels } from '../src/nlp/pos/train.js';

/** Chosen on the dev splits (see data/models/README.md); changing it changes the weights. */
const ITERATIONS = 10;
const SEED = 20251125;
/** Models trained in different shuffles and averaged (`mixModels`); see data/models/README.md. */
const SHUFFLES = 1;
const PRUNE = 0;
/** Static features seen in fewer training words than this get no weights. */
const MIN_COUNT = 1;
/**
 * Label-distribution history features (`trainNer`'s `historyDistribution`, stored as
 * `newsgraph-ner/2`): testa +0.47, worldwide dev +0.35 over seeds 20251125–27; see data/models/README.md.
 */
const HISTORY_DISTRIBUTION = true;
/** The update rule (`src/nlp/ner-model/update.ts`); see data/models/README.md for what was measured. */
const LEARNER: Learner = PLAIN_PERCEPTRON;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared/data' },
    iterations: { type: 'string' },
    limit: { type: 'string' },
    out: { type: 'string' },
    snapshots: { type: 'string' },
    seed: { type: 'string' },
    shuffles: { type: 'string' },
    'min-count': { type: 'string' },
    'history-dist': { type: 'string' },
    update: { type: 'string' },
    'pa-c': { type: 'string' },
    margin: { type: 'string' },
    drop: { type: 'string' },
  },
});
const shared = resolve(root, values.shared ?? '../shared/data');
const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;
const kb = defaultKnowledge();
const pos = loadPosModel();

function read(path: string, map?: (t: string) => string | null): NerDocument[] {
  try {
    return readNer(join(shared, path), map).slice(0, limit);
  } catch (error) {
    console.error(`NG_E005: ${path}: cannot read input (${(error as Error).message})`);
    process.exit(2);
  }
}
const withPos = (docs: NerDocument[]): TrainSentence[][] =>
  docs.map((d) => d.map((s) => ({ words: s.words, pos: tagWords(pos, s.words), spans: s.spans })));

const started = performance.now();
const train = [
  ...withPos(read('ner-conll2003/eng.train.gz')),
  ...withPos(read('ner-worldwide/worldwide.train.conll.gz', worldwideType)),
];
const devs = [
  { name: 'conll2003 testa', docs: withPos(read('ner-conll2003/eng.testa.gz')), types: NER_TYPES },
  {
    name: 'worldwide dev',
    docs: withPos(read('ner-worldwide/worldwide.dev.conll.gz', worldwideType)),
    types: ['PER', 'ORG', 'LOC'],
  },
];
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
console.error(`read and POS-tagged ${train.length} training documents (${seconds()} s)`);

function devF1(model: NerModel): string {
  return devs
    .map(({ name, docs, types }) => {
      const scorer = new SpanScorer(types);
      for (const doc of docs) {
        const predicted = tagDocument(model, doc, kb);
        doc.forEach((s, k) => {
          scorer.add(s.spans, predicted[k] ?? []);
        });
      }
      const rows = scorer.rows();
      const parts = rows.map((r) => `${r.type} ${(100 * r.f1).toFixed(2)}`);
      return `${name}: ${parts.join(', ')}`;
    })
    .join(' | ');
}

const iterations = Number(values.iterations ?? ITERATIONS);
const historyDistribution =
  values['history-dist'] === undefined ? HISTORY_DISTRIBUTION : values['history-dist'] === 'on';
const shuffles = Number(values.shuffles ?? SHUFFLES);
const seed = Number(values.seed ?? SEED);
if (values.update !== undefined && values.update !== 'pa' && values.update !== 'perceptron') {
  console.error(`NG_E005: --update ${values.update}: expected perceptron or pa`);
  process.exit(2);
}
const learner: Learner = {
  rule: values.update === undefined ? LEARNER.rule : values.update === 'pa' ? 'pa' : 'perceptron',
  c: Number(values['pa-c'] ?? LEARNER.c),
  margin: Number(values.margin ?? LEARNER.margin),
  drop: Number(values.drop ?? LEARNER.drop),
};
console.error(`learner: ${JSON.stringify(learner)}`);
const mixing: NerModelData[][] = Array.from({ length: iterations }, () => []);

function trainShuffle(k: number): NerModelData {
  return trainNer(train, kb, {
    types: NER_TYPES,
    iterations,
    seed: seed + k,
    prune: PRUNE,
    minCount: Number(values['min-count'] ?? MIN_COUNT),
    historyDistribution,
    learner,
    trainedOn: ['CoNLL-2003 eng.train (Reuters RCV1)', 'ner-worldwide train (Shan et al. 2023)'],
    onIteration(iteration, snapshot) {
      const model = snapshot();
      // A snapshot at iteration k is byte-identical to a run with `--iterations k`.
      if (values.snapshots) {
        const name = shuffles > 1 ? `ner-shuffle${k + 1}-${iteration}.bin` : `ner-${iteration}.bin`;
        writeFileSync(join(values.snapshots, name), encodeNerModel(model));
      }
      const which = shuffles > 1 ? `shuffle ${k + 1}/${shuffles}, ` : '';
      console.error(
        `${which}iteration ${iteration}: ${devF1(compileNerModel(model))} (${seconds()} s)`,
      );
      if (shuffles > 1) mixing[iteration - 1]?.push(model);
    },
  });
}

const models = Array.from({ length: shuffles }, (_, k) => trainShuffle(k));
if (shuffles > 1) {
  mixing.forEach((group, i) => {
    console.error(
      `iteration ${i + 1}, mixing ${shuffles} shuffles: ${devF1(compileNerModel(mixModels(group)))}`,
    );
  });
  for (let k = 2; k < shuffles; k++) {
    const first = models.slice(0, k);
    console.error(`mixing the first ${k} shuffles: ${devF1(compileNerModel(mixModels(first)))}`);
  }
}
const data = shuffles > 1 ? mixModels(models) : (models[0] as NerModelData);
const bytes = encodeNerModel(data);
const out = resolve(root, values.out ?? 'data/models/ner.bin');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.error(
  `wrote ${out}: ${data.features.length} features, ${data.weights.length} weights, ` +
    `${(bytes.length / 1e6).toFixed(2)} MB`,
);
