import { describe, expect, it } from 'vitest';
import { ANY_NUMBER, anchored, matchesAt, WordStarts, withOptionalThe } from './word-starts.js';

const spans = (matches: Iterable<RegExpExecArray>): string[] =>
  [...matches].map((m) => `${m.index}:${m[0]}`);

// Each pattern with the first words its matches start with, as the finders declare them.
const PATTERNS: Array<[RegExp, string[]]> = [
  [/\b(?:(?:early|mid|late)[- ]?)?(?:19|20)\d\d\b/gi, ['early', 'mid', 'late', ANY_NUMBER]],
  [/\b(?:a|one)\s+year\s+ago\b/gi, ['a', 'one']],
  [/\b(?:for|in|over|within)\s+(day|week|year)s\b/gi, ['for', 'in', 'over', 'within']],
  [
    /\b(?:the\s+)?(?:(?:19|20)\d\d\s+)?(first|third)[\s-]+quarter\b/gi,
    withOptionalThe([ANY_NUMBER, 'first', 'third']),
  ],
  [/\b(Monday|Tuesday)\b/g, ['Monday', 'Tuesday']],
];

const TEXTS = [
  'In the mid1990s and mid-2000, late 1999 and 2001; x1990, _2000, 1,990 and $2000.',
  'A year ago, ONE  year\nago, a year agony; for weeks, in days, Inweeks, within years.',
  'The third-quarter, the 1988 first quarter, éthe first quarter, the1988 third quarter.',
  'These first quarters, theTHE third quarter, the\nfirst quarter, the, first quarter, the the 1990 first quarter.',
  'Monday, MONDAY, Mondays, ñTuesday and Tuesday_ and Tuesday.',
];

describe('patterns run from word starts', () => {
  it('find what matchAll finds', () => {
    for (const [pattern, firstWords] of PATTERNS) {
      const from = anchored(pattern, firstWords);
      for (const text of TEXTS) {
        expect(spans(matchesAt(new WordStarts(text), from))).toEqual(spans(text.matchAll(pattern)));
      }
    }
  });

  it('try a pattern only at the words it starts with', () => {
    const next = anchored(/\bnext\s+week\b/gi, ['next']);
    const text = 'See you Next week, not nextweek or next\tweek.';
    expect(spans(matchesAt(new WordStarts(text), next))).toEqual(['8:Next week', '35:next\tweek']);
  });
});
