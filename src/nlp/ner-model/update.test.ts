import { describe, expect, it } from 'vitest';
import { PerceptronWeights } from '../perceptron/index.js';
import { precomputed, type WordFeatures } from './decode.js';
import { LABEL_FEATURES } from './features.js';
import {
  costAugmented,
  dropFeatures,
  featureDelta,
  hammingLoss,
  paStep,
  passiveAggressiveUpdate,
} from './update.js';

const N = 3;

/** One word with static features `statics` and label feature hashes 100 + 10 × (prev + 1) + k. */
function word(statics: number[]): WordFeatures {
  const labels = new Uint32Array((N + 1) * LABEL_FEATURES);
  for (let prev = -1; prev < N; prev++) {
    for (let k = 0; k < LABEL_FEATURES; k++) {
      labels[(prev + 1) * LABEL_FEATURES + k] = 100 + 10 * (prev + 1) + k;
    }
  }
  return { statics: Uint32Array.from(statics), labels };
}

describe('passive-aggressive update', () => {
  it('caps the step at C and never steps backwards', () => {
    expect(paStep(1, 0, 4, 1)).toBe(0.25);
    expect(paStep(10, 0, 4, 1)).toBe(1);
    expect(paStep(10, 0, 4, 0.1)).toBe(0.1);
    expect(paStep(1, -3, 4, 1)).toBe(0);
    expect(paStep(1, 0, 0, 1)).toBe(0);
  });

  it('moves weights by tau, not by 1', () => {
    const feats = [word([1, 2])];
    const gold = Int32Array.of(2);
    const guess = Int32Array.of(0);
    const delta = featureDelta(feats, gold, guess, N, new Set());
    // statics 1, 2 and the three start-of-sentence label features, each +1 for gold, -1 for guess
    expect(delta.size).toBe(10);
    const weights = new PerceptronWeights(N);
    const tau = passiveAggressiveUpdate(weights, delta, hammingLoss(gold, guess), 1);
    expect(tau).toBeCloseTo(1 / 10);
    expect(weights.rows.get(1)?.[2]).toBeCloseTo(0.1);
    expect(weights.rows.get(1)?.[0]).toBeCloseTo(-0.1);
    expect(weights.rows.get(100)?.[2]).toBeCloseTo(0.1);
    // a second step on the same mistake sees the margin the first one made: (1 - 1) / 10
    expect(passiveAggressiveUpdate(weights, delta, 1, 1)).toBeCloseTo(0);
  });

  it('leaves frozen static features out of the difference', () => {
    const delta = featureDelta([word([1, 2])], Int32Array.of(2), Int32Array.of(0), N, new Set([2]));
    expect(delta.size).toBe(8);
  });

  it('adds the cost to every label but the gold one', () => {
    const source = costAugmented(
      precomputed([word([])], () => {}),
      Int32Array.of(1),
      0.5,
    );
    const scores = new Float64Array(N);
    source.addLabels(0, -1, scores);
    expect([...scores]).toEqual([0.5, 0, 0.5]);
  });

  it('drops static features at the given rate, label features never', () => {
    let k = 0;
    const alternate = () => (k++ % 2 === 0 ? 0 : 0.9);
    const [f] = dropFeatures([word([1, 2, 3, 4])], 0.5, alternate);
    expect([...(f as WordFeatures).statics]).toEqual([2, 4]);
    expect((f as WordFeatures).labels).toHaveLength((N + 1) * LABEL_FEATURES);
  });
});
