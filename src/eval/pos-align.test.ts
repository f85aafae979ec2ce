import { describe, expect, it } from 'vitest';
import { parseConllu } from '../nlp/pos/conllu.js';
import { compromiseTag, goldSpans, locate, punctuationSpans, scoreAligned } from './pos-align.js';

const [SENTENCE] = parseConllu(
  [
    "# text = I don't know.",
    '1\tI\t_\tPRON\t_\t_\t_\t_\t_\t_',
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
    '2\tdo\t_\tAUX\t_\t_\t_\t_\t_\t_',
    "3\tn't\t_\tPART\t_\t_\t_\t_\t_\t_",
    '4\tknow\t_\tVERB\t_\t_\t_\t_\t_\t_',
    '5\t.\t_\tPUNCT\t_\t_\t_\t_\t_\t_',
  ].join('\n'),
);
const sentence = SENTENCE as NonNullable<typeof SENTENCE>;

describe('aligning peers to gold words', () => {
  it('finds each gold word in the text, splitting a multiword token its forms spell', () => {
    expect(goldSpans(sentence)).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 4 },
      { start: 4, end: 7 },
      { start: 8, end: 12 },
      { start: 12, end: 13 },
    ]);
  });

  it('scores exact spans and counts the rest as unaligned errors', () => {
    const spans = locate(sentence.text, [
      { text: 'I', tag: 'PRON' },
      { text: "don't", tag: 'AUX' },
      { text: 'know', tag: 'NOUN' },
      { text: '.', tag: 'PUNCT' },
    ]);
    expect(scoreAligned(sentence, spans)).toEqual({ right: 2, total: 5, unaligned: 2 });
  });

  it.each([
    [['Noun', 'Singular', 'ProperNoun'], 'PROPN'],
    [['Verb', 'Modal', 'Auxiliary'], 'AUX'],
    [['Noun', 'Pronoun'], 'PRON'],
    [['Value', 'Ordinal'], 'ADJ'],
    [['Value', 'Cardinal'], 'NUM'],
    [['Url'], 'X'],
    [['Hashtag'], 'X'],
  ])('maps compromise tags %j to %s', (tags, expected) => {
    expect(compromiseTag(tags)).toBe(expected);
  });

  it('splits compromise punctuation into runs of one mark', () => {
    expect(punctuationSpans('." -- ', 10)).toEqual([
      { start: 10, end: 11, tag: 'PUNCT' },
      { start: 11, end: 12, tag: 'PUNCT' },
      { start: 13, end: 15, tag: 'PUNCT' },
    ]);
  });
});
