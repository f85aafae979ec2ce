import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataPath } from '../../doc/data-path.js';

/**
 * Word clusters for the NER's features (`npm run build:clusters` writes them): lower-case word →
 * path code, the cluster's bit path behind a leading 1 so that paths of different lengths differ
 * ('01' is 0b101, '1' is 0b11). A path's prefixes are coarser clusters.
 */
export type ClusterTable = ReadonlyMap<string, number>;

/** Under `data/`. */
export const DEFAULT_CLUSTERS = 'models/clusters.tsv.gz';

/** Paths this long at most, so that a code fits in 31 bits. */
const MAX_BITS = 30;

/** A table from `word TAB bits` lines; lines that are not that are skipped. */
export function parseClusters(text: string): Map<string, number> {
  const table = new Map<string, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    const bits = line.slice(tab + 1);
    if (tab <= 0 || bits.length === 0 || bits.length > MAX_BITS || /[^01]/.test(bits)) continue;
    table.set(line.slice(0, tab), parseInt(`1${bits}`, 2));
  }
  return table;
}

/** Reads a gzip-compressed table; throws when it cannot. */
export function loadClusters(path: string): Map<string, number> {
  return parseClusters(gunzipSync(readFileSync(path)).toString('utf8'));
}

/** The table at `path`, or an empty one (cluster features off) with a warning when it cannot be read. */
export function loadClustersOrNone(path: string): Map<string, number> {
  try {
    return loadClusters(path);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.warn(`newsgraph: no word clusters (${why}): NER cluster features are off`);
    return new Map();
  }
}

let defaultTable: ClusterTable | undefined;

/** The committed table, read once (so a missing one warns once). */
export function defaultClusters(): ClusterTable {
  defaultTable ??= loadClustersOrNone(dataPath(DEFAULT_CLUSTERS));
  return defaultTable;
}

/** Replaces the table the features read (tests; `undefined` goes back to the committed one). */
export function useClusters(table: ClusterTable | undefined): void {
  defaultTable = table;
}

/** The code of a path's first `bits` bits (the whole path when it is shorter). */
export function clusterPrefix(code: number, bits: number): number {
  const length = 31 - Math.clz32(code);
  return length <= bits ? code : code >>> (length - bits);
}
