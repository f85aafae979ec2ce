import { describe, expect, it } from 'vitest';
import { defaultKnowledge } from '../knowledge/load.js';
import { compileNerModel } from './model.js';
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

describe('ner tagger, cached static scores and dense Viterbi', () => {
  const model = compileNerModel(
    trainNer([TRAIN], kb, {
      types: ['PER', 'ORG', 'LOC', 'MISC'],
      iterations: 4,
      seed: 3,
      trainedOn: ['t'],
    }),
  );

  it('labels exactly as the reference that feeds every feature to viterbi', () => {
    const memory = new DocMemory(INPUT);
    for (const s of INPUT) {
      const view = nerView(s, kb, memory.docCase, memory);
      const labels = labelSentence(model, view);
      expect([...labels]).toEqual([...labelSentenceReference(model, view)]);
      memory.remember(s.words, labels);
    }
  });

  it('labels the same with cold and warm caches', () => {
    const run = () => {
      const memory = new DocMemory(INPUT);
      return INPUT.map((s) => [...labelSentence(model, nerView(s, kb, memory.docCase, memory))]);
    };
    const warm = run();
    clearStaticCaches(model);
    expect(run()).toEqual(warm);
  });
});
