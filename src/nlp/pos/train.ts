import { UPOS_TAGS } from '../../doc/doc.js';
import { averageWeights, random } from '../perceptron/index.js';
import {
  type Lexicon,
  MAX_FEATURES,
  staticFeatures,
  tagFeatures,
  viewSentence,
} from './features.js';
import { compileModel, lexiconKey, POS_MODEL_FORMAT, type PosModelData } from './model.js';
import { argmax } from './tagger.js';

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

export interface TrainOptions {
  /** Tag set, in id order; default UPOS. */
  tags?: readonly string[];
  iterations?: number;
  /** Seed of the shuffle before each iteration. */
  seed?: number;
  trainedOn?: string[];
  /**
   * A word joins the tag dictionary when seen this often with one tag this share of the time. Off by
   * default: on EWT dev even a strict dictionary (100, 0.995) cost 0.1–0.15 points.
   */
  dictionaryMinCount?: number;
  dictionaryMinShare?: number;
  /** A lowercase form gets an ambiguity class when seen this often. */
  classMinCount?: number;
  /** Folds for jackknifed ambiguity classes on the training data (1: none). */
  classFolds?: number;
  /** Called after each iteration with a function that builds the model averaged so far. */
  onIteration?: (iteration: number, snapshot: () => PosModelData) => void;
}

interface IdSentence {
  words: string[];
  gold: Int32Array;
}

function countBy(sentences: readonly IdSentence[], key: (w: string) => string, n: number) {
  const counts = new Map<string, Int32Array>();
  for (const s of sentences) {
    s.words.forEach((word, i) => {
      const k = key(word);
      const row = counts.get(k) ?? new Int32Array(n);
      counts.set(k, row);
      const t = s.gold[i] as number;
      row[t] = (row[t] as number) + 1;
    });
  }
  return counts;
}

/** Tags seen with a form at least 1% of the time, or 0 when the form is too rare. */
function ambiguityMask(row: Int32Array, o: TrainOptions): number {
  const total = row.reduce((a, b) => a + b, 0);
  if (total < (o.classMinCount ?? 1)) return 0;
  let mask = 0;
  row.forEach((c, t) => {
    if (c > 0 && c >= total * 0.01) mask |= 1 << t;
  });
  return mask;
}

/** Contiguous blocks, so that a document's repeated names stay within one fold. */
const foldOf = (k: number, count: number, folds: number) => Math.floor((k * folds) / count);

/**
 * Ambiguity classes for training sentence `k` come from the other folds' counts (jackknifing), so a
 * word seen once in training looks as unknown as it will at test time.
 */
function foldLexicons(sentences: readonly IdSentence[], n: number, o: TrainOptions, base: Lexicon) {
  const folds = o.classFolds ?? 10;
  const lower = (w: string) => w.toLowerCase();
  const total = countBy(sentences, lower, n);
  const perFold = Array.from({ length: folds }, (_, f) =>
    countBy(
      sentences.filter((_, k) => foldOf(k, sentences.length, folds) === f),
      lower,
      n,
    ),
  );
  return perFold.map((foldCounts): Lexicon => {
    const cache = new Map<string, number>();
    return {
      dictionaryTag: (word) => base.dictionaryTag(word),
      ambiguityClass(form) {
        let mask = cache.get(form);
        if (mask === undefined) {
          const all = total.get(form);
          const mine = foldCounts.get(form);
          const row = Int32Array.from(all ?? [], (c, t) => c - (mine?.[t] ?? 0));
          mask = all ? ambiguityMask(row, o) : 0;
          cache.set(form, mask);
        }
        return mask;
      },
    };
  });
}

/** Ambiguity classes and the tag dictionary, as sorted `lexiconKey` → value pairs. */
function buildLexicon(sentences: readonly IdSentence[], n: number, o: TrainOptions) {
  const entries = new Map<number, number>();
  for (const [lower, row] of countBy(sentences, (w) => w.toLowerCase(), n)) {
    const mask = ambiguityMask(row, o);
    if (mask !== 0) entries.set(lexiconKey('class', lower), mask);
  }
  for (const [word, row] of countBy(sentences, (w) => w, n)) {
    const total = row.reduce((a, b) => a + b, 0);
    const best = argmax(row, n);
    if (
      total >= (o.dictionaryMinCount ?? Number.POSITIVE_INFINITY) &&
      (row[best] as number) / total >= (o.dictionaryMinShare ?? 0.97)
    ) {
      entries.set(lexiconKey('dict', word), best + 1);
    }
  }
  const keys = Uint32Array.from([...entries.keys()].sort((a, b) => a - b));
  return { keys, values: Uint32Array.from(keys, (k) => entries.get(k) as number) };
}

/**
 * Averaged perceptron (Collins 2002) trained greedily left to right on predicted previous tags, as in
 * Honnibal's "A good part-of-speech tagger in about 200 lines of Python". Averages use Daumé's trick:
 * `avg = w - u / c`, where each update also adds `c × delta` to `u`.
 */
export function trainPos(input: readonly TaggedSentence[], options?: TrainOptions): PosModelData {
  const tags = [...(options?.tags ?? UPOS_TAGS)];
  const n = tags.length;
  const ids = new Map(tags.map((t, i) => [t, i]));
  const other = ids.get('X') ?? 0;
  const sentences: IdSentence[] = input.map((s) => ({
    words: s.words,
    gold: Int32Array.from(s.tags, (t) => ids.get(t) ?? other),
  }));
  const lex = buildLexicon(sentences, n, options ?? {});
  const meta = {
    format: POS_MODEL_FORMAT,
    tags,
    trainedOn: options?.trainedOn ?? [],
    iterations: options?.iterations ?? 6,
    scale: 1,
  };
  const empty = new Uint32Array(0);
  const lexicon = compileModel({
    meta,
    features: empty,
    counts: new Uint8Array(0),
    entryTags: new Uint8Array(0),
    weights: new Int16Array(0),
    lexKeys: lex.keys,
    lexValues: lex.values,
  }).lexicon;

  // Static features once per word: [start, end) of word i is offsets[i], offsets[i + 1].
  const folds =
    (options?.classFolds ?? 10) > 1
      ? foldLexicons(sentences, n, options ?? {}, lexicon)
      : [lexicon];
  const prepared = sentences.map((s, k) => {
    const view = viewSentence(s.words, folds[foldOf(k, sentences.length, folds.length)] as Lexicon);
    const buffer = new Uint32Array(s.words.length * MAX_FEATURES);
    const offsets = new Int32Array(s.words.length + 1);
    for (let i = 0; i < s.words.length; i++) {
      offsets[i + 1] = staticFeatures(view, i, buffer, offsets[i] as number);
    }
    const gold = s.gold;
    const dict = Int32Array.from(s.words, (w) => lexicon.dictionaryTag(w));
    return { view, buffer: buffer.slice(0, offsets[s.words.length]), offsets, gold, dict };
  });

  const weights = new Map<number, Float64Array>();
  const scores = new Float64Array(n);
  const dynamic = new Uint32Array(8);
  let c = 1;
  const addScores = (f: number) => {
    const w = weights.get(f);
    if (w) for (let t = 0; t < n; t++) (scores[t] as number) += w[t] as number;
  };
  const update = (f: number, truth: number, guess: number) => {
    const w = weights.get(f) ?? new Float64Array(2 * n);
    weights.set(f, w);
    w[truth] = (w[truth] as number) + 1;
    w[n + truth] = (w[n + truth] as number) + c;
    w[guess] = (w[guess] as number) - 1;
    w[n + guess] = (w[n + guess] as number) - c;
  };

  const order = prepared.map((_, i) => i);
  const next = random(options?.seed ?? 1);
  for (let iteration = 1; iteration <= meta.iterations; iteration++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const s = prepared[index] as (typeof prepared)[number];
      let prev = n;
      let prev2 = n + 1;
      for (let i = 0; i < s.gold.length; i++) {
        let guess = s.dict[i] as number;
        if (guess < 0) {
          const truth = s.gold[i] as number;
          const dn = tagFeatures(s.view, i, prev, prev2, dynamic, 0);
          scores.fill(0);
          const from = s.offsets[i] as number;
          const to = s.offsets[i + 1] as number;
          for (let k = from; k < to; k++) addScores(s.buffer[k] as number);
          for (let k = 0; k < dn; k++) addScores(dynamic[k] as number);
          guess = argmax(scores, n);
          if (guess !== truth) {
            for (let k = from; k < to; k++) update(s.buffer[k] as number, truth, guess);
            for (let k = 0; k < dn; k++) update(dynamic[k] as number, truth, guess);
          }
          c++;
        }
        prev2 = prev;
        prev = guess;
      }
    }
    options?.onIteration?.(iteration, () =>
      average(weights, c, n, { ...meta, iterations: iteration }, lex),
    );
  }
  return average(weights, c, n, meta, lex);
}

/** The sentences with their words (and tags) in reverse order, for the right-to-left model. */
export const reversed = (input: readonly TaggedSentence[]): TaggedSentence[] =>
  input.map((s) => ({ words: [...s.words].reverse(), tags: [...s.tags].reverse() }));

/**
 * A left-to-right model with a right-to-left one (`backward`) trained on the same sentences
 * reversed; `tagInto` adds their scores. Both have the same lexicon: it counts forms, not order.
 */
export function withBackward(forward: PosModelData, backward: PosModelData): PosModelData {
  const same = (a: Uint32Array, b: Uint32Array) =>
    a.length === b.length && a.every((v, i) => v === b[i]);
  if (!same(forward.lexKeys, backward.lexKeys) || !same(forward.lexValues, backward.lexValues)) {
    throw new Error('withBackward: the two models have different lexicons');
  }
  const { features, counts, entryTags, weights, meta } = backward;
  return { ...forward, backward: { features, counts, entryTags, weights, scale: meta.scale } };
}

/** `trainPos` both ways (`withBackward`); `onIteration` gets the pair after each iteration. */
export function trainBidirectional(
  input: readonly TaggedSentence[],
  options?: TrainOptions,
): PosModelData {
  const forwardSnapshots: PosModelData[] = [];
  const forward = trainPos(input, {
    ...options,
    onIteration: options?.onIteration && ((_, snapshot) => forwardSnapshots.push(snapshot())),
  });
  const backward = trainPos(reversed(input), {
    ...options,
    onIteration:
      options?.onIteration &&
      ((iteration, snapshot) =>
        options.onIteration?.(iteration, () =>
          withBackward(forwardSnapshots[iteration - 1] as PosModelData, snapshot()),
        )),
  });
  return withBackward(forward, backward);
}

/** Averages and quantises the weights (`../perceptron`) and attaches the lexicon. */
function average(
  weights: Map<number, Float64Array>,
  c: number,
  n: number,
  meta: PosModelData['meta'],
  lex: { keys: Uint32Array; values: Uint32Array },
): PosModelData {
  const { scale, features, counts, entryTags, weights: values } = averageWeights(weights, c, n);
  return {
    meta: { ...meta, scale },
    features,
    counts,
    entryTags,
    weights: values,
    lexKeys: lex.keys,
    lexValues: lex.values,
  };
}
