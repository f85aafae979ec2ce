import { describe, expect, it } from 'vitest';
import { defaultKnowledge } from '../knowledge/load.js';
import { HISTORY_SLOTS } from './features.js';
import { HISTORY_LABELS, historyCodes } from './history.js';
import {
  compileNerModel,
  decodeNerModel,
  encodeNerModel,
  NER_MODEL_FORMAT,
  NER_MODEL_FORMAT_HISTORY,
} from './model.js';
import {
  DocMemory,
  labelSentence,
  labelSentenceReference,
  nerView,
  tagDocument,
} from './tagger.js';
import { type TrainSentence, trainNer } from './train.js';

const kb = defaultKnowledge();

const counts = (pairs: [number, number][]) => {
  const c = new Int32Array(HISTORY_LABELS);
  for (const [label, n] of pairs) c[label] = n;
  return c;
};

describe('extended prediction history codes', () => {
  it('gives nothing for an unseen form', () => {
    const out = new Uint8Array(HISTORY_SLOTS);
    historyCodes(counts([]), out, 0);
    expect([...out]).toEqual([0, 0, 0, 0, 0]);
  });

  it('codes the majority type, then the labels by frequency with their share', () => {
    const out = new Uint8Array(HISTORY_SLOTS);
    // U-LOC (12) twice, U-ORG (8) once: LOC (type 3) is the majority of 3+.
    historyCodes(
      counts([
        [12, 2],
        [8, 1],
      ]),
      out,
      0,
    );
    expect([...out]).toEqual([1 + 3 * 4 + 3, 1 + 12 * 4 + 2, 1 + 8 * 4 + 1, 0, 0]);
  });

  it('codes a form always outside spans as O', () => {
    const out = new Uint8Array(HISTORY_SLOTS);
    historyCodes(counts([[0, 1]]), out, 0);
    expect([...out]).toEqual([1 + 1, 1 + 3, 0, 0, 0]);
  });
});

describe('models with the label-distribution history', () => {
  const words = (text: string) => text.split(' ');
  const doc: TrainSentence[] = [
    [
      'Anna Berg met Tom Weil in Oslo .',
      [
        [0, 2, 'PER'],
        [3, 5, 'PER'],
        [6, 7, 'LOC'],
      ],
    ],
    [
      'Berg flew to Oslo .',
      [
        [0, 1, 'PER'],
        [3, 4, 'LOC'],
      ],
    ],
    [
      'Acme Corp hired Berg .',
      [
        [0, 2, 'ORG'],
        [3, 4, 'PER'],
      ],
    ],
  ].map(([text, spans]) => {
    const w = words(text as string);
    return {
      words: w,
      pos: new Uint8Array(w.length),
      spans: (spans as [number, number, string][]).map(([from, to, type]) => ({ from, to, type })),
    };
  });
  const options = {
    types: ['PER', 'ORG', 'LOC', 'MISC'],
    iterations: 3,
    seed: 5,
    trainedOn: ['t'],
  };

  it('stores the flag in the format, and the loader reads both formats', () => {
    const plain = decodeNerModel(encodeNerModel(trainNer([doc], kb, options)));
    const withHistory = decodeNerModel(
      encodeNerModel(trainNer([doc], kb, { ...options, historyDistribution: true })),
    );
    expect(plain.meta.format).toBe(NER_MODEL_FORMAT);
    expect(withHistory.meta.format).toBe(NER_MODEL_FORMAT_HISTORY);
    expect(compileNerModel(plain).historyDistribution).toBe(false);
    expect(compileNerModel(withHistory).historyDistribution).toBe(true);
  });

  it('feeds the history features to the tagger only for a model trained with them', () => {
    const model = compileNerModel(trainNer([doc], kb, { ...options, historyDistribution: true }));
    const memory = new DocMemory(doc, model.historyDistribution);
    memory.remember(doc[0]?.words ?? [], [1, 3, 0, 1, 3, 0, 12, 0]);
    const view = nerView(doc[1] as TrainSentence, kb, memory.docCase, memory, model);
    // Berg (L-PER before) and Oslo (U-LOC before) get codes; flew and to do not.
    expect(view.historyCodes[0]).toBe(1 + 1 * 4 + 1);
    expect(view.historyCodes[3 * HISTORY_SLOTS]).toBe(1 + 3 * 4 + 1);
    expect(view.historyCodes[HISTORY_SLOTS]).toBe(0);
    const off = new DocMemory(doc);
    off.remember(doc[0]?.words ?? [], [1, 3, 0, 1, 3, 0, 12, 0]);
    expect(
      nerView(doc[1] as TrainSentence, kb, off.docCase, off, model).historyCodes.every(
        (c) => c === 0,
      ),
    ).toBe(true);
    expect(tagDocument(model, doc, kb)).toHaveLength(3);
  });

  it('labels as the reference decoder with the history features on', () => {
    const model = compileNerModel(trainNer([doc], kb, { ...options, historyDistribution: true }));
    const memory = new DocMemory(doc, true);
    for (const s of [...doc, ...doc]) {
      const view = nerView(s, kb, memory.docCase, memory, model);
      const labels = labelSentence(model, view);
      expect([...labels]).toEqual([...labelSentenceReference(model, view)]);
      memory.remember(s.words, labels);
    }
  });
});
