import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataPath } from '../../doc/data-path.js';
import {
  clusterPrefix,
  DEFAULT_CLUSTERS,
  loadClusters,
  loadClustersOrNone,
  parseClusters,
  useClusters,
} from './clusters.js';
import { clusterFeatures, F, MAX_FEATURES } from './features.js';

describe('word clusters', () => {
  afterEach(() => useClusters(undefined));

  it('reads word TAB bits lines into codes with a leading 1, skipping other lines', () => {
    const table = parseClusters('paris\t0110\nlondon\t0111\nbad line\nodd\t012\n\t01\nthe\t1\n');
    expect([...table]).toEqual([
      ['paris', 0b10110],
      ['london', 0b10111],
      ['the', 0b11],
    ]);
  });

  it('cuts a path to a prefix, keeping a shorter path whole', () => {
    const code = 0b10110; // '0110'
    expect(clusterPrefix(code, 2)).toBe(0b101);
    expect(clusterPrefix(code, 4)).toBe(code);
    expect(clusterPrefix(code, 10)).toBe(code);
    expect(clusterPrefix(0b100, 1)).not.toBe(clusterPrefix(0b110, 1));
  });

  it('loads the committed table, whose frequent words have paths and whose places share prefixes', () => {
    const table = loadClusters(dataPath(DEFAULT_CLUSTERS));
    expect(table.size).toBeGreaterThan(10_000);
    for (const word of ['the', 'said', 'france', 'germany']) expect(table.get(word)).toBeDefined();
    const prefix = (w: string) => clusterPrefix(table.get(w) as number, 6);
    expect(prefix('france')).toBe(prefix('germany'));
    expect(prefix('france')).not.toBe(prefix('said'));
  });

  it('gives prefix features to a known word and none to an unknown one', () => {
    useClusters(parseClusters('paris\t0110\nlondon\t0111\nsaid\t1\n'));
    const feats = (word: string) => {
      const out = new Uint32Array(MAX_FEATURES);
      return [...out.subarray(0, clusterFeatures(F.ClusterOwn, word, [2, 4], out, 0))];
    };
    const paris = feats('paris');
    const london = feats('london');
    expect(paris).toHaveLength(2);
    expect(paris[0]).toBe(london[0]); // same 2-bit prefix '01'
    expect(paris[1]).not.toBe(london[1]);
    expect(feats('said')).toHaveLength(2);
    expect(feats('zyxwv')).toEqual([]);
  });

  it('turns the features off with a warning when the table is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const table = loadClustersOrNone('/nonexistent/clusters.tsv.gz');
    expect(table.size).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/cluster features are off/);
    warn.mockRestore();
    useClusters(table);
    const out = new Uint32Array(MAX_FEATURES);
    expect(clusterFeatures(F.ClusterOwn, 'the', [4], out, 0)).toBe(0);
  });
});
