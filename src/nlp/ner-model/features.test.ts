import { afterEach, describe, expect, it } from 'vitest';
import { defaultKnowledge } from '../knowledge/load.js';
import { parseClusters, useClusters } from './clusters.js';
import {
  addDocCase,
  F,
  isAllCaps,
  LABEL_FEATURES,
  labelFeatures,
  MAX_FEATURES,
  type NerFeatureSet,
  RUN_TIME_FEATURES,
  staticFeatures,
  viewSentence,
} from './features.js';
import { GAZETTEER_KINDS, gazetteerView } from './gazetteer.js';

const kb = defaultKnowledge();

function view(
  words: string[],
  docCase = new Map<string, number>(),
  featureSet: NerFeatureSet = RUN_TIME_FEATURES,
) {
  const lowers = words.map((w) => w.toLowerCase());
  return viewSentence(
    words,
    new Uint8Array(words.length),
    gazetteerView(words, lowers, kb),
    docCase,
    new Uint8Array(words.length),
    featureSet,
  );
}

describe('ner features', () => {
  it('keeps each template its number, which seeds its hashes (40 and 51 retired)', () => {
    const numbers = Object.fromEntries(Object.entries(F).filter(([k]) => Number.isNaN(Number(k))));
    expect(numbers).toEqual({
      Bias: 1,
      Word: 2,
      Lower: 3,
      Shape: 4,
      Prefix1: 5,
      Prefix2: 6,
      Prefix3: 7,
      Prefix4: 8,
      Suffix1: 9,
      Suffix2: 10,
      Suffix3: 11,
      Suffix4: 12,
      LowerPrev: 13,
      LowerPrev2: 14,
      LowerNext: 15,
      LowerNext2: 16,
      ShapePrev: 17,
      ShapeNext: 18,
      ShapePrevCur: 19,
      ShapeCurNext: 20,
      BigramLeft: 21,
      BigramRight: 22,
      Pos: 23,
      PosPrev: 24,
      PosNext: 25,
      PosPrevCur: 26,
      PosCurNext: 27,
      Gazetteer: 28,
      GazetteerPrev: 29,
      GazetteerNext: 30,
      Title: 31,
      TitlePrev: 32,
      Surname: 33,
      Initial: 34,
      AllCaps: 35,
      DocCase: 36,
      History: 37,
      HistoryShape: 38,
      LabelPrev: 39,
      LabelPrevLower: 41,
      LabelPrevShape: 42,
      PosWindow: 43,
      ClusterOwn: 44,
      ClusterPrev: 45,
      ClusterNext: 46,
      HistoryLabel: 47,
      HistoryMajor: 48,
      GivenName: 49,
      GivenNameBefore: 50,
      NeighbourSuffix: 52,
    });
  });

  it.each([
    [['EU', 'REJECTS', 'GERMAN', 'CALL'], true],
    [['EU', 'rejects', 'German', 'call'], false],
    [['1996-08-22'], false],
  ])('%j is all caps: %s', (words, expected) => {
    expect(isAllCaps(words)).toBe(expected);
  });

  it('records how a form is written inside sentences, not at their start or in capitals', () => {
    const table = new Map<string, number>();
    addDocCase(table, ['Mark', 'met', 'the', 'Mark', 'of', 'Zorro']);
    addDocCase(table, ['SHARES', 'MARK', 'TIME']);
    addDocCase(table, ['A', 'mark', 'fell']);
    expect(table.get('mark')).toBe(3);
    expect(table.get('zorro')).toBe(1);
    expect(table.get('shares')).toBeUndefined();
  });

  it.each([
    ['Russia', 'country', 3],
    ['Russian', 'demonym', 3],
    ['Moscow', 'city', 3],
  ])('marks %s as a whole %s phrase', (word, kind, position) => {
    const g = gazetteerView([word, 'said'], [word.toLowerCase(), 'said'], kb);
    expect(g.phrase[0]).toBe(1 + 4 * GAZETTEER_KINDS.indexOf(kind as 'country') + position);
    expect(g.phrase[1]).toBe(0);
  });

  it('marks title words and surnames of known people', () => {
    const words = ['Prime', 'Minister', 'Narendra', 'Modi', 'spoke'];
    const g = gazetteerView(
      words,
      words.map((w) => w.toLowerCase()),
      kb,
    );
    // "Minister" starts a title of its own too.
    expect(Array.from(g.title)).toEqual([1, 1, 0, 0, 0]);
    expect(g.surname[3]).toBe(1);
  });

  it('marks the capitalised given names of office holders', () => {
    const words = ['President', 'Emmanuel', 'Macron', 'met', 'Maria', 'and', 'emmanuel'];
    const g = gazetteerView(
      words,
      words.map((w) => w.toLowerCase()),
      kb,
    );
    expect(Array.from(g.givenName)).toEqual([0, 1, 0, 0, 1, 0, 0]);
  });

  it('gives a given name and the capitalised word after it a feature each', () => {
    useClusters(new Map());
    try {
      const count = (words: string[], i: number) =>
        staticFeatures(view(words), i, new Uint32Array(MAX_FEATURES), 0);
      expect(count(['Ursula', 'Macron', 'spoke'], 0)).toBe(
        count(['Zyxwv', 'Macron', 'spoke'], 0) + 1,
      );
      expect(count(['Ursula', 'Macron', 'spoke'], 1)).toBe(
        count(['Zyxwv', 'Macron', 'spoke'], 1) + 1,
      );
      expect(count(['Ursula', 'spoke'], 1)).toBe(count(['Zyxwv', 'spoke'], 1));
    } finally {
      useClusters(undefined);
    }
  });

  it("reads the last three letters of each neighbour, so 'reported' and 'exported' share one", () => {
    useClusters(new Map());
    try {
      const hashes = (words: string[], i: number) => {
        const out = new Uint32Array(MAX_FEATURES);
        return new Set(out.subarray(0, staticFeatures(view(words), i, out, 0)));
      };
      const shared = (a: Set<number>, b: Set<number>) => [...a].filter((h) => b.has(h)).length;
      const after = hashes(['Zyxwv', 'reported'], 0);
      expect(shared(after, hashes(['Zyxwv', 'exported'], 0))).toBe(
        shared(after, hashes(['Zyxwv', 'reports'], 0)) + 1,
      );
      const before = hashes(['reported', 'Zyxwv'], 1);
      expect(shared(before, hashes(['exported', 'Zyxwv'], 1))).toBe(
        shared(before, hashes(['reports', 'Zyxwv'], 1)) + 1,
      );
    } finally {
      useClusters(undefined);
    }
  });

  it("leaves the neighbours' suffixes out of a view made without them, and only them", () => {
    useClusters(new Map());
    try {
      const features = (neighbourSuffix: boolean) => {
        const out = new Uint32Array(MAX_FEATURES);
        const v = view(['in', 'Oslo', 'today'], new Map(), { neighbourSuffix });
        return [...out.subarray(0, staticFeatures(v, 1, out, 0))];
      };
      const on = features(true);
      const off = features(false);
      expect(off).toHaveLength(on.length - 2);
      expect(on.filter((h) => !off.includes(h))).toHaveLength(2);
    } finally {
      useClusters(undefined);
    }
  });

  it('writes a bounded, deterministic feature list per word', () => {
    const v = view(['The', 'Kremlin', 'said', 'on', 'Monday', '.']);
    for (let i = 0; i < v.words.length; i++) {
      const a = new Uint32Array(MAX_FEATURES);
      const b = new Uint32Array(MAX_FEATURES);
      const n = staticFeatures(v, i, a, 0);
      expect(n).toBeLessThanOrEqual(MAX_FEATURES);
      expect(staticFeatures(v, i, b, 0)).toBe(n);
      expect(a).toEqual(b);
    }
    const out = new Uint32Array(LABEL_FEATURES);
    expect(labelFeatures(v, 1, -1, out, 0)).toBe(LABEL_FEATURES);
  });

  it('tells a word in a headline in capitals from the same word in running text', () => {
    const a = new Uint32Array(MAX_FEATURES);
    const b = new Uint32Array(MAX_FEATURES);
    staticFeatures(view(['Kremlin', 'says']), 0, a, 0);
    staticFeatures(view(['KREMLIN', 'SAYS']), 0, b, 0);
    expect(a[2]).not.toBe(b[2]);
  });

  describe('word cluster features', () => {
    afterEach(() => useClusters(undefined));
    const count = (words: string[], i: number) =>
      staticFeatures(view(words), i, new Uint32Array(MAX_FEATURES), 0);

    it('read the clusters of the word (4 prefixes) and of each neighbour (2 each)', () => {
      useClusters(new Map());
      const without = count(['in', 'Oslo', 'today'], 1);
      useClusters(parseClusters('oslo\t0110\nin\t10\ntoday\t111\n'));
      expect(count(['in', 'Oslo', 'today'], 1)).toBe(without + 4 + 2 + 2);
      expect(count(['in', 'Zyxwv', 'today'], 1)).toBe(without + 2 + 2);
    });

    it('fit the buffer on a word with every feature', () => {
      useClusters(parseClusters('the\t0\nprime\t1\nminister\t10\nmodi\t11\n'));
      const v = view(['PRIME', 'MINISTER', 'MODI', 'THE'], new Map([['minister', 3]]));
      for (let i = 0; i < v.words.length; i++) {
        expect(staticFeatures(v, i, new Uint32Array(MAX_FEATURES), 0)).toBeLessThanOrEqual(
          MAX_FEATURES,
        );
      }
    });
  });
});
