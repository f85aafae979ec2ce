import { describe, expect, it } from 'vitest';
import { phraseKey, tokenCount } from './phrase.js';

describe('phraseKey', () => {
  it.each([
    ['New Delhi', 'new delhi'],
    ['  U.S. ', 'u.s.'],
    ['Central\tAsian', 'central asian'],
    ['', ''],
  ])('keys %j as %j', (phrase, key) => {
    expect(phraseKey(phrase)).toBe(key);
  });

  it.each([
    ['', 0],
    ['india', 1],
    ['the middle east', 3],
  ])('counts the tokens of %j', (key, n) => {
    expect(tokenCount(key)).toBe(n);
  });
});
