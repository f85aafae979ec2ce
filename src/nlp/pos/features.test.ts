import { describe, expect, it } from 'vitest';
import {
  type Lexicon,
  MAX_FEATURES,
  normalize,
  shape,
  staticFeatures,
  tagFeatures,
  viewSentence,
} from './features.js';
import { addText, finish, HashIndex, seed } from './hash.js';

const none: Lexicon = { ambiguityClass: () => 0, dictionaryTag: () => -1 };

describe('pos features', () => {
  it.each([
    ['Putin', 'Xx'],
    ['U.S.', 'X.X.'],
    ['1,500.50', 'd,d.d'],
    ['well-known', 'x-x'],
    ['Élysée', 'Xx'],
    ['#', '#'],
  ])('shape of %j is %j', (word, expected) => {
    expect(shape(word)).toBe(expected);
  });

  it.each([
    ['1999', '!YEAR'],
    ['3.5', '!DIGITS'],
    ['21st', '!DIGITS'],
    ['india', 'india'],
  ])('normalises %j to %j', (lower, expected) => {
    expect(normalize(lower)).toBe(expected);
  });

  it('gives the same hashes for the same word in the same context', () => {
    const a = new Uint32Array(MAX_FEATURES);
    const b = new Uint32Array(MAX_FEATURES);
    const n = staticFeatures(viewSentence(['The', 'talks', 'ended'], none), 1, a, 0);
    const m = staticFeatures(viewSentence(['The', 'talks', 'ended'], none), 1, b, 0);
    expect(n).toBe(m);
    expect(n).toBeLessThanOrEqual(MAX_FEATURES);
    expect([...a.slice(0, n)]).toEqual([...b.slice(0, m)]);
  });

  it('changes context features when a neighbour changes', () => {
    const a = new Uint32Array(MAX_FEATURES);
    const b = new Uint32Array(MAX_FEATURES);
    const n = staticFeatures(viewSentence(['The', 'talks', 'ended'], none), 1, a, 0);
    staticFeatures(viewSentence(['The', 'talks', 'began'], none), 1, b, 0);
    const differing = [...a.slice(0, n)].filter((h, i) => h !== b[i]).length;
    expect(differing).toBeGreaterThan(0);
    expect(differing).toBeLessThan(n / 2);
  });

  it('keeps text boundaries apart: ("ab","c") differs from ("a","bc")', () => {
    const left = finish(addText(addText(seed(1), 'ab'), 'c'));
    const right = finish(addText(addText(seed(1), 'a'), 'bc'));
    expect(left).not.toBe(right);
  });

  it('writes four tag-history features', () => {
    const out = new Uint32Array(8);
    const view = viewSentence(['He', 'left'], none);
    expect(tagFeatures(view, 1, 3, 17, out, 0)).toBe(4);
  });

  it('keeps the hashes pos.bin was trained with (first and last word, tag features)', () => {
    const view = viewSentence(['The', 'talks', 'ended'], none);
    const sorted = (i: number) => {
      const out = new Uint32Array(MAX_FEATURES);
      return [...out.subarray(0, staticFeatures(view, i, out, 0))].sort((a, b) => a - b);
    };
    expect(sorted(0)).toEqual([
      90457223, 345569010, 394714040, 589774006, 768743488, 947517961, 1128149420, 1166089126,
      1441369422, 2006937330, 2132604127, 2229249577, 2282121256, 2483830202, 2633307283,
      2845291959, 2878445453, 2899543280, 3203099328, 3203892346, 3352514007, 3840535685,
      3870823398, 3946548151, 4269653540,
    ]);
    expect(sorted(2)).toEqual([
      90457223, 95740508, 346004676, 740146251, 911217487, 994037485, 1166027997, 1229978024,
      1284848679, 1387697118, 1729752069, 2412070005, 2444779115, 2694825704, 2794820887,
      2899543280, 3003975918, 3023764307, 3166701830, 3335040098, 3567615353, 3571154754,
      4047796613, 4280226943,
    ]);
    const out = new Uint32Array(4);
    tagFeatures(view, 1, 3, 17, out, 0);
    expect([...out]).toEqual([1171821388, 3606239530, 1740643417, 2566091409]);
  });

  it('indexes hashes and misses absent ones', () => {
    const keys = Uint32Array.from([7, 123456789, 42, 4294967295]);
    const index = new HashIndex(keys);
    expect([...keys].map((k) => index.get(k))).toEqual([0, 1, 2, 3]);
    expect(index.get(8)).toBe(-1);
  });
});
