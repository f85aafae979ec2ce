import { HISTORY_SLOTS } from './features.js';

/** Labels of the four CoNLL types (`O` + 4 × BILOU); the counts are sized for it. */
export const HISTORY_LABELS = 17;

/**
 * Codes of a form's earlier labels: slot 0 the majority type (O first on ties) with 1, 2 or 3+
 * occurrences; then up to four labels, most frequent first, each with whether it was every,
 * most or a minority of the occurrences.
 */
export function historyCodes(counts: Int32Array, out: Uint8Array, at: number): void {
  let total = 0;
  const types = typeCounts.fill(0);
  for (let l = 0; l < counts.length; l++) {
    const c = counts[l] as number;
    total += c;
    const t = l === 0 ? 0 : 1 + Math.floor((l - 1) / 4);
    types[t] = (types[t] as number) + c;
  }
  if (total === 0) return;
  let major = 0;
  for (let t = 1; t < types.length; t++)
    if ((types[t] as number) > (types[major] as number)) major = t;
  out[at] = 1 + major * 4 + Math.min(total, 3);
  // The labels seen, most frequent first (lower label first on ties), picked one at a time: each
  // pick is the first in that order after the one before.
  let last = -1;
  for (let s = 0; s < HISTORY_SLOTS - 1; s++) {
    let l = -1;
    for (let k = 0; k < counts.length; k++) {
      const c = counts[k] as number;
      if (c <= 0) continue;
      if (last >= 0) {
        const before = counts[last] as number;
        if (c > before || (c === before && k <= last)) continue;
      }
      if (l < 0 || c > (counts[l] as number)) l = k;
    }
    if (l < 0) break;
    last = l;
    const c = counts[l] as number;
    const share = c === total ? 3 : 2 * c > total ? 2 : 1;
    out[at + 1 + s] = 1 + l * 4 + share;
  }
}

/** `historyCodes`' per-type sums (O and the four types), reused. */
const typeCounts = new Float64Array(5);
