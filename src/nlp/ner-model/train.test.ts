import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultKnowledge } from '../knowledge/load.js';
import { mixModels } from '../mix-models.js';
import { decodeModel } from '../pos/model.js';
import { useClusters } from './clusters.js';
import { compileNerModel, encodeNerModel, NER_MODEL_FORMAT } from './model.js';
import { tagDocument } from './tagger.js';
import { mixNerModels, type TrainSentence, trainNer } from './train.js';

const kb = defaultKnowledge();

/** A tiny hand-labelled set: spans as [from, to, type]. */
const TABLE: [string, [number, number, string][]][] = [
  [
    'Anna Berg met Tom Weil in Oslo .',
    [
      [0, 2, 'PER'],
      [3, 5, 'PER'],
      [6, 7, 'LOC'],
    ],
  ],
  [
    'Acme Corp hired Anna Berg .',
    [
      [0, 2, 'ORG'],
      [3, 5, 'PER'],
    ],
  ],
  [
    'Tom Weil flew to Lima .',
    [
      [0, 2, 'PER'],
      [4, 5, 'LOC'],
    ],
  ],
  [
    'The Acme Corp office in Lima closed .',
    [
      [1, 3, 'ORG'],
      [5, 6, 'LOC'],
    ],
  ],
  [
    'Norwegian officials praised Acme Corp .',
    [
      [0, 1, 'MISC'],
      [3, 5, 'ORG'],
    ],
  ],
  ['they said nothing .', []],
  // Sentences without names, so the first-word features of a 5-iteration model lean to O (the
  // neighbours' suffix features give `-START-` a third feature beside its word and shape).
  ['nobody flew .', []],
  ['42 people flew .', []],
];

const sentences: TrainSentence[] = TABLE.map(([text, spans]) => {
  const words = text.split(' ');
  return {
    words,
    pos: new Uint8Array(words.length),
    spans: spans.map(([from, to, type]) => ({ from, to, type })),
  };
});

describe('ner training', () => {
  // The tiny table's expectations do not depend on the committed word clusters.
  beforeAll(() => useClusters(new Map()));
  afterAll(() => useClusters(undefined));
  const options = {
    types: ['PER', 'ORG', 'LOC', 'MISC'],
    iterations: 5,
    seed: 7,
    trainedOn: ['table'],
  };

  it('learns a small table well enough to tag it back', () => {
    const model = compileNerModel(trainNer([sentences], kb, options));
    const found = tagDocument(model, sentences, kb);
    expect(found).toEqual(sentences.map((s) => s.spans));
  });

  it('learns the table with the passive-aggressive update, cost-augmented and with features dropped', () => {
    const learner = { rule: 'pa', c: 1, margin: 1, drop: 0.1 } as const;
    const data = trainNer([sentences], kb, { ...options, learner });
    expect(tagDocument(compileNerModel(data), sentences, kb)).toEqual(
      sentences.map((s) => s.spans),
    );
    const again = trainNer([sentences], kb, { ...options, learner });
    expect(encodeNerModel(again).equals(encodeNerModel(data))).toBe(true);
  });

  it('is deterministic and round-trips through the stored format', () => {
    const a = encodeNerModel(trainNer([sentences], kb, options));
    const b = encodeNerModel(trainNer([sentences], kb, options));
    expect(a.equals(b)).toBe(true);
    const data = decodeModel(a, 'test', NER_MODEL_FORMAT);
    expect(data.meta.tags[0]).toBe('O');
    expect(data.meta.tags).toHaveLength(17);
    expect(() => decodeModel(a, 'test')).toThrow(/NG_E008|format/);
  });

  it('leaves features seen in fewer words than minCount without weights', () => {
    const all = trainNer([sentences], kb, options);
    const pruned = trainNer([sentences], kb, { ...options, minCount: 2 });
    expect(pruned.features.length).toBeLessThan(all.features.length);
    expect(trainNer([sentences], kb, { ...options, minCount: 1 }).features).toEqual(all.features);
  });

  it('tags empty sentences and text without letters', () => {
    const model = compileNerModel(trainNer([sentences], kb, options));
    const inputs = [[], ['😀', '\u0007', '…'], ['Привет', 'مرحبا', 'Oslo']].map((words) => ({
      words,
      pos: new Uint8Array(words.length),
    }));
    const found = tagDocument(model, inputs, kb);
    expect(found[0]).toEqual([]);
    expect(found[1]).toEqual([]);
  });

  it("mixes models in units of their weights' root mean square, whatever their step size", () => {
    const a = trainNer([sentences], kb, options);
    // The same weights negated, at a thousandth of the size (as PA's small steps give).
    const b = {
      ...a,
      weights: a.weights.map((w) => -w),
      meta: { ...a.meta, scale: a.meta.scale * 1000 },
    };
    const size = (m: typeof a) =>
      Math.max(...Array.from(m.weights, (w) => Math.abs(w / m.meta.scale)));
    // In units of a's own: the two cancel out in the mix, where a plain mean keeps half of a.
    const unit = size(a);
    expect(size(mixNerModels([a, b]))).toBeLessThan(1e-9 * unit);
    expect(size(mixModels([a, b]))).toBeCloseTo(unit / 2, 2);
    const twice = mixNerModels([a, a]);
    expect(tagDocument(compileNerModel(twice), sentences, kb)).toEqual(
      sentences.map((s) => s.spans),
    );
  });

  it("trains without the neighbours' suffixes when told, leaving later training unchanged", () => {
    const before = encodeNerModel(trainNer([sentences], kb, options));
    const without = trainNer([sentences], kb, { ...options, neighbourSuffix: false });
    const withThem = trainNer([sentences], kb, options);
    expect(without.features.length).toBeLessThan(withThem.features.length);
    expect(encodeNerModel(withThem).equals(before)).toBe(true);
    // A stored model does not say: it, and a mix of the two, is tagged with them.
    expect(compileNerModel(mixNerModels([without, withThem])).neighbourSuffix).toBe(true);
    expect(compileNerModel(without).neighbourSuffix).toBe(true);
  });
});
