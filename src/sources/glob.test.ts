import { describe, expect, it } from 'vitest';
import { globPattern } from './glob.js';

describe('globPattern', () => {
  it.each([
    ['*.html', 'a.html', true],
    ['*.html', 'sub/a.html', false],
    ['**/*.html', 'a.html', true],
    ['**/*.html', 'x/y/a.html', true],
    ['2024-0?/*.warc.gz', '2024-05/cc.warc.gz', true],
    ['2024-0?/*.warc.gz', '2024-05/cc.warc', false],
    ['[ab]*.txt', 'b1.txt', true],
    ['[ab]*.txt', 'c1.txt', false],
    ['a+b.html', 'a+b.html', true],
    ['a+b.html', 'aab.html', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globPattern(glob).test(path)).toBe(expected);
  });
});
