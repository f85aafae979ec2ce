import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { sentences } from '../sentences/index.js';
import { tokenize } from '../tokens/index.js';
import { loadPosModel } from './model.js';
import { tagInto, tagIntoReference } from './tagger.js';
import { clearScoreCache, scoreCache, WORD_CACHE_LIMIT } from './word-scores.js';

const model = loadPosModel();

/** Sentences of the sample article plus edge cases: one and two words, markers, odd characters. */
function sampleSentences(): string[][] {
  const text = readFileSync(
    new URL('../../../samples/kenya-ethiopia-trade.txt', import.meta.url),
    'utf8',
  );
  const doc = new Doc(text);
  tokenize(doc);
  sentences.run(doc);
  const fromText = doc.sentences.map((s) => {
    const words: string[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) words.push(doc.tokenText(i));
    return words;
  });
  return [
    ...fromText,
    ['Yes'],
    ['No', '.'],
    ['-START-', '-END-', '-END2-', '-START2-'],
    ['1999', '3.5', '21st', 'U.S.', 'e-mail', '😀', '\u0007', 'Путин', '北京', 'said'],
    ['THE', 'PRIME', 'MINISTER', 'SAID', 'ON', 'MONDAY'],
  ];
}

function tags(tag: typeof tagInto, words: readonly string[]): number[] {
  const out = new Uint8Array(words.length);
  tag(model, words, out);
  return [...out];
}

describe('pos tagger, cached word scores', () => {
  it('tags exactly as the reference that hashes every feature', () => {
    for (const words of sampleSentences()) {
      expect(tags(tagInto, words)).toEqual(tags(tagIntoReference, words));
    }
  });

  it('tags the same with a cold cache and a warm one', () => {
    const all = sampleSentences();
    const warm = all.map((w) => tags(tagInto, w));
    clearScoreCache(scoreCache(model));
    expect(all.map((w) => tags(tagInto, w))).toEqual(warm);
  });

  it('keeps at most WORD_CACHE_LIMIT forms', () => {
    for (let i = 0; i <= WORD_CACHE_LIMIT + 10; i += 1000) tags(tagInto, [`w${i}`, 'x']);
    expect(scoreCache(model).words.size).toBeLessThanOrEqual(WORD_CACHE_LIMIT);
  });
});
