import type { CharOffset, Span } from './types.js';

/** Index of the first span in `sorted` (ordered by start) that starts at or after `offset`. */
export function firstStartingAt<T extends Span>(sorted: readonly T[], offset: CharOffset): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as T).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of `sorted` (ordered by start) that lie inside `[start, end)`. */
export function spansWithin<T extends Span>(
  sorted: readonly T[],
  start: CharOffset,
  end: CharOffset,
): T[] {
  const found: T[] = [];
  for (let i = firstStartingAt(sorted, start); i < sorted.length; i++) {
    const span = sorted[i] as T;
    if (span.start >= end) break;
    if (span.end <= end) found.push(span);
  }
  return found;
}
