import { describe, expect, it } from 'vitest';
import { dataPath } from '../doc/data-path.js';
import { loadPatterns, parsePatterns } from './patterns.js';

describe('verb pattern dictionary', () => {
  it('loads the built-in dictionary', () => {
    const patterns = loadPatterns(dataPath('src', 'event-patterns.tsv'));
    expect(patterns.find((p) => p.code === '057')?.near.has('agreement')).toBe(true);
  });

  it.each([
    ['057\tsvo\tsigned\tagreement', 'expected 5 tab-separated fields'],
    ['57x\tsvo\tsigned\t*\tasserted', 'bad CAMEO code'],
    ['057\tsideways\tsigned\t*\tasserted', 'unknown frame'],
    ['057\tsvo\tsigned||inked\t*\tasserted', 'empty alternative'],
    ['057\tsvo\tsigned\t*\tsure', 'unknown modality'],
  ])('names the file and line of a bad entry: %j', (line, why) => {
    expect(() => parsePatterns(`# comment\n${line}\n`, 'my-verbs.tsv')).toThrow(
      new RegExp(`^my-verbs.tsv:2: ${why}`, 'u'),
    );
  });
});
