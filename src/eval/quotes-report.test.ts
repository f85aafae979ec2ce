import { describe, expect, it } from 'vitest';
import { describeErrors, describeTally, sourceKind } from './quotes-report.js';

describe('the quote error report', () => {
  it.each([
    [null, 'none'],
    ['He', 'pronoun'],
    ['Donald Trump', 'name'],
    ['Sen. Tim Kaine (D-Va.)', 'name'],
    ['a campaign operative', 'noun'],
    ['Administration officials', 'noun'],
  ] as const)('classes the gold source %s as %s', (source, kind) => {
    expect(sourceKind(source)).toBe(kind);
  });

  it('tallies missed contents by kind and by where the cue stands', () => {
    const text = 'Macron said the talks were hard.';
    const article = {
      name: 'a',
      text,
      published: null,
      attributions: [
        {
          content: [[12, 31]] as const,
          source: [[0, 6]] as const,
          cue: [[7, 11]] as const,
          direct: false,
        },
      ],
    };
    const tally = new Map<string, number>();
    const listing = describeErrors(article, [], [], tally);
    expect(listing).toContain('FN indirect cue-before [Macron] <said> the talks were hard');
    expect(describeTally(tally)).toBe('    1  FN indirect cue-before');
  });

  it('reports the pairs the score counts: one predicted quote matches one gold content', () => {
    const text = 'Macron said the talks were hard and the deal was close.';
    const gold = (start: number, end: number) => ({
      content: [[start, end]] as const,
      source: [[0, 6]] as const,
      cue: [[7, 11]] as const,
      direct: false,
    });
    const article = {
      name: 'a',
      text,
      published: null,
      attributions: [gold(12, 31), gold(36, 54)],
    };
    const predicted = [{ start: 12, end: 54, kind: 'indirect' as const, speaker: null }];
    const tally = new Map<string, number>();
    describeErrors(article, predicted, [], tally);
    // The larger overlap (the first clause) is the matched pair; the second is a miss.
    expect(tally.get('FN indirect cue-before')).toBe(1);
    expect(tally.get('SPK name got-null no-mention cue-before')).toBe(1);
  });
});
