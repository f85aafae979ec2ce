import { describe, expect, it } from 'vitest';
import { random } from '../perceptron/index.js';
import { allowedNext, type FeatureSource, mayEnd, viterbi, viterbiDense } from './decode.js';
import { allowed, transitionTable } from './labels.js';

/** Scores as features: static hash `1000 + i`, label hash `i * 100 + prev + 1`. */
function problem(length: number, n: number, seed: number) {
  const next = random(seed);
  const table = new Map<number, Float64Array>();
  const row = () => Float64Array.from({ length: n }, () => Math.round(next() * 20 - 10));
  for (let i = 0; i < length; i++) {
    table.set(1000 + i, row());
    for (let prev = -1; prev < n; prev++) table.set(i * 100 + prev + 1, row());
  }
  const add = (f: number, scores: Float64Array) => {
    const w = table.get(f);
    if (w) for (let t = 0; t < n; t++) scores[t] = (scores[t] as number) + (w[t] as number);
  };
  const source: FeatureSource = {
    statics: (i) => Uint32Array.of(1000 + i),
    addLabels: (i, prev, scores) => add(i * 100 + prev + 1, scores),
  };
  const score = (labels: number[]) =>
    labels.reduce((sum, t, i) => {
      const prev = i === 0 ? -1 : (labels[i - 1] as number);
      const a = table.get(1000 + i) as Float64Array;
      const b = table.get(i * 100 + prev + 1) as Float64Array;
      return sum + (a[t] as number) + (b[t] as number);
    }, 0);
  return { add, source, score };
}

/** Every label sequence the BILOU constraints allow, by enumeration. */
function bestByEnumeration(length: number, n: number, score: (l: number[]) => number): number {
  let best = Number.NEGATIVE_INFINITY;
  const walk = (labels: number[]) => {
    if (labels.length === length) {
      if (mayEnd(labels.at(-1) as number)) best = Math.max(best, score(labels));
      return;
    }
    for (let t = 0; t < n; t++) {
      if (allowed(labels.length === 0 ? -1 : (labels.at(-1) as number), t)) walk([...labels, t]);
    }
  };
  walk([]);
  return best;
}

describe('viterbi', () => {
  it.each([1, 2, 3])('finds the best allowed sequence (seed %i)', (seed) => {
    const n = 9; // O and BILOU of two types
    const length = 4;
    const { add, source, score } = problem(length, n, seed);
    const labels = viterbi(length, n, transitionTable(n), source, add);
    expect(score([...labels])).toBe(bestByEnumeration(length, n, score));
  });

  it('returns nothing for an empty sentence', () => {
    const { add, source } = problem(0, 5, 1);
    expect(viterbi(0, 5, transitionTable(5), source, add)).toHaveLength(0);
  });

  it.each([1, 2, 3, 4, 5, 6])(
    'gives the same labels, ties included, in dense form (seed %i)',
    (seed) => {
      const n = 17;
      const length = 12;
      const next = random(seed);
      const small = () => Math.round(next() * 4 - 2); // few values: many ties
      const statics = Float64Array.from({ length: length * n }, small);
      const pairs = Array.from({ length }, () => Float64Array.from({ length: (n + 1) * n }, small));
      const source: FeatureSource = {
        statics: (i) => Uint32Array.of(i),
        addLabels(i, prev, scores) {
          const row = pairs[i] as Float64Array;
          for (let t = 0; t < n; t++)
            scores[t] = (scores[t] as number) + (row[(prev + 1) * n + t] as number);
        },
      };
      const add = (i: number, scores: Float64Array) => {
        for (let t = 0; t < n; t++)
          scores[t] = (scores[t] as number) + (statics[i * n + t] as number);
      };
      const table = transitionTable(n);
      const dense = viterbiDense(
        length,
        n,
        allowedNext(table, n),
        statics,
        (i) => pairs[i] as Float64Array,
      );
      expect([...dense]).toEqual([...viterbi(length, n, table, source, add)]);
    },
  );
});
