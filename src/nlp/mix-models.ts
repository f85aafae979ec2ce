import { averageWeights } from './perceptron/index.js';
import type { PosModelData, PosWeights } from './pos/model.js';

/**
 * Averaging of models in the stored layout (`PosModelData`, which the NER shares), for both trainers.
 */

/**
 * The mean of models trained on the same data in different shuffles (parameter mixing, McDonald
 * et al. 2010), requantised: one shuffle's luck moves EWT dev by ±0.1 points, the mean of several
 * does not. The models must share tags and lexicon (the same training data); the first one's meta
 * and lexicon are kept. The NER mixes its members through it (`mixNerModels`).
 */
export function mixModels(models: readonly PosModelData[]): PosModelData {
  const first = models[0];
  if (!first) throw new Error('mixModels: no models');
  const n = first.meta.tags.length;
  const { scale, ...forward } = mixWeights(
    models.map((m) => ({ ...m, scale: m.meta.scale })),
    n,
  );
  const mixed: PosModelData = { ...first, ...forward, meta: { ...first.meta, scale } };
  const backwards = models.flatMap((m) => (m.backward ? [m.backward] : []));
  if (backwards.length === 0) return mixed;
  if (backwards.length !== models.length) throw new Error('mixModels: some models lack backward');
  return { ...mixed, backward: mixWeights(backwards, n) };
}

type ScaledWeights = PosWeights & { scale: number };

/** The mean of the models' weights, requantised (`averageWeights`). */
function mixWeights(models: readonly ScaledWeights[], n: number): ScaledWeights {
  // Rows in `averageWeights`' layout with nothing pending (`[n, 2n)` zero, c = 1): the mean as is.
  const means = new Map<number, Float64Array>();
  for (const model of models) {
    const share = 1 / (model.scale * models.length);
    let entry = 0;
    model.features.forEach((feature, f) => {
      let row = means.get(feature);
      if (!row) {
        row = new Float64Array(2 * n);
        means.set(feature, row);
      }
      for (const end = entry + (model.counts[f] as number); entry < end; entry++) {
        const tag = model.entryTags[entry] as number;
        row[tag] = (row[tag] as number) + (model.weights[entry] as number) * share;
      }
    });
  }
  const { scale, features, counts, entryTags, weights } = averageWeights(means, 1, n);
  return { scale, features, counts, entryTags, weights };
}
