import { describe, expect, it } from 'vitest';
import { Doc, UPOS_TAGS } from '../../doc/doc.js';
import { Pipeline } from '../../doc/pipeline.js';
import { mixModels } from '../mix-models.js';
import { sentences } from '../sentences/index.js';
import { tokenize } from '../tokens/index.js';
import { createPosTagger } from './index.js';
import { compileModel, decodeModel, encodeModel } from './model.js';
import { tagInto, tagIntoReference, tagWords } from './tagger.js';
import { type TaggedSentence, trainBidirectional, trainPos } from './train.js';

/** A handful of hand-tagged sentences: enough for a model that fits them. */
const TRAIN: TaggedSentence[] = [
  ['The minister met the envoy in Delhi .', 'DET NOUN VERB DET NOUN ADP PROPN PUNCT'],
  ['Russia signed a deal with India .', 'PROPN VERB DET NOUN ADP PROPN PUNCT'],
  ['They will sign the deal today .', 'PRON AUX VERB DET NOUN NOUN PUNCT'],
  ['The talks ended in Moscow on Monday .', 'DET NOUN VERB ADP PROPN ADP PROPN PUNCT'],
  ['She said the talks were useful .', 'PRON VERB DET NOUN AUX ADJ PUNCT'],
].map(([words, tags]) => ({
  words: (words as string).split(' '),
  tags: (tags as string).split(' '),
}));

const train = () => trainPos(TRAIN, { iterations: 5, seed: 7, trainedOn: ['test table'] });
const names = (ids: Uint8Array) => [...ids].map((id) => UPOS_TAGS[id]);

describe('pos tagger', () => {
  it('fits the sentences it was trained on', () => {
    const model = compileModel(train());
    for (const s of TRAIN) expect(names(tagWords(model, s.words))).toEqual(s.tags);
  });

  it('trains to byte-identical weights twice', () => {
    expect(encodeModel(train()).equals(encodeModel(train()))).toBe(true);
  });

  it('tags the same after encoding and decoding', () => {
    const data = train();
    const direct = compileModel(data);
    const decoded = compileModel(decodeModel(encodeModel(data)));
    expect(decoded.meta).toEqual(direct.meta);
    const words = 'The envoy met the minister in Moscow .'.split(' ');
    expect(names(tagWords(decoded, words))).toEqual(names(tagWords(direct, words)));
  });

  it('tags unseen words from their context and shape', () => {
    const model = compileModel(train());
    const tags = names(tagWords(model, 'The envoy signed a deal with Brazil .'.split(' ')));
    expect(tags[0]).toBe('DET');
    expect(tags.at(-1)).toBe('PUNCT');
  });

  it('tags nothing in an empty sentence', () => {
    expect(tagWords(compileModel(train()), []).length).toBe(0);
  });

  it('fills doc.pos per token as the pos component', () => {
    const pipeline = new Pipeline([
      { name: 'tokens', requires: [], assigns: ['tokens'], run: tokenize },
      sentences,
      createPosTagger(compileModel(train())),
    ]);
    const doc = pipeline.run(new Doc('The minister met the envoy in Delhi. Russia signed a deal.'));
    expect(doc.has('pos')).toBe(true);
    expect(doc.pos.length).toBe(doc.tokens.length);
    expect(names(doc.pos).slice(0, 8)).toEqual(TRAIN[0]?.tags);
  });

  it('mixes models of different shuffles into their mean, which still fits the sentences', () => {
    const a = train();
    const b = trainPos(TRAIN, { iterations: 5, seed: 8, trainedOn: ['test table'] });
    const alone = mixModels([a]);
    expect(alone.features).toEqual(a.features);
    expect(alone.weights).toEqual(a.weights);
    const mixed = mixModels([a, b]);
    expect(encodeModel(mixed).equals(encodeModel(mixModels([a, b])))).toBe(true);
    expect(mixed.features.length).toBeGreaterThanOrEqual(a.features.length);
    const model = compileModel(mixed);
    for (const s of TRAIN) expect(names(tagWords(model, s.words))).toEqual(s.tags);
  });

  it('trains a right-to-left model beside the left-to-right one, and tags with both', () => {
    const options = { iterations: 5, seed: 7, trainedOn: ['test table'] };
    const data = trainBidirectional(TRAIN, options);
    expect(data.backward).toBeDefined();
    // The forward half is the one-direction model as it was.
    expect(data.weights).toEqual(train().weights);
    const bytes = encodeModel(data);
    expect(bytes.equals(encodeModel(trainBidirectional(TRAIN, options)))).toBe(true);
    const decoded = decodeModel(bytes);
    expect(decoded.backward?.weights).toEqual(data.backward?.weights);
    expect(decoded.backward?.scale).toBe(data.backward?.scale);
    const model = compileModel(decoded);
    expect(model.backward).toBeDefined();
    for (const s of TRAIN) expect(names(tagWords(model, s.words))).toEqual(s.tags);
    const words = 'The envoy met the minister in Moscow on Monday .'.split(' ');
    const fast = new Uint8Array(words.length);
    const reference = new Uint8Array(words.length);
    tagInto(model, words, fast);
    tagIntoReference(model, words, reference);
    expect([...fast]).toEqual([...reference]);
  });

  it("adds the two directions' scores: the backward model alone can decide a tag", () => {
    const data = trainBidirectional(TRAIN, { iterations: 5, seed: 7 });
    const backwardOnly = trainPos(
      TRAIN.map((s) => ({ words: [...s.words].reverse(), tags: [...s.tags].reverse() })),
      { iterations: 5, seed: 7 },
    );
    // Forward weights zeroed: the pair tags as the right-to-left model does on reversed words.
    const silent = { ...data, weights: new Int16Array(data.weights.length) };
    const words = 'They signed the deal in Delhi .'.split(' ');
    const expected = [...tagWords(compileModel(backwardOnly), [...words].reverse())].reverse();
    expect([...tagWords(compileModel(silent), words)]).toEqual(expected);
  });

  it('mixes bidirectional models direction by direction', () => {
    const a = trainBidirectional(TRAIN, { iterations: 5, seed: 7 });
    const b = trainBidirectional(TRAIN, { iterations: 5, seed: 8 });
    const mixed = mixModels([a, b]);
    expect(mixed.backward).toBeDefined();
    expect(mixModels([a]).backward?.weights).toEqual(a.backward?.weights);
    const model = compileModel(mixed);
    for (const s of TRAIN) expect(names(tagWords(model, s.words))).toEqual(s.tags);
  });

  it('refuses to run before sentences exist', () => {
    expect(() => new Pipeline([createPosTagger(compileModel(train()))])).toThrow(/NG_E010/);
  });
});
