import type { GazetteerHit } from './types.js';

/**
 * A hit that names a seat of government on an ISO date: a capital, or a former seat (Bonn) on a
 * date up to its last day as one. With no date a former seat is only a city.
 */
export function isSeatOn(hit: GazetteerHit, date: string | null): boolean {
  if (hit.kind !== 'place') return false;
  if (hit.entry.capital) return true;
  const until = hit.entry.seatUntil;
  return until !== undefined && date !== null && date.slice(0, until.length) <= until;
}
