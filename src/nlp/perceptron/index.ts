/**
 * Pieces every averaged-perceptron model here shares: the seeded shuffle and the averaging and
 * quantisation of trained weights into the sparse stored layout (feature hash → entries of
 * (class id, int16 weight)). Feature hashing and the lookup index live in `../pos/hash.ts`.
 */

/** mulberry32: a small seeded generator, so the shuffle is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with `next`, in place. */
export function shuffle(order: number[], next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
}

/** Where each feature's entries start in the stored layout (`counts[f]` entries each); one past the last at the end. */
export function entryStarts(counts: Uint8Array): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let f = 0; f < counts.length; f++)
    starts[f + 1] = (starts[f] as number) + (counts[f] as number);
  return starts;
}

export interface SparseWeights {
  /** `round(weight * scale)` is what is stored. */
  scale: number;
  features: Uint32Array;
  counts: Uint8Array;
  entryTags: Uint8Array;
  weights: Int16Array;
}

/**
 * Averages (`avg = w - u / c`, Daumé's trick: row `[0, n)` holds weights, `[n, 2n)` the summed
 * `c × delta`), quantises to int16 and drops zero weights and empty features, in ascending hash order.
 * `minAbs` drops averaged weights whose magnitude is below it (pruning; 0 keeps all).
 */
export function averageWeights(
  weights: Map<number, Float64Array>,
  c: number,
  n: number,
  minAbs = 0,
): SparseWeights {
  const keys = [...weights.keys()].sort((a, b) => a - b);
  let maxAbs = 0;
  const avg = (w: Float64Array, t: number) => (w[t] as number) - (w[n + t] as number) / c;
  for (const k of keys) {
    const w = weights.get(k) as Float64Array;
    for (let t = 0; t < n; t++) maxAbs = Math.max(maxAbs, Math.abs(avg(w, t)));
  }
  const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
  const features: number[] = [];
  const counts: number[] = [];
  const entryTags: number[] = [];
  const values: number[] = [];
  for (const k of keys) {
    const w = weights.get(k) as Float64Array;
    let count = 0;
    for (let t = 0; t < n; t++) {
      const a = avg(w, t);
      if (minAbs > 0 && Math.abs(a) < minAbs) continue;
      const q = Math.round(a * scale);
      if (q === 0) continue;
      entryTags.push(t);
      values.push(q);
      count++;
    }
    if (count === 0) continue;
    features.push(k);
    counts.push(count);
  }
  return {
    scale: Number(scale.toPrecision(8)),
    features: Uint32Array.from(features),
    counts: Uint8Array.from(counts),
    entryTags: Uint8Array.from(entryTags),
    weights: Int16Array.from(values),
  };
}

/** Training-time weights: one row of `2n` per feature hash, created on its first update. */
export class PerceptronWeights {
  readonly rows = new Map<number, Float64Array>();
  /** The update counter of the averaging trick; bump it once per decision. */
  c = 1;

  constructor(readonly n: number) {}

  addScores(f: number, scores: Float64Array): void {
    const w = this.rows.get(f);
    if (w) for (let t = 0; t < this.n; t++) (scores[t] as number) += w[t] as number;
  }

  /** Adds `delta` to class `t`'s weight of feature `f`. */
  bump(f: number, t: number, delta: number): void {
    const n = this.n;
    let w = this.rows.get(f);
    if (!w) {
      w = new Float64Array(2 * n);
      this.rows.set(f, w);
    }
    w[t] = (w[t] as number) + delta;
    w[n + t] = (w[n + t] as number) + this.c * delta;
  }

  update(f: number, truth: number, guess: number): void {
    const n = this.n;
    let w = this.rows.get(f);
    if (!w) {
      w = new Float64Array(2 * n);
      this.rows.set(f, w);
    }
    w[truth] = (w[truth] as number) + 1;
    w[n + truth] = (w[n + truth] as number) + this.c;
    w[guess] = (w[guess] as number) - 1;
    w[n + guess] = (w[n + guess] as number) - this.c;
  }

  average(minAbs = 0): SparseWeights {
    return averageWeights(this.rows, this.c, this.n, minAbs);
  }
}
