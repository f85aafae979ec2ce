/**
 * `npm run train:ner [-- --shared <dir>] [--iterations N] [--members <spec>] [--domains on|off] [--seed N] [--shuffles N] [--min-count N] [--history-dist on|off] [--update perceptron|pa] [--pa-c C] [--margin M] [--drop P] [--limit N] [--out <file>] [--snapshots <dir>]`:
 * trains the BILOU NER on the CoNLL-2003 and ner-worldwide train splits and writes
 * `data/models/ner.bin`. With DOMAINS (the default) every feature also has a copy per training
 * set (`domains.ts`), each member is folded into a CoNLL-2003 model and an ner-worldwide model,
 * and the file holds one model per set (the mean of the MEMBERS that serve it) and the classifier
 * that picks one per document (`domain-classifier.ts`): the averaged perceptron for CoNLL-2003, a
 * PA-I model with dropped features that also reads the neighbours' suffixes for ner-worldwide.
 * Without domains, the mean of the MEMBERS, each in units of its weights' root mean square
 * (`mixNerModels`). After each iteration it prints F1 on CoNLL-2003 testa and ner-worldwide dev
 * (that is how the iteration counts were chosen), and at the end that of the mix after each iteration.
 * Deterministic: the same input gives byte-identical output. `--members` replaces MEMBERS
 * (`seed=N,update=pa,c=C,drop=P,margin=M,ww=K,iterations=N,serves=conll|worldwide` per member, `;`
 * between members); `--seed`, `--shuffles`, `--update`, `--pa-c`, `--margin` and `--drop` train one
 * model of those settings (or `--shuffles N` of them, in document orders SEED, SEED + 1, …) instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SpanScorer } from '../src/eval/ner-score.js';
import { defaultKnowledge } from '../src/nlp/knowledge/load.js';
import { type NerDocument, readNer } from '../src/nlp/ner-model/conll.js';
import { trainDomainClassifier } from '../src/nlp/ner-model/domain-classifier.js';
import { foldDomain } from '../src/nlp/ner-model/domains.js';
import type { NerFeatureSet } from '../src/nlp/ner-model/features.js';
import {
  compileNerDomainModels,
  compileNerModel,
  encodeNerDomainModels,
  encodeNerModel,
  type NerDomainModels,
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
/**
 * Domain copies of every feature (`domains.ts`) and a model per training set's conventions, picked
 * per document by a classifier (`domain-classifier.ts`); see data/models/README.md.
 */
const DOMAINS = true;

/** One model of the mix written to `ner.bin`: its document order, training sets and update rule. */
interface Member {
  seed: number;
  learner: Learner;
  /** How many times each ner-worldwide training document is read per iteration (1 by default). */
  worldwide?: number;
  /** Whether the model reads its neighbours' 3-letter suffixes (true by default). */
  suffixes?: boolean;
  /** Its own iteration count (ITERATIONS by default). */
  iterations?: number;
  /** With `DOMAINS`: the one domain model it goes into (both by default; without domains, ignored). */
  serves?: keyof typeof DOMAIN_INDEX;
}
/**
 * Models trained apart: the perceptron without the neighbours' suffixes makes the CoNLL-2003
 * model, PA-I (C = 1, features dropped with P = 0.3, 11 iterations) with them the ner-worldwide
 * one. Without domains they are averaged (`mixNerModels`, each in units of its weights' root mean
 * square). See data/models/README.md.
 */
const MEMBERS: Member[] = [
  { seed: SEED, learner: PLAIN_PERCEPTRON, suffixes: false, serves: 'conll' },
  {
    seed: SEED,
    learner: { rule: 'pa', c: 1, margin: 0, drop: 0.3 },
    suffixes: true,
    iterations: 11,
    serves: 'worldwide',
  },
];
/** The domain models' indices (`withDomainCopies` numbers the copies from 1). */
const DOMAIN_INDEX = { conll: 0, worldwide: 1 } as const;
const serves = (member: Member, k: 0 | 1): boolean =>
  member.serves === undefined || DOMAIN_INDEX[member.serves] === k;

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
    domains: { type: 'string' },
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
const conll = withPos(read('ner-conll2003/eng.train.gz'));
const conllCount = conll.length;
const train = [...conll, ...worldwide];
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

/** `seed=N,update=pa|perceptron,c=C,drop=P,margin=M,ww=K,iterations=N,suffixes=on|off,serves=conll|worldwide` (unset keys: the defaults above). */
function parseMember(spec: string): Member {
  const member: Member = { seed: SEED, learner: { ...LEARNER } };
  for (const part of spec.split(',').filter(Boolean)) {
    const [key, value = ''] = part.split('=');
    if (key === 'seed') member.seed = Number(value);
    else if (key === 'update' && (value === 'pa' || value === 'perceptron'))
      member.learner.rule = value;
    else if (key === 'c') member.learner.c = Number(value);
    else if (key === 'ww') member.worldwide = Number(value);
    else if (key === 'iterations') member.iterations = Number(value);
    else if (key === 'suffixes' && (value === 'on' || value === 'off'))
      member.suffixes = value === 'on';
    else if (key === 'drop') member.learner.drop = Number(value);
    else if (key === 'serves' && (value === 'conll' || value === 'worldwide'))
      member.serves = value;
    else if (key === 'margin') member.learner.margin = Number(value);
    else {
      console.error(`NG_E005: --members: cannot read ${part}`);
      process.exit(2);
    }
  }
  return member;
}

const members = chosenMembers();
const useDomains =
  values.domains === undefined ? DOMAINS : values.domains === 'on' || values.domains === 'true';
/**
 * The domain of training document `i` (any member's: extra ner-worldwide reads come after CoNLL):
 * CoNLL-2003 0, ner-worldwide 1, as `DOMAIN_INDEX`; its feature copies are numbered one more
 * (`withDomainCopies` keeps 0 for no copies).
 */
const domainOfDoc = (i: number): 0 | 1 => (i < conllCount ? 0 : 1);
/** The domain classifier (`domain-classifier.ts`), trained on the same documents. */
const classifier = useDomains
  ? trainDomainClassifier(
      train.map((doc, i) => ({
        words: doc.flatMap((s) => s.words),
        domain: domainOfDoc(i),
      })),
      ['CoNLL-2003', 'ner-worldwide'],
      SEED,
    )
  : undefined;
function trainingDocs(member: Member): TrainSentence[][] {
  const extra = Array.from({ length: (member.worldwide ?? 1) - 1 }, () => worldwide).flat();
  return [...train, ...extra];
}
type Stored = NerModelData | NerDomainModels;
/** A member's iteration count: its own (`Member.iterations`) unless `--iterations` sets every member's. */
const iterationsOf = (member: Member): number =>
  values.iterations === undefined ? (member.iterations ?? iterations) : iterations;
const mixing: Stored[][] = Array.from({ length: Math.max(...members.map(iterationsOf)) }, () => []);

/** A trained member as it is stored: its two domain folds and the classifier, or the model as is. */
function storedForm(model: NerModelData): Stored {
  if (!classifier) return model;
  const fold = (k: 0 | 1) => foldDomain(model, k + 1, 2);
  return { classifier, models: [fold(0), fold(1)] };
}
const compileStored = (stored: Stored, featureSet?: NerFeatureSet): NerModel =>
  'classifier' in stored
    ? compileNerDomainModels(stored, featureSet)
    : compileNerModel(stored, featureSet);
const encodeStored = (stored: Stored): Buffer =>
  'classifier' in stored ? encodeNerDomainModels(stored) : encodeNerModel(stored);

/** The mean of stored members (`mixNerModels`), domain by domain. */
function mix(group: readonly Stored[]): Stored {
  const byDomain = group.filter((g): g is NerDomainModels => 'classifier' in g);
  if (byDomain.length === 0) return mixNerModels(group as NerModelData[]);
  const first = byDomain[0] as NerDomainModels;
  return { classifier: first.classifier, models: [mixDomain(byDomain, 0), mixDomain(byDomain, 1)] };
}

/** Domain `k`'s model: the mean of the members that serve it (`Member.serves`), or the one alone. */
function mixDomain(group: readonly NerDomainModels[], k: 0 | 1): NerModelData {
  const serving = group.filter((_, i) => serves(members[i] as Member, k));
  const chosen = (serving.length > 0 ? serving : group).map((g) => g.models[k]);
  return chosen.length === 1 ? (chosen[0] as NerModelData) : mixNerModels(chosen);
}

function trainMember(member: Member, k: number): Stored {
  const docs = trainingDocs(member);
  const featureSet = { neighbourSuffix: member.suffixes ?? true };
  console.error(`member ${k + 1}/${members.length}: ${JSON.stringify(member)}`);
  const data = trainNer(docs, kb, {
    types: NER_TYPES,
    iterations: iterationsOf(member),
    seed: member.seed,
    prune: PRUNE,
    minCount: Number(values['min-count'] ?? MIN_COUNT),
    historyDistribution,
    learner: member.learner,
    neighbourSuffix: featureSet.neighbourSuffix,
    domains: classifier && docs.map((_, i) => domainOfDoc(i) + 1),
    trainedOn: ['CoNLL-2003 eng.train (Reuters RCV1)', 'ner-worldwide train (Shan et al. 2023)'],
    onIteration(iteration, snapshot) {
      const model = storedForm(snapshot());
      // A snapshot at iteration k is byte-identical to a run with `--iterations k`.
      if (values.snapshots) {
        const name =
          members.length > 1 ? `ner-member${k + 1}-${iteration}.bin` : `ner-${iteration}.bin`;
        writeFileSync(join(values.snapshots, name), encodeStored(model));
      }
      const which = members.length > 1 ? `member ${k + 1}/${members.length}, ` : '';
      // The member alone is scored with the templates it is trained with; the mix with all.
      const scored = compileStored(model, featureSet);
      console.error(`${which}iteration ${iteration}: ${devF1(scored)} (${seconds()} s)`);
      if (members.length > 1) mixing[iteration - 1]?.push(model);
    },
  });
  return storedForm(data);
}

const models = members.map((m, k) => trainMember(m, k));
if (members.length > 1) {
  mixing.forEach((group, i) => {
    if (group.length < members.length) return;
    console.error(
      `iteration ${i + 1}, mixing ${members.length} members: ${devF1(compileStored(mix(group)))}`,
    );
  });
  for (let k = 2; k < members.length; k++) {
    const first = models.slice(0, k);
    console.error(`mixing the first ${k} members: ${devF1(compileStored(mix(first)))}`);
  }
}
const data = members.length > 1 ? mix(models) : (models[0] as Stored);
const bytes = encodeStored(data);
const out = resolve(root, values.out ?? 'data/models/ner.bin');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
const parts = 'classifier' in data ? data.models : [data];
const sizes = parts.map((m) => `${m.features.length} features, ${m.weights.length} weights`);
console.error(`wrote ${out}: ${sizes.join(' + ')}, ${(bytes.length / 1e6).toFixed(2)} MB`);
