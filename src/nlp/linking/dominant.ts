import type { Mention } from '../../doc/types.js';

const LEADER_WEIGHT = 3;

/**
 * The article's country when one clearly dominates: named (as a country, a place, a demonym or
 * through a person's office)
 * at least twice, and at least twice as often as any other. Otherwise null — a title without a
 * country then gets no actor rather than a guess.
 */
export function dominantCountry(mentions: readonly Mention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind !== 'name' || !m.country) continue;
    if (m.type === 'ORG' || m.type === 'MISC') continue;
    // A sitting leader named in the article says more about its country than a passing mention.
    const weight = m.key.startsWith('person:') ? LEADER_WEIGHT : 1;
    counts.set(m.country, (counts.get(m.country) ?? 0) + weight);
  }
  let top: string | null = null;
  let best = 0;
  let second = 0;
  for (const [country, n] of counts) {
    if (n > best) {
      second = best;
      best = n;
      top = country;
    } else if (n > second) second = n;
  }
  return best >= 2 && best >= 2 * second ? top : null;
}
