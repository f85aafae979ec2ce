import { type PerceptronWeights, random } from '../perceptron/index.js';
import type { FeatureSource, WordFeatures } from './decode.js';
import { LABEL_FEATURES } from './features.js';

/**
 * How `trainNer` learns from a sentence it decoded wrongly. `perceptron` is Collins' update (every
 * differing feature moves by 1); `pa` is the passive-aggressive PA-I step (1-best MIRA): the same
 * direction scaled by `tau = min(c, (loss + score(guess) - score(gold)) / ||phi(gold) - phi(guess)||²)`,
 * `loss` being `margin` (or 1) per wrong label. `margin` > 0 also adds it to every non-gold label
 * while decoding in training (cost-augmented decoding, so training asks for that margin). `drop`
 * leaves out each static feature of a word with that probability, anew every time the word is
 * decoded (seeded), in decoding and update alike. Training only: the stored model is the same kind.
 */
export interface Learner {
  rule: 'perceptron' | 'pa';
  /** PA-I's cap on the step (`rule: 'pa'`). */
  c: number;
  /** Cost per wrong label, added in decoding when > 0; PA's loss per wrong label (1 when 0). */
  margin: number;
  drop: number;
}

export const PLAIN_PERCEPTRON: Learner = { rule: 'perceptron', c: 1, margin: 0, drop: 0 };

/** Sparse `phi(gold) - phi(guess)`, keyed by `hash * n + label` (exact in a double: < 2^37). */
export type FeatureDelta = Map<number, number>;

/**
 * Every feature whose count differs between the gold and the guessed labels of one sentence, word
 * by word: `visit(hash, label, +1)` for gold's, `visit(hash, label, -1)` for the guess's (static
 * features of `frozen` left out), then `wordDone` after each word.
 */
export function walkDifferences(
  feats: readonly WordFeatures[],
  gold: Int32Array,
  guesses: Int32Array,
  frozen: ReadonlySet<number>,
  visit: (hash: number, label: number, sign: number) => void,
  wordDone?: () => void,
): void {
  for (let i = 0; i < gold.length; i++) {
    const truth = gold[i] as number;
    const guess = guesses[i] as number;
    const truthPrev = i === 0 ? -1 : (gold[i - 1] as number);
    const guessPrev = i === 0 ? -1 : (guesses[i - 1] as number);
    const f = feats[i] as WordFeatures;
    if (truth !== guess) {
      for (const h of f.statics) {
        if (frozen.has(h)) continue;
        visit(h, truth, 1);
        visit(h, guess, -1);
      }
    }
    if (truth !== guess || truthPrev !== guessPrev) {
      for (let k = 0; k < LABEL_FEATURES; k++) {
        visit(f.labels[(truthPrev + 1) * LABEL_FEATURES + k] as number, truth, 1);
        visit(f.labels[(guessPrev + 1) * LABEL_FEATURES + k] as number, guess, -1);
      }
    }
    wordDone?.();
  }
}

/** The feature difference between the gold and guessed label sequences of one sentence. */
export function featureDelta(
  feats: readonly WordFeatures[],
  gold: Int32Array,
  guesses: Int32Array,
  n: number,
  frozen: ReadonlySet<number>,
): FeatureDelta {
  const delta: FeatureDelta = new Map();
  walkDifferences(feats, gold, guesses, frozen, (h, t, d) => {
    const key = h * n + t;
    const v = (delta.get(key) ?? 0) + d;
    if (v === 0) delta.delete(key);
    else delta.set(key, v);
  });
  return delta;
}

/** PA-I step size; 0 when there is nothing to move. */
export function paStep(loss: number, scoreGap: number, squaredNorm: number, c: number): number {
  if (squaredNorm <= 0) return 0;
  return Math.max(0, Math.min(c, (loss + scoreGap) / squaredNorm));
}

/**
 * Applies the PA-I update for one decoded sentence to the (unaveraged) weights, at the current
 * averaging counter; returns the step taken.
 */
export function passiveAggressiveUpdate(
  weights: PerceptronWeights,
  delta: FeatureDelta,
  loss: number,
  c: number,
): number {
  const n = weights.n;
  let gap = 0; // score(guess) - score(gold) under the current weights
  let squaredNorm = 0;
  for (const [key, d] of delta) {
    const t = key % n;
    const row = weights.rows.get((key - t) / n);
    if (row) gap -= d * (row[t] as number);
    squaredNorm += d * d;
  }
  const tau = paStep(loss, gap, squaredNorm, c);
  if (tau > 0) {
    for (const [key, d] of delta) {
      const t = key % n;
      weights.bump((key - t) / n, t, tau * d);
    }
  }
  return tau;
}

/** Labels that differ from gold. */
export function hammingLoss(gold: Int32Array, guesses: Int32Array): number {
  let wrong = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] !== guesses[i]) wrong++;
  return wrong;
}

/** `source` with `cost` added to every label but the gold one (cost-augmented decoding). */
export function costAugmented(
  source: FeatureSource,
  gold: Int32Array,
  cost: number,
): FeatureSource {
  return {
    statics: (i) => source.statics(i),
    addLabels(i, prev, scores) {
      source.addLabels(i, prev, scores);
      const truth = gold[i] as number;
      for (let t = 0; t < scores.length; t++) {
        if (t !== truth) scores[t] = (scores[t] as number) + cost;
      }
    },
  };
}

/** A seeded stream for feature dropping, apart from the shuffle's. */
export const dropStream = (seed: number): (() => number) => random((seed ^ 0x5bd1e995) >>> 0);

/** Each word's static features with each one left out with probability `p`. */
export function dropFeatures(
  feats: readonly WordFeatures[],
  p: number,
  next: () => number,
): WordFeatures[] {
  return feats.map((f) => ({ statics: f.statics.filter(() => next() >= p), labels: f.labels }));
}
