import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { tokenize } from '../tokens/index.js';
import { splitSentences } from './index.js';

function split(text: string): string[] {
  const doc = new Doc(text);
  tokenize(doc);
  splitSentences(doc);
  return doc.sentences.map((s) => doc.slice(s));
}

describe('splitSentences', () => {
  it.each([
    ['He left. She stayed.', ['He left.', 'She stayed.']],
    [
      'Gen. Smith met Mr. Jones in Kabul. Talks ended.',
      ['Gen. Smith met Mr. Jones in Kabul.', 'Talks ended.'],
    ],
    ['The U.S. Navy sailed on. It was late.', ['The U.S. Navy sailed on.', 'It was late.']],
    ['"We will win." The crowd cheered.', ['"We will win."', 'The crowd cheered.']],
    ['"We will win," he said. Then he left.', ['"We will win," he said.', 'Then he left.']],
    [
      'Troops withdraw from border\n\nThe army said on Monday.',
      ['Troops withdraw from border', 'The army said on Monday.'],
    ],
    ['Is it over? Nobody knows!', ['Is it over?', 'Nobody knows!']],
    [
      'Growth was 3.5 per cent in 2021. Prices rose.',
      ['Growth was 3.5 per cent in 2021.', 'Prices rose.'],
    ],
    ['He works for Acme Inc. The firm is big.', ['He works for Acme Inc.', 'The firm is big.']],
    ['Asked again, he said no. Then he left.', ['Asked again, he said no.', 'Then he left.']],
    [
      'It is No. 10 on the list. Nos. 3 and 4 fell.',
      ['It is No. 10 on the list.', 'Nos. 3 and 4 fell.'],
    ],
  ])('splits %j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    ['Mark Z. Barabak wrote it. Then he left.', ['Mark Z. Barabak wrote it.', 'Then he left.']],
    ['They met George H. W. Bush in Texas.', ['They met George H. W. Bush in Texas.']],
    ['The story was by John F. Kennedy.', ['The story was by John F. Kennedy.']],
    ['They chose Plan B. He left.', ['They chose Plan B.', 'He left.']],
    ['She got an A. Then she left.', ['She got an A.', 'Then she left.']],
    ['It was vitamin C. Officials agreed.', ['It was vitamin C.', 'Officials agreed.']],
    ['Biden spoke. A. B. Then rain.', ['Biden spoke.', 'A.', 'B.', 'Then rain.']],
  ])('issue 7: a middle initial is no sentence end, %j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('bounds a sentence without punctuation, so later stages do bounded work', () => {
    const text = 'word '.repeat(1_000_000);
    const doc = new Doc(text);
    tokenize(doc);
    splitSentences(doc);
    expect(doc.tokens.length).toBe(1_000_000);
    expect(Math.max(...doc.sentences.map((s) => s.endToken - s.firstToken))).toBeLessThanOrEqual(
      400,
    );
    expect(doc.sentences.at(-1)?.endToken).toBe(1_000_000);
  });

  it('gives no sentence for empty text', () => {
    expect(split('')).toEqual([]);
  });
});
