import { bands, nearestDuplicate, simhash } from './simhash.js';

/**
 * The statements both engines run after inserting an article (`?` placeholders): record its
 * SimHash and bands, find stored articles sharing a band, and mark it a near-duplicate of the
 * earliest within 3 bits.
 */
export const SET_SIMHASH =
  'UPDATE articles SET simhash = ?, band0 = ?, band1 = ?, band2 = ?, band3 = ? WHERE id = ?';
export const BAND_CANDIDATES = `SELECT id, simhash FROM articles
  WHERE id <> ? AND (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?) LIMIT 100`;
export const SET_NEAR_DUPLICATE = 'UPDATE articles SET near_duplicate_of = ? WHERE id = ?';

export interface NearDuplicateStep {
  hash: string;
  bands: string[];
}

export function nearDuplicateStep(text: string): NearDuplicateStep {
  const hash = simhash(text);
  return { hash, bands: bands(hash) };
}

export function pickDuplicate(step: NearDuplicateStep, rows: readonly Record<string, unknown>[]) {
  return nearestDuplicate(
    step.hash,
    rows.map((r) => ({ id: Number(r.id), simhash: String(r.simhash) })),
  );
}
