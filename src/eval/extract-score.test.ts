import { describe, expect, it } from 'vitest';
import { addCounts, scorePage, scores, zeroCounts } from './extract-score.js';

describe('scorePage', () => {
  it.each([
    [
      'matches across collapsed whitespace',
      'one  two\n\nthree',
      ['two three'],
      [],
      { tp: 1, fn: 0, fp: 0, tn: 0 },
    ],
    ['is case-sensitive', 'One two', ['one two'], [], { tp: 0, fn: 1, fp: 0, tn: 0 }],
    [
      'counts boilerplate found as FP',
      'story. Share this',
      ['story.'],
      ['Share this', 'Menu'],
      { tp: 1, fn: 0, fp: 1, tn: 1 },
    ],
    [
      'scores no output as finding nothing',
      null,
      ['a', 'b'],
      ['c'],
      { tp: 0, fn: 2, fp: 0, tn: 1 },
    ],
  ] as const)('%s', (_, output, withs, withouts, expected) => {
    expect(scorePage(output, withs, withouts)).toEqual(expected);
  });
});

describe('scores', () => {
  it('micro-averages the counts', () => {
    const total = addCounts(addCounts(zeroCounts(), { tp: 3, fn: 1, fp: 1, tn: 3 }), {
      tp: 1,
      fn: 1,
      fp: 0,
      tn: 2,
    });
    expect(scores(total)).toEqual({ precision: 0.8, recall: 4 / 6, accuracy: 9 / 12, f: 8 / 11 });
  });
});
