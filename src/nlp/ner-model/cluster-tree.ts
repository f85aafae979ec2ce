import { random } from '../perceptron/index.js';
import { contextPpmi, countWords, embedRows } from './cluster-vectors.js';

/**
 * Hierarchical word clusters by recursive spherical 2-means over unit word vectors: each split
 * adds a bit to the words' paths, so path prefixes are clusters at several granularities, as
 * Brown clusters' are (Brown et al. 1992; used as NER features by Ratinov & Roth 2009).
 */

export interface ClusterOptions {
  /** Most words clustered, most frequent first. */
  readonly words: number;
  /** Fewest occurrences a clustered word needs. */
  readonly minCount: number;
  /** Frequent words used as contexts. */
  readonly contexts: number;
  /** Context words read on each side. */
  readonly window: number;
  readonly dimensions: number;
  /** Longest path in bits. */
  readonly depth: number;
  readonly seed: number;
}

export const CLUSTER_DEFAULTS: ClusterOptions = {
  words: 50_000,
  minCount: 2,
  contexts: 1000,
  window: 1,
  dimensions: 100,
  depth: 20,
  seed: 20261126,
};

const ITERATIONS = 15;
/** Punctuation and symbols get no cluster: their form and shape features say all. */
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const RESTARTS = 3;

/** `[word, bit path]` for the frequent lower-case words of the sentences, most frequent first. */
export function buildClusters(
  sentences: readonly (readonly string[])[],
  options: ClusterOptions = CLUSTER_DEFAULTS,
): [string, string][] {
  const lowered = sentences.map((s) => s.map((w) => w.toLowerCase()));
  const counted = countWords(lowered);
  const words = counted
    .filter(([w, n]) => n >= options.minCount && HAS_WORD_CHARACTER.test(w))
    .slice(0, options.words)
    .map(([w]) => w);
  const contexts = counted.slice(0, options.contexts).map(([w]) => w);
  const vectors = embedRows(
    contextPpmi(sentences, words, contexts, options.window),
    options.dimensions,
    options.seed,
  );
  const k = words.length > 0 ? vectors.length / words.length : 0;
  const paths = splitPaths(vectors, words.length, k, options);
  return words.map((w, i) => [w, paths[i] as string]);
}

/** Bit paths of the `n` unit rows of `x` (`k` columns) by recursive 2-means. */
export function splitPaths(
  x: Float64Array,
  n: number,
  k: number,
  options: Pick<ClusterOptions, 'depth' | 'seed'>,
): string[] {
  const paths = new Array<string>(n).fill('');
  const next = random(options.seed);
  const pending: { members: number[]; path: string }[] = [
    { members: Array.from({ length: n }, (_, i) => i), path: '' },
  ];
  while (pending.length > 0) {
    const { members, path } = pending.pop() as { members: number[]; path: string };
    const halves =
      members.length < 2 || path.length >= options.depth ? null : bisect(x, k, members, next);
    if (!halves) {
      for (const i of members) paths[i] = path || '0';
      continue;
    }
    pending.push(
      { members: halves[1], path: `${path}1` },
      { members: halves[0], path: `${path}0` },
    );
  }
  return paths;
}

/** The best of a few seeded 2-means runs (by summed cosine), or null when nothing separates. */
function bisect(x: Float64Array, k: number, members: number[], next: () => number) {
  let best: { halves: [number[], number[]]; score: number } | null = null;
  for (let restart = 0; restart < RESTARTS; restart++) {
    const run = twoMeans(x, k, members, next);
    if (run && (!best || run.score > best.score)) best = run;
  }
  return best?.halves ?? null;
}

function twoMeans(x: Float64Array, k: number, members: number[], next: () => number) {
  const a = members[Math.floor(next() * members.length)] as number;
  let b = members[Math.floor(next() * members.length)] as number;
  for (let tries = 0; b === a && tries < 10; tries++)
    b = members[Math.floor(next() * members.length)] as number;
  if (a === b) return null;
  const centres = [x.slice(a * k, a * k + k), x.slice(b * k, b * k + k)];
  let side = new Uint8Array(members.length);
  let score = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const assigned = new Uint8Array(members.length);
    score = 0;
    members.forEach((i, m) => {
      const s0 = dot(x, i * k, centres[0] as Float64Array, k);
      const s1 = dot(x, i * k, centres[1] as Float64Array, k);
      assigned[m] = s1 > s0 ? 1 : 0;
      score += Math.max(s0, s1);
    });
    const changed = assigned.some((v, m) => v !== side[m]);
    side = assigned;
    if (!recentre(x, k, members, side, centres) || (it > 0 && !changed)) break;
  }
  const halves: [number[], number[]] = [[], []];
  members.forEach((i, m) => {
    halves[side[m] as 0 | 1].push(i);
  });
  if (halves[0].length === 0 || halves[1].length === 0) return null;
  return { halves, score };
}

/** Centres as unit means of their sides; false when a side is empty. */
function recentre(
  x: Float64Array,
  k: number,
  members: number[],
  side: Uint8Array,
  centres: Float64Array[],
) {
  for (const c of centres) c.fill(0);
  const sizes = [0, 0];
  members.forEach((i, m) => {
    const half = side[m] as 0 | 1;
    const c = centres[half] as Float64Array;
    sizes[half] = (sizes[half] as number) + 1;
    for (let j = 0; j < k; j++) c[j] = (c[j] as number) + (x[i * k + j] as number);
  });
  if (sizes[0] === 0 || sizes[1] === 0) return false;
  for (const c of centres) {
    let norm = 0;
    for (let j = 0; j < k; j++) norm += (c[j] as number) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < k; j++) c[j] = (c[j] as number) * scale;
  }
  return true;
}

function dot(x: Float64Array, at: number, c: Float64Array, k: number): number {
  let sum = 0;
  for (let j = 0; j < k; j++) sum += (x[at + j] as number) * (c[j] as number);
  return sum;
}
