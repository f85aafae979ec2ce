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
});
