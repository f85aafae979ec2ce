import { describe, expect, it } from 'vitest';
import { buildClusters, CLUSTER_DEFAULTS } from './cluster-tree.js';
import { contextPpmi, symmetricEigen } from './cluster-vectors.js';

const CITIES = ['oslo', 'lima', 'paris', 'delhi', 'cairo', 'quito'];
const VERBS = ['said', 'added', 'argued', 'noted', 'claimed', 'warned'];
const NAMES = ['anna', 'tom', 'raj', 'lena', 'omar', 'ines'];

/** Cities after 'flew to', verbs after a name: each kind has its own contexts. */
function corpus(): string[][] {
  const sentences: string[][] = [];
  for (let r = 0; r < 5; r++) {
    CITIES.forEach((city, i) => {
      const name = NAMES[(i + r) % NAMES.length] as string;
      const verb = VERBS[(i + 2 * r) % VERBS.length] as string;
      sentences.push([name, 'flew', 'to', city, 'on', 'monday', '.']);
      sentences.push(['then', name, verb, 'that', 'prices', 'rose', '.']);
    });
  }
  return sentences;
}

const OPTIONS = { ...CLUSTER_DEFAULTS, contexts: 20, dimensions: 8, depth: 6 };

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

describe('word clusters by recursive 2-means', () => {
  it('puts words of the same contexts closer in the tree than words of different ones', () => {
    const paths = new Map(buildClusters(corpus(), OPTIONS));
    const path = (w: string) => paths.get(w) as string;
    for (const w of [...CITIES, ...VERBS, ...NAMES]) expect(path(w)).toMatch(/^[01]{1,6}$/);
    const within = commonPrefix(path('oslo'), path('lima'));
    expect(within).toBeGreaterThan(commonPrefix(path('oslo'), path('said')));
    expect(within).toBeGreaterThan(commonPrefix(path('oslo'), path('anna')));
    expect(commonPrefix(path('said'), path('warned'))).toBeGreaterThan(
      commonPrefix(path('said'), path('lima')),
    );
  });

  it('is deterministic, lists frequent words first and skips rare words and punctuation', () => {
    const a = buildClusters(corpus(), OPTIONS);
    expect(buildClusters(corpus(), OPTIONS)).toEqual(a);
    expect(a[0]?.[0]).toBe('flew');
    const words = a.map(([w]) => w);
    expect(words).not.toContain('.');
    expect(buildClusters([['one', 'rare', 'word']], OPTIONS)).toEqual([]);
  });

  it('weights contexts by positive PMI: a context every word shares scores nothing', () => {
    const m = contextPpmi(
      [
        ['a', 'x'],
        ['b', 'x'],
      ],
      ['a', 'b'],
      ['x'],
    );
    // Left of both is the sentence edge, right of both is 'x': PMI 0 for all, so no entries.
    expect(m.vals.length).toBe(0);
  });

  it('finds the eigenvalues of a symmetric matrix', () => {
    const { values } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values.map((v) => Math.round(v * 1e6) / 1e6).sort()).toEqual([1, 3]);
  });
});
