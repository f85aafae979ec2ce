import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';
import { DECLARED, matchesAt, WordStarts } from './word-starts.js';

const spans = (matches: Iterable<RegExpExecArray>): string[] =>
  [...matches].map((m) => `${m.index}:${m[0]}`);

/** Running text with many time expressions: the Wikinews gold sentences and a dense sample. */
const TEXTS = [
  ...readFileSync(new URL('../../../data/gold/events/wikinews.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text),
  'Last week, two years ago, the first quarter of 2019, fiscal 2020, mid-1990s, the 1980s, next ' +
    'Tuesday at 3 p.m., on Dec. 6, 6 December, this spring, every year, for three years, between ' +
    '2019 and 2021, until 2030, earlier this month, the past decade, a year earlier, the day after.',
];

describe('the patterns the time finders run from word starts', () => {
  it('are declared, once the finders are loaded', () => {
    findTimes('Monday');
    expect(DECLARED.length).toBeGreaterThan(20);
  });

  it('find what matchAll finds: each declares every word its matches start with', () => {
    for (const { pattern, anchored } of DECLARED) {
      const global = new RegExp(
        pattern.source,
        pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
      );
      for (const text of TEXTS) {
        expect(spans(matchesAt(new WordStarts(text), anchored)), String(pattern)).toEqual(
          spans(text.matchAll(global)),
        );
      }
    }
  });
});
