/**
 * `npm run train:ner [-- --shared <dir>] [--iterations N] [--members <spec>] [--seed N] [--shuffles N] [--min-count N] [--history-dist on|off] [--update perceptron|pa] [--pa-c C] [--margin M] [--drop P] [--limit N] [--out <file>] [--snapshots <dir>]`:
 * trains the BILOU NER on the CoNLL-2003 and ner-worldwide train splits and writes
 * `data/models/ner.bin`: the mean of the MEMBERS models (an averaged perceptron, and a PA-I model
 * with dropped features that also reads the neighbours' suffixes; same document order), each in
 * units of its weights' root mean square (`mixNerModels`). After each iteration it prints F1 on CoNLL-2003 testa and ner-worldwide dev
 * (that is how ITERATIONS was chosen), and at the end that of the mix after each iteration.
 * Deterministic: the same input gives byte-identical output. `--members` replaces MEMBERS
 * (`seed=N,update=pa,c=C,drop=P,margin=M,ww=K` per member, `;` between members); `--seed`,
 * `--shuffles`, `--update`, `--pa-c`, `--margin` and `--drop` train one model of those settings
 * (or `--shuffles N` of them, in document orders SEED, SEED + 1, …) instead.
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
import { mixNerModels, type TrainSentence, trainNer } from '../src/nlp/ner-model/train.js';
import { type Learner, PLAIN_PERCEPTRON } from '../src/nlp/ner-model/update.js';
import { loadPosModel } from '../src/nlp/pos/model.js';
import { tagWords } from '../src/nlp/pos/tagger.js';

/** Chosen on the dev splits (see data/models/README.md); changing it changes the weights. */
const ITERATIONS = 10;
const SEED = 20251125;
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

/** One model of the mix written to `ner.bin`: its document order, training sets and update rule. */
interface Member {
  seed: number;
  learner: Learner;
  /** How many times each ner-worldwide training document is read per iteration (1 by default). */
  worldwide?: number;
  /** Whether the model reads its neighbours' 3-letter suffixes (true by default). */
  suffixes?: boolean;
}
/**
 * Models trained apart and averaged into `ner.bin` (`mixNerModels`, each in units of its weights'
 * root mean square): the perceptron without the neighbours' suffixes and PA-I (C = 1, features
 * dropped with P = 0.15) with them; see data/models/README.md.
 */
const MEMBERS: Member[] = [
  { seed: SEED, learner: PLAIN_PERCEPTRON, suffixes: false },
  { seed: SEED, learner: { rule: 'pa', c: 1, margin: 0, drop: 0.15 }, suffixes: true },
];

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
    members: { type: 'string' },
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
const worldwide = withPos(read('ner-worldwide/worldwide.train.conll.gz', worldwideType));
const train = [...withPos(read('ner-conll2003/eng.train.gz')), ...worldwide];
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

/** Members from `--members`, or one member (or `--shuffles` of them) from the single options. */
function chosenMembers(): Member[] {
  if (values.members !== undefined) return values.members.split(';').map(parseMember);
  const single = ['seed', 'shuffles', 'update', 'pa-c', 'margin', 'drop'].some(
    (k) => values[k as keyof typeof values] !== undefined,
  );
  if (!single) return MEMBERS;
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
  const seed = Number(values.seed ?? SEED);
  return Array.from({ length: Number(values.shuffles ?? 1) }, (_, k) => ({
    seed: seed + k,
    learner,
  }));
}

/** `seed=N,update=pa|perceptron,c=C,drop=P,margin=M,ww=K,suffixes=on|off` (unset keys: the defaults above). */
function parseMember(spec: string): Member {
  const member: Member = { seed: SEED, learner: { ...LEARNER } };
  for (const part of spec.split(',').filter(Boolean)) {
    const [key, value = ''] = part.split('=');
    if (key === 'seed') member.seed = Number(value);
    else if (key === 'update' && (value === 'pa' || value === 'perceptron'))
      member.learner.rule = value;
    else if (key === 'c') member.learner.c = Number(value);
    else if (key === 'ww') member.worldwide = Number(value);
    else if (key === 'suffixes' && (value === 'on' || value === 'off'))
      member.suffixes = value === 'on';
    else if (key === 'drop') member.learner.drop = Number(value);
    else if (key === 'margin') member.learner.margin = Number(value);
    else {
      console.error(`NG_E005: --members: cannot read ${part}`);
      process.exit(2);
    }
  }
  return member;
}

const members = chosenMembers();
function trainingDocs(member: Member): TrainSentence[][] {
  const extra = Array.from({ length: (member.worldwide ?? 1) - 1 }, () => worldwide).flat();
  return [...train, ...extra];
}
const mixing: NerModelData[][] = Array.from({ length: iterations }, () => []);

function trainMember(member: Member, k: number): NerModelData {
  const docs = trainingDocs(member);
  const featureSet = { neighbourSuffix: member.suffixes ?? true };
  console.error(`member ${k + 1}/${members.length}: ${JSON.stringify(member)}`);
  return trainNer(docs, kb, {
    types: NER_TYPES,
    iterations,
    seed: member.seed,
    prune: PRUNE,
    minCount: Number(values['min-count'] ?? MIN_COUNT),
    historyDistribution,
    learner: member.learner,
    neighbourSuffix: featureSet.neighbourSuffix,
    trainedOn: ['CoNLL-2003 eng.train (Reuters RCV1)', 'ner-worldwide train (Shan et al. 2023)'],
    onIteration(iteration, snapshot) {
      const model = snapshot();
      // A snapshot at iteration k is byte-identical to a run with `--iterations k`.
      if (values.snapshots) {
        const name =
          members.length > 1 ? `ner-member${k + 1}-${iteration}.bin` : `ner-${iteration}.bin`;
        writeFileSync(join(values.snapshots, name), encodeNerModel(model));
      }
      const which = members.length > 1 ? `member ${k + 1}/${members.length}, ` : '';
      // The member alone is scored with the templates it is trained with; the mix with all.
      const scored = compileNerModel(model, featureSet);
      console.error(`${which}iteration ${iteration}: ${devF1(scored)} (${seconds()} s)`);
      if (members.length > 1) mixing[iteration - 1]?.push(model);
    },
  });
}

const mix = mixNerModels;

const models = members.map((m, k) => trainMember(m, k));
if (members.length > 1) {
  mixing.forEach((group, i) => {
    console.error(
      `iteration ${i + 1}, mixing ${members.length} members: ${devF1(compileNerModel(mix(group)))}`,
    );
  });
  for (let k = 2; k < members.length; k++) {
    const first = models.slice(0, k);
    console.error(`mixing the first ${k} members: ${devF1(compileNerModel(mix(first)))}`);
  }
}
const data = members.length > 1 ? mix(models) : (models[0] as NerModelData);
const bytes = encodeNerModel(data);
const out = resolve(root, values.out ?? 'data/models/ner.bin');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.error(
  `wrote ${out}: ${data.features.length} features, ${data.weights.length} weights, ` +
    `${(bytes.length / 1e6).toFixed(2)} MB`,
);
