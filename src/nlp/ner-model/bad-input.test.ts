import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../doc/data-path.js';
import { Doc } from '../../doc/doc.js';
import { defaultKnowledge } from '../knowledge/load.js';
import { WeightTable } from '../perceptron/weight-table.js';
import { HashIndex } from '../pos/hash.js';
import { createPosTagger } from '../pos/index.js';
import { compileModel, DEFAULT_POS_MODEL, decodeModel, type PosModelData } from '../pos/model.js';
import { sentences } from '../sentences/index.js';
import { tokenize } from '../tokens/index.js';
import { compileNerModel, type NerModelData } from './model.js';
import { tagDocument } from './tagger.js';
import { type TrainSentence, trainNer } from './train.js';

/**
 * Issue 5, bad input: text that is empty, huge, or not English words goes through tokens,
 * sentences, POS and NER without an error, and the work stays linear in the text: every weight
 * lookup is counted (not timed) and must grow no faster than the tokens do.
 */

const kb = defaultKnowledge();

class CountingTable extends WeightTable {
  lookups = 0;
  override addTo(hash: number, scores: Int32Array, at: number): void {
    this.lookups++;
    super.addTo(hash, scores, at);
  }
  override addToFloat(hash: number, scores: Float64Array, at: number): void {
    this.lookups++;
    super.addToFloat(hash, scores, at);
  }
}

class CountingIndex extends HashIndex {
  lookups = 0;
  override get(key: number): number {
    this.lookups++;
    return super.get(key);
  }
}

const counting = (data: PosModelData) => ({
  table: new CountingTable(data.features, data.counts, data.entryTags, data.weights),
  index: new CountingIndex(data.features),
});

/** Fresh models (their caches start empty) whose lookups are counted. */
function models() {
  const posData = decodeModel(readFileSync(dataPath(DEFAULT_POS_MODEL)));
  const pos = counting(posData);
  const nerData: NerModelData = trainNer([TRAIN], kb, {
    types: ['PER', 'ORG', 'LOC', 'MISC'],
    iterations: 3,
    seed: 5,
    trainedOn: ['table'],
  });
  const ner = counting(nerData);
  return {
    pos: { ...compileModel(posData), weightTable: pos.table, features: pos.index },
    ner: { ...compileNerModel(nerData), weightTable: ner.table, features: ner.index },
    lookups: () => pos.table.lookups + pos.index.lookups + ner.table.lookups + ner.index.lookups,
  };
}

const TRAIN: TrainSentence[] = [
  {
    words: 'Anna Berg met Tom Weil in Oslo .'.split(' '),
    pos: new Uint8Array(8),
    spans: [
      { from: 0, to: 2, type: 'PER' },
      { from: 6, to: 7, type: 'LOC' },
    ],
  },
  { words: 'they said nothing .'.split(' '), pos: new Uint8Array(4), spans: [] },
];

type Models = ReturnType<typeof models>;

/** Tokens, sentences, POS and NER over `text`; returns the token count and the spans found. */
function analyse(text: string, m: Models) {
  const doc = new Doc(text);
  tokenize(doc);
  sentences.run(doc);
  createPosTagger(m.pos).run(doc);
  const inputs = doc.sentences.map((s) => {
    const words: string[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) words.push(doc.tokenText(i));
    return { words, pos: doc.pos.subarray(s.firstToken, s.endToken) };
  });
  const spans = tagDocument(m.ner, inputs, kb);
  return { tokens: doc.tokens.length, spans: spans.flat().length };
}

/** `count` words without punctuation, all different, some capitalised. */
function distinctWords(count: number, from = 0): string {
  const words: string[] = [];
  for (let i = from; i < from + count; i++) {
    const word = `w${i.toString(36)}x`;
    words.push(i % 5 === 0 ? `Q${word}` : word);
  }
  return words.join(' ');
}

describe('issue 5: bad input through tokens, POS and NER', () => {
  it('takes empty and blank text', () => {
    const m = models();
    expect(analyse('', m)).toEqual({ tokens: 0, spans: 0 });
    expect(analyse(' \n\t\u00a0 ', m)).toEqual({ tokens: 0, spans: 0 });
  });

  it('takes emoji, control characters and mixed scripts', () => {
    const m = models();
    const text =
      'Anna 👋🏽 Berg \u0000\u0007\u001b[31m met Путин в Москве، مرحبا 東京で 🇺🇦🇺🇦 \uFEFF\u200B e\u0301 ' +
      '\uD800 lone surrogate 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 in Oslo';
    const { tokens } = analyse(text, m);
    expect(tokens).toBeGreaterThan(20);
  });

  it('takes one 5 MB sentence without punctuation', () => {
    const m = models();
    const vocabulary = distinctWords(2000).split(' ');
    const words: string[] = [];
    let length = 0;
    for (let i = 0; length < 5_000_000; i++) {
      const word = vocabulary[(i * 7919) % vocabulary.length] as string;
      words.push(word);
      length += word.length + 1;
    }
    const { tokens } = analyse(words.join(' '), m);
    expect(tokens).toBe(words.length);
    expect(m.lookups() / tokens).toBeLessThan(16); // forms repeat: their scores are cached
  }, 120_000);

  it('does work linear in the text: weight lookups per token stay bounded', () => {
    const small = models();
    const large = models();
    const a = analyse(distinctWords(20_000), small);
    const b = analyse(distinctWords(40_000, 20_000), large);
    expect(b.tokens).toBe(2 * a.tokens);
    expect(small.lookups() / a.tokens).toBeLessThan(80);
    expect(large.lookups() / b.tokens).toBeLessThan(80);
    expect(large.lookups() / small.lookups()).toBeLessThan(2.1);
  });
});
