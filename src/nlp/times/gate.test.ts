import { describe, expect, it } from 'vitest';
import { findDeictic } from './deictic.js';
import { matchesIf } from './gate.js';
import { findRelative } from './relative.js';
import { PREVIOUS_YEAR, YEAR_BEFORE } from './vocabulary-periods.js';
import { anchored, WordStarts } from './word-starts.js';

describe('pattern gates', () => {
  it('runs the pattern only on texts holding the needed word', () => {
    const pattern = anchored(/\bnext\s+(week)\b/gi, ['next']);
    const found = matchesIf(new WordStarts('See you next week.'), /week/i, pattern);
    expect([...found].map((m) => m[0])).toEqual(['next week']);
    expect([...matchesIf(new WordStarts('See you next month.'), /week/i, pattern)]).toEqual([]);
  });

  // The gates in deictic.ts rely on these words.
  it('holds for the vocabularies the gates are written for', () => {
    expect([...YEAR_BEFORE, ...PREVIOUS_YEAR].every((p) => /year/i.test(p))).toBe(true);
  });

  it('leaves gated finders finding what they did', () => {
    expect(findRelative('They met last Tuesday.').map((f) => f.mention)).toEqual([
      { kind: 'weekday', weekday: 2, relation: -1 },
    ]);
    const text = 'Sales rose from a year earlier and fell the previous year, a year ago.';
    expect(findDeictic(text).map((f) => text.slice(f.start, f.end))).toEqual([
      'a year earlier',
      'a year ago',
      'the previous year',
    ]);
  });
});
