import { describe, expect, it } from 'vitest';
import { defaultKnowledge } from '../knowledge/load.js';
import { compileNerModel, type NerModel } from './model.js';
import { clearStaticCaches } from './static-scores.js';
import { DocMemory, labelSentence, labelSentenceReference, nerView } from './tagger.js';
import { type TrainSentence, trainNer } from './train.js';

const kb = defaultKnowledge();

const text = (s: string): TrainSentence => {
  const words = s.split(' ');
  return { words, pos: Uint8Array.from(words, (_, i) => (i * 7) % 17), spans: [] };
};
const span = (s: TrainSentence, from: number, to: number, type: string): TrainSentence => ({
  ...s,
  spans: [...s.spans, { from, to, type }],
});

const TRAIN: TrainSentence[] = [
  span(span(text('Anna Berg met Tom Weil in Oslo .'), 0, 2, 'PER'), 6, 7, 'LOC'),
  span(text('Acme Corp hired Anna Berg .'), 0, 2, 'ORG'),
  span(text('Russian officials praised Acme Corp in Moscow .'), 0, 1, 'MISC'),
  span(text('President Putin flew to Lima on Monday .'), 1, 2, 'PER'),
  text('they said nothing .'),
];

/** Running text, a headline in capitals, unseen words, odd characters, one and two words. */
const INPUT = [
  'Prime Minister Narendra Modi met Vladimir Putin in New Delhi on Monday .',
  'ACME CORP HIRES ANNA BERG',
  'Zorblax Qwinn of Frobnitz Ltd told the Oslo Times that Acme Corp had left .',
  'Anna Berg said 😀 \u0007 Москва 東京 مرحبا',
  'Oslo',
  'Berg .',
].map(text);

const train = (neighbourSuffix: boolean) =>
  trainNer([TRAIN], kb, {
    types: ['PER', 'ORG', 'LOC', 'MISC'],
    iterations: 4,
    seed: 3,
    trainedOn: ['t'],
    neighbourSuffix,
  });

/** Checks the fast labelling against the reference over `INPUT`, as one document. */
function expectSameAsReference(model: NerModel): void {
  const memory = new DocMemory(INPUT);
  for (const s of INPUT) {
    const view = nerView(s, kb, memory.docCase, memory, model);
    const labels = labelSentence(model, view);
    expect([...labels]).toEqual([...labelSentenceReference(model, view)]);
    memory.remember(s.words, labels);
  }
}

describe('ner tagger, cached static scores and dense Viterbi', () => {
  const model = compileNerModel(train(true));

  it('labels exactly as the reference that feeds every feature to viterbi', () => {
    expectSameAsReference(model);
  });

  it("labels as the reference for a model tagged without the neighbours' suffixes", () => {
    const without = { neighbourSuffix: false };
    expectSameAsReference(compileNerModel(train(false), without));
    expectSameAsReference(compileNerModel(train(true), without));
  });

  it('refuses a view made for another feature set', () => {
    const memory = new DocMemory(INPUT);
    const view = nerView(INPUT[0] as TrainSentence, kb, memory.docCase, memory, {
      neighbourSuffix: false,
    });
    expect(() => labelSentence(model, view)).toThrow(/feature set/);
  });

  it('labels the same with cold and warm caches', () => {
    const run = () => {
      const memory = new DocMemory(INPUT);
      return INPUT.map((s) => [
        ...labelSentence(model, nerView(s, kb, memory.docCase, memory, model)),
      ]);
    };
    const warm = run();
    clearStaticCaches(model);
    expect(run()).toEqual(warm);
  });
});
