import { random } from '../perceptron/index.js';

/**
 * Distributional word vectors for `npm run build:clusters`: each word's counts of the word just
 * before and just after it (left and right contexts are separate columns), weighted by positive
 * PMI and reduced by a randomized truncated SVD (Halko et al. 2011) to dense unit rows.
 */

/** A sparse matrix by rows: row `r` holds `cols[rows[r]..rows[r + 1]]` and the same `vals`. */
export interface SparseRows {
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  readonly vals: Float64Array;
  readonly columns: number;
}

/** Lower-case word counts over sentences, most frequent first (ties by spelling). */
export function countWords(sentences: readonly (readonly string[])[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Contexts outside the frequent list fall in one of these buckets, by their first character. */
const BUCKETS = ['<upper>', '<digit>', '<lower>', '<other>'];
function bucketOf(word: string): number {
  const c = word.charAt(0);
  if (/\p{Lu}/u.test(c)) return 0;
  if (/\p{N}/u.test(c)) return 1;
  if (/\p{Ll}/u.test(c)) return 2;
  return 3;
}

/**
 * PPMI of each word in `words` with the (cased) word before and after it; contexts are the
 * `contexts` most frequent lower-case words plus shape buckets and the sentence edges. Context
 * probabilities are smoothed with exponent 0.75 (Levy, Goldberg & Dagan 2015).
 */
export function contextPpmi(
  sentences: readonly (readonly string[])[],
  words: readonly string[],
  contexts: readonly string[],
  window = 1,
): SparseRows {
  const wordId = new Map(words.map((w, i) => [w, i]));
  const contextId = new Map(contexts.map((c, i) => [c, i]));
  const side = contexts.length + BUCKETS.length + 1;
  const edge = side - 1;
  const contextOf = (s: readonly string[], i: number): number => {
    if (i < 0 || i >= s.length) return edge;
    const w = s[i] as string;
    return contextId.get(w.toLowerCase()) ?? contexts.length + bucketOf(w);
  };
  const pairs: Map<number, number>[] = words.map(() => new Map());
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const w = wordId.get((s[i] as string).toLowerCase());
      if (w === undefined) continue;
      const row = pairs[w] as Map<number, number>;
      for (let d = 1; d <= window; d++) {
        const left = 2 * (d - 1) * side + contextOf(s, i - d);
        const right = (2 * d - 1) * side + contextOf(s, i + d);
        row.set(left, (row.get(left) ?? 0) + 1);
        row.set(right, (row.get(right) ?? 0) + 1);
      }
    }
  }
  return ppmi(pairs, 2 * window * side);
}

function ppmi(pairs: readonly Map<number, number>[], columns: number): SparseRows {
  const columnMass = new Float64Array(columns);
  const rowTotals = pairs.map((row) => {
    let total = 0;
    for (const [c, n] of row) {
      total += n;
      columnMass[c] = (columnMass[c] as number) + n;
    }
    return total;
  });
  let smoothedTotal = 0;
  for (let c = 0; c < columns; c++) {
    columnMass[c] = (columnMass[c] as number) ** 0.75;
    smoothedTotal += columnMass[c] as number;
  }
  const rows = new Int32Array(pairs.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  pairs.forEach((row, r) => {
    const total = rowTotals[r] as number;
    for (const [c, n] of [...row].sort((a, b) => a[0] - b[0])) {
      const pmi = Math.log((n * smoothedTotal) / (total * (columnMass[c] as number)));
      if (pmi <= 0) continue;
      cols.push(c);
      vals.push(pmi);
    }
    rows[r + 1] = cols.length;
  });
  return { rows, cols: Int32Array.from(cols), vals: Float64Array.from(vals), columns };
}

/** `A · X` for sparse `A` (n × d) and dense row-major `X` (d × m). */
function times(a: SparseRows, x: Float64Array, m: number): Float64Array {
  const n = a.rows.length - 1;
  const out = new Float64Array(n * m);
  for (let r = 0; r < n; r++) {
    for (let e = a.rows[r] as number; e < (a.rows[r + 1] as number); e++) {
      const v = a.vals[e] as number;
      const from = (a.cols[e] as number) * m;
      for (let j = 0; j < m; j++)
        out[r * m + j] = (out[r * m + j] as number) + v * (x[from + j] as number);
    }
  }
  return out;
}

/** `Aᵀ · Y` for sparse `A` (n × d) and dense row-major `Y` (n × m). */
function transposeTimes(a: SparseRows, y: Float64Array, m: number): Float64Array {
  const out = new Float64Array(a.columns * m);
  const n = a.rows.length - 1;
  for (let r = 0; r < n; r++) {
    for (let e = a.rows[r] as number; e < (a.rows[r + 1] as number); e++) {
      const v = a.vals[e] as number;
      const to = (a.cols[e] as number) * m;
      for (let j = 0; j < m; j++)
        out[to + j] = (out[to + j] as number) + v * (y[r * m + j] as number);
    }
  }
  return out;
}

/** Orthonormalises the columns of row-major `x` (n × m) in place (modified Gram–Schmidt). */
export function orthonormalise(x: Float64Array, n: number, m: number): void {
  for (let j = 0; j < m; j++) {
    for (let k = 0; k < j; k++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += (x[r * m + j] as number) * (x[r * m + k] as number);
      for (let r = 0; r < n; r++)
        x[r * m + j] = (x[r * m + j] as number) - dot * (x[r * m + k] as number);
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += (x[r * m + j] as number) ** 2;
    const scale = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
    for (let r = 0; r < n; r++) x[r * m + j] = (x[r * m + j] as number) * scale;
  }
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric m × m matrix (Jacobi). */
export function symmetricEigen(matrix: Float64Array, m: number) {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(m * m);
  for (let i = 0; i < m; i++) v[i * m + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++)
      for (let q = p + 1; q < m; q++) off += (a[p * m + q] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) rotate(a, v, m, p, q);
  }
  const values = Array.from({ length: m }, (_, i) => a[i * m + i] as number);
  return { values, vectors: v };
}

function rotate(a: Float64Array, v: Float64Array, m: number, p: number, q: number): void {
  const apq = a[p * m + q] as number;
  if (Math.abs(apq) < 1e-300) return;
  const theta = ((a[q * m + q] as number) - (a[p * m + p] as number)) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < m; k++) {
    const akp = a[k * m + p] as number;
    const akq = a[k * m + q] as number;
    a[k * m + p] = c * akp - s * akq;
    a[k * m + q] = s * akp + c * akq;
  }
  for (let k = 0; k < m; k++) {
    const apk = a[p * m + k] as number;
    const aqk = a[q * m + k] as number;
    a[p * m + k] = c * apk - s * aqk;
    a[q * m + k] = s * apk + c * aqk;
  }
  for (let k = 0; k < m; k++) {
    const vkp = v[k * m + p] as number;
    const vkq = v[k * m + q] as number;
    v[k * m + p] = c * vkp - s * vkq;
    v[k * m + q] = s * vkp + c * vkq;
  }
}

function gaussian(next: () => number): number {
  const u = Math.max(next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/**
 * Rows of `U · Σ^0.5` of a rank-`dimensions` SVD of `a`, each scaled to unit length (zero rows
 * stay zero): randomized range finder with oversampling and two power iterations.
 */
export function embedRows(a: SparseRows, dimensions: number, seed: number): Float64Array {
  const n = a.rows.length - 1;
  const m = Math.min(dimensions + 10, a.columns, n);
  const next = random(seed);
  const omega = Float64Array.from({ length: a.columns * m }, () => gaussian(next));
  let q = times(a, omega, m);
  for (let power = 0; power < 2; power++) {
    orthonormalise(q, n, m);
    const z = transposeTimes(a, q, m);
    orthonormalise(z, a.columns, m);
    q = times(a, z, m);
  }
  orthonormalise(q, n, m);
  const bt = transposeTimes(a, q, m); // Bᵀ = Aᵀ Q, d × m
  const gram = new Float64Array(m * m); // B Bᵀ
  for (let r = 0; r < a.columns; r++)
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++)
        gram[i * m + j] =
          (gram[i * m + j] as number) + (bt[r * m + i] as number) * (bt[r * m + j] as number);
  const { values, vectors } = symmetricEigen(gram, m);
  const order = values
    .map((_, i) => i)
    .sort((x, y) => (values[y] as number) - (values[x] as number));
  const k = Math.min(dimensions, m);
  const out = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < k; j++) {
      const col = order[j] as number;
      const weight = Math.max(values[col] as number, 0) ** 0.25; // σ^0.5
      let sum = 0;
      for (let i = 0; i < m; i++)
        sum += (q[r * m + i] as number) * (vectors[i * m + col] as number);
      out[r * k + j] = sum * weight;
    }
  }
  normaliseRows(out, n, k);
  return out;
}

export function normaliseRows(x: Float64Array, n: number, k: number): void {
  for (let r = 0; r < n; r++) {
    let norm = 0;
    for (let j = 0; j < k; j++) norm += (x[r * k + j] as number) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < k; j++) x[r * k + j] = (x[r * k + j] as number) * scale;
  }
}
