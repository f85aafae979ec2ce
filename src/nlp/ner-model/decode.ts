import {
  LABEL_FEATURES,
  labelFeatures,
  MAX_FEATURES,
  type NerView,
  staticFeatures,
} from './features.js';

/** Adds the weights of feature hash `f` to `scores` (one per label). */
export type AddFeature = (f: number, scores: Float64Array) => void;

/** Features of one word: its static ones, then `LABEL_FEATURES` per previous label (-1 first). */
export interface WordFeatures {
  readonly statics: Uint32Array;
  /** `labels[(prev + 1) * LABEL_FEATURES + k]`. */
  readonly labels: Uint32Array;
}

export function wordFeatures(view: NerView, i: number, n: number): WordFeatures {
  const buffer = new Uint32Array(MAX_FEATURES);
  const labels = new Uint32Array((n + 1) * LABEL_FEATURES);
  const f = wordFeaturesInto(view, i, n, buffer, labels);
  return { statics: f.statics.slice(), labels };
}

/** The same into caller-owned buffers (`statics` is a view of `buffer`), for the run-time tagger. */
export function wordFeaturesInto(
  view: NerView,
  i: number,
  n: number,
  buffer: Uint32Array,
  labels: Uint32Array,
): WordFeatures {
  const count = staticFeatures(view, i, buffer, 0);
  for (let prev = -1; prev < n; prev++) {
    labelFeatures(view, i, prev, labels, (prev + 1) * LABEL_FEATURES);
  }
  return { statics: buffer.subarray(0, count), labels };
}

/** A label may end a sentence unless it leaves a span open (B- or I-). */
export const mayEnd = (label: number): boolean => label === 0 || (label - 1) % 4 >= 2;

/** Where Viterbi reads a word's features: static hashes, and the label hashes for one `prev`. */
export interface FeatureSource {
  statics(i: number): Uint32Array;
  /** Adds the weights of word `i`'s label features after label `prev` to `scores`. */
  addLabels(i: number, prev: number, scores: Float64Array): void;
}

/** A source over precomputed `WordFeatures` (training). */
export function precomputed(words: readonly WordFeatures[], add: AddFeature): FeatureSource {
  return {
    statics: (i) => (words[i] as WordFeatures).statics,
    addLabels(i, prev, scores) {
      const labels = (words[i] as WordFeatures).labels;
      const at = (prev + 1) * LABEL_FEATURES;
      for (let k = 0; k < LABEL_FEATURES; k++) add(labels[at + k] as number, scores);
    },
  };
}

const NEG = Number.NEGATIVE_INFINITY;

/**
 * First-order Viterbi over labels under the BILOU transition table (`transitions[(prev + 1) * n +
 * next]`). With `beam` < n, only the `beam` best previous labels of each word are extended (the
 * run-time speed-up: label features are hashed and looked up for those alone); `beam` ≥ n is exact.
 * `transitionScores[(prev + 1) * n + next]`, when given, is added to every word's label scores (the
 * weights of the features that read nothing but the previous label, summed once per model).
 * Work per word is O(beam × n).
 */
export function viterbi(
  length: number,
  n: number,
  transitions: Uint8Array,
  source: FeatureSource,
  add: AddFeature,
  beam = n,
  transitionScores?: Float64Array,
): Int32Array {
  const out = new Int32Array(length);
  if (length === 0) return out;
  const back = new Int16Array(length * n);
  let delta = new Float64Array(n);
  let next = new Float64Array(n);
  const statics = new Float64Array(n);
  const label = new Float64Array(n);
  const chosen = new Int32Array(Math.max(1, Math.min(beam, n)));
  const taken = new Uint8Array(n);
  for (let i = 0; i < length; i++) {
    statics.fill(0);
    const f = source.statics(i);
    for (let k = 0; k < f.length; k++) add(f[k] as number, statics);
    next.fill(NEG);
    let count = 0;
    if (i === 0) chosen[count++] = -1;
    else if (beam >= n) for (let p = 0; p < n; p++) chosen[count++] = p;
    else {
      taken.fill(0);
      for (; count < chosen.length; count++) {
        let top = -1;
        for (let p = 0; p < n; p++) {
          if (!taken[p] && (top < 0 || (delta[p] as number) > (delta[top] as number))) top = p;
        }
        if (top < 0 || delta[top] === NEG) break;
        taken[top] = 1;
        chosen[count] = top;
      }
    }
    for (let c = 0; c < count; c++) {
      const prev = chosen[c] as number;
      const base = prev < 0 ? 0 : (delta[prev] as number);
      if (base === NEG) continue;
      label.fill(0);
      source.addLabels(i, prev, label);
      const row = (prev + 1) * n;
      if (transitionScores) {
        for (let t = 0; t < n; t++)
          label[t] = (label[t] as number) + (transitionScores[row + t] as number);
      }
      for (let t = 0; t < n; t++) {
        if (!transitions[row + t]) continue;
        const score = base + (label[t] as number) + (statics[t] as number);
        if (score > (next[t] as number)) {
          next[t] = score;
          back[i * n + t] = prev;
        }
      }
    }
    const swap = delta;
    delta = next;
    next = swap;
  }
  return backtrack(out, delta, back, n);
}

/**
 * For each previous label row (`prev + 1`, -1 for the sentence start), the labels allowed after
 * it in ascending order: Viterbi then visits only the pairs BILOU allows (9 of 17 after `O`, 2
 * inside a span).
 */
export function allowedNext(transitions: Uint8Array, n: number): Int32Array[] {
  const rows: Int32Array[] = [];
  for (let row = 0; row <= n; row++) {
    const next: number[] = [];
    for (let t = 0; t < n; t++) if (transitions[row * n + t]) next.push(t);
    rows.push(Int32Array.from(next));
  }
  return rows;
}

/**
 * Exact first-order Viterbi over dense scores, the run-time form of `viterbi` (same labels, same
 * ties: previous labels are tried in ascending order and only a strictly better score replaces
 * one). `statics[i * n + t]` is word `i`'s score of label `t` from its static features;
 * `pairs(i)` gives word `i`'s scores of label `t` after `prev` at `(prev + 1) * n + t`, for every
 * allowed pair (read before the next call). Work per word is O(allowed pairs).
 */
export function viterbiDense(
  length: number,
  n: number,
  allowed: readonly Int32Array[],
  statics: Float64Array,
  pairs: (i: number) => Float64Array,
): Int32Array {
  const out = new Int32Array(length);
  if (length === 0) return out;
  const back = new Int16Array(length * n);
  let delta = new Float64Array(n);
  let next = new Float64Array(n);
  for (let i = 0; i < length; i++) {
    next.fill(NEG);
    const pair = pairs(i);
    const first = i === 0 ? -1 : 0;
    const last = i === 0 ? -1 : n - 1;
    for (let prev = first; prev <= last; prev++) {
      const base = prev < 0 ? 0 : (delta[prev] as number);
      if (base === NEG) continue;
      const row = (prev + 1) * n;
      const labels = allowed[prev + 1] as Int32Array;
      for (let k = 0; k < labels.length; k++) {
        const t = labels[k] as number;
        const score = base + (pair[row + t] as number) + (statics[i * n + t] as number);
        if (score > (next[t] as number)) {
          next[t] = score;
          back[i * n + t] = prev;
        }
      }
    }
    const swap = delta;
    delta = next;
    next = swap;
  }
  return backtrack(out, delta, back, n);
}

function backtrack(out: Int32Array, delta: Float64Array, back: Int16Array, n: number): Int32Array {
  let best = -1;
  for (let t = 0; t < n; t++) {
    if (
      mayEnd(t) &&
      delta[t] !== NEG &&
      (best < 0 || (delta[t] as number) > (delta[best] as number))
    ) {
      best = t;
    }
  }
  if (best < 0) best = 0;
  for (let i = out.length - 1; i >= 0; i--) {
    out[i] = best;
    best = back[i * n + best] as number;
    if (best < 0) best = 0;
  }
  return out;
}
