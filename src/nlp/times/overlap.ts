import type { Found } from './mention.js';

/**
 * Of overlapping expressions, keeps the longest (the earlier one on a tie), in text order. An
 * occupancy bitmap keeps this linear in the text, whatever the number of candidates.
 */
export function keepLongest(found: readonly Found[], textLength: number): Found[] {
  const byLength = [...found].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken = new Uint8Array(textLength);
  const kept: Found[] = [];
  for (const f of byLength) {
    if (f.end <= f.start) continue;
    let free = true;
    for (let i = f.start; i < f.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
