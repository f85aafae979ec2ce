import type { Knowledge } from '../knowledge/types.js';
import { mixModels } from '../mix-models.js';
import { PerceptronWeights, random, shuffle } from '../perceptron/index.js';
import { precomputed, viterbi, type WordFeatures, wordFeatures } from './decode.js';
import { withDomainCopies } from './domains.js';
import { addDocCase, type NerFeatureSet, type NerView, viewSentence } from './features.js';
import { gazetteerView } from './gazetteer.js';
import { type EntitySpan, encodeBilou, labelNames, transitionTable } from './labels.js';
import { NER_MODEL_FORMAT, NER_MODEL_FORMAT_HISTORY, type NerModelData } from './model.js';
import { DocMemory } from './tagger.js';
import {
  costAugmented,
  dropFeatures,
  dropStream,
  featureDelta,
  hammingLoss,
  type Learner,
  PLAIN_PERCEPTRON,
  passiveAggressiveUpdate,
  walkDifferences,
} from './update.js';

/** A training sentence: words, their UPOS ids (predicted, as at run time) and gold spans. */
export interface TrainSentence {
  words: string[];
  pos: Uint8Array;
  spans: EntitySpan[];
}

export interface NerTrainOptions {
  types: readonly string[];
  iterations: number;
  seed: number;
  trainedOn: string[];
  /** Averaged weights smaller than this share of the largest are dropped (model size). */
  prune?: number;
  /** Static features seen in fewer training words than this are never updated (1 keeps all). */
  minCount?: number;
  /**
   * Features of the label distribution given earlier to the same form (`DocMemory`), stored as
   * `NER_MODEL_FORMAT_HISTORY`.
   */
  historyDistribution?: boolean;
  /** The update rule and its training-time regularisers (`update.ts`); the plain perceptron by default. */
  learner?: Learner;
  /** Whether the model reads its neighbours' suffixes (`F.NeighbourSuffix`); true by default. */
  neighbourSuffix?: boolean;
  /** Per document: its domain (1, 2, …) for `withDomainCopies`, or 0. */
  domains?: readonly number[];
  onIteration?: (iteration: number, snapshot: () => NerModelData) => void;
}

interface Prepared {
  view: NerView;
  gold: Int32Array;
}

/**
 * Structured averaged perceptron (Collins 2002) over BILOU labels with first-order Viterbi
 * decoding; updates where the decoded sequence departs from the gold one (by 1, or by the PA-I step of
 * `options.learner`, `update.ts`). Documents shuffled with a fixed seed and read in order, so the document memory
 * (`DocMemory`: case elsewhere, types given earlier) sees at training what it sees at run time.
 */
export function trainNer(
  docs: readonly (readonly TrainSentence[])[],
  kb: Knowledge,
  options: NerTrainOptions,
): NerModelData {
  const featureSet: NerFeatureSet = { neighbourSuffix: options.neighbourSuffix ?? true };
  const labels = labelNames(options.types);
  const n = labels.length;
  const transitions = transitionTable(n);
  const prepared: Prepared[][] = docs.map((doc) => {
    const docCase = new Map<string, number>();
    for (const s of doc) addDocCase(docCase, s.words);
    return doc.map((s) => {
      const lowers = s.words.map((w) => w.toLowerCase());
      const view = viewSentence(
        s.words,
        s.pos,
        gazetteerView(s.words, lowers, kb),
        docCase,
        new Uint8Array(s.words.length),
        featureSet,
      );
      return { view, gold: encodeBilou(s.spans, s.words.length, options.types) };
    });
  });
  const rare = rareFeatures(prepared, options.minCount ?? 1);
  const weights = new PerceptronWeights(n);
  const add = (f: number, scores: Float64Array) => weights.addScores(f, scores);
  const order = prepared.map((_, i) => i);
  const next = random(options.seed);
  const learner = options.learner ?? PLAIN_PERCEPTRON;
  const nextDrop = dropStream(options.seed);
  const meta = {
    format: options.historyDistribution ? NER_MODEL_FORMAT_HISTORY : NER_MODEL_FORMAT,
    tags: labels,
    trainedOn: options.trainedOn,
    iterations: options.iterations,
    scale: 1,
  };
  const build = (iterations: number): NerModelData => {
    const sparse = weights.average(options.prune ?? 0);
    const { scale, ...arrays } = sparse;
    return {
      meta: { ...meta, iterations, scale },
      ...arrays,
      lexKeys: new Uint32Array(0),
      lexValues: new Uint32Array(0),
    };
  };
  for (let iteration = 1; iteration <= options.iterations; iteration++) {
    shuffle(order, next);
    for (const d of order) {
      const doc = prepared[d] as Prepared[];
      const memory = new DocMemory([], options.historyDistribution);
      for (const { view, gold } of doc) {
        view.history.set(memory.historyOf(view.words));
        memory.historyCodesOf(view.words, view.historyCodes);
        const all = withDomainCopies(featuresOf(view, n), options.domains?.[d] ?? 0);
        const feats = learner.drop > 0 ? dropFeatures(all, learner.drop, nextDrop) : all;
        let source = precomputed(feats, add);
        if (learner.margin > 0) source = costAugmented(source, gold, learner.margin);
        const guesses = viterbi(gold.length, n, transitions, source, add);
        if (learner.rule === 'pa') {
          const loss = (learner.margin || 1) * hammingLoss(gold, guesses);
          if (loss > 0) {
            const delta = featureDelta(feats, gold, guesses, n, rare);
            passiveAggressiveUpdate(weights, delta, loss, learner.c);
          }
          weights.c += gold.length;
        } else perceptronUpdate(weights, feats, gold, guesses, rare);
        memory.remember(view.words, guesses);
      }
    }
    options.onIteration?.(iteration, () => build(iteration));
  }
  return build(options.iterations);
}

/** Collins' update, word by word, the averaging counter bumped once per word. */
function perceptronUpdate(
  weights: PerceptronWeights,
  feats: readonly WordFeatures[],
  gold: Int32Array,
  guesses: Int32Array,
  rare: ReadonlySet<number>,
): void {
  walkDifferences(
    feats,
    gold,
    guesses,
    rare,
    (h, t, d) => weights.bump(h, t, d),
    () => weights.c++,
  );
}

const featuresOf = (view: NerView, n: number): WordFeatures[] =>
  Array.from({ length: view.words.length }, (_, i) => wordFeatures(view, i, n));

/** Static feature hashes seen in fewer than `minCount` training words (without history features). */
function rareFeatures(prepared: readonly Prepared[][], minCount: number): Set<number> {
  const rare = new Set<number>();
  if (minCount <= 1) return rare;
  const counts = new Map<number, number>();
  for (const doc of prepared) {
    for (const { view } of doc) {
      for (const f of featuresOf(view, 0)) {
        for (const h of f.statics) counts.set(h, (counts.get(h) ?? 0) + 1);
      }
    }
  }
  for (const [h, count] of counts) if (count < minCount) rare.add(h);
  return rare;
}

/**
 * The mean of several models (`mixModels`) with each model's weights first put in units of their
 * root mean square, so that models trained with different update rules (the perceptron's steps of
 * 1, PA's steps of ~0.01) weigh alike.
 */
export function mixNerModels(models: readonly NerModelData[]): NerModelData {
  return mixModels(models.map(normalised));
}

function normalised(model: NerModelData): NerModelData {
  let sum = 0;
  for (const w of model.weights) sum += (w / model.meta.scale) ** 2;
  const rms = Math.sqrt(sum / Math.max(1, model.weights.length));
  return rms > 0 ? { ...model, meta: { ...model.meta, scale: model.meta.scale * rms } } : model;
}
