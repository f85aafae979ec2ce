import type { Doc } from '../../doc/doc.js';
import type { Mention } from '../../doc/types.js';
import type { CityPoint, Knowledge } from '../knowledge/types.js';

/** Countries the article names as countries or demonyms, with how often (places are left out). */
export function countryCounts(mentions: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind !== 'name' || !m.country) continue;
    if (!m.key.startsWith('country:') && !m.key.startsWith('norp:')) continue;
    counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  }
  return counts;
}

/** Country of the place named right after ", " ("Paris, Texas", "Troy, Tennessee"). */
function qualifierCountry(
  doc: Doc,
  mention: Mention,
  byStart: ReadonlyMap<number, Mention>,
): string | null {
  const comma = doc.tokens.indexAt(mention.end);
  if (doc.tokenText(comma) !== ',') return null;
  const next = byStart.get(doc.tokens.start(comma + 1));
  return next && next !== mention ? next.country : null;
}

/** How much bigger the gazetteer's city must be to keep its name from a namesake abroad. */
const NAMESAKE_RATIO = 10;

/**
 * Where a place mention is: the city of that name in the country named right after it ("Paris,
 * Texas"); else in the gazetteer's country for it when the article names that country; else in
 * the country the article names most; else the gazetteer's; else the largest of that name when it
 * is the only one or clearly the largest.
 */
export function geocode(
  doc: Doc,
  mention: Mention,
  kb: Knowledge,
  byStart: ReadonlyMap<number, Mention>,
  counts: () => ReadonlyMap<string, number>,
): CityPoint | undefined {
  if (mention.type !== 'GPE' && mention.type !== 'LOC') return undefined;
  if (!mention.key.startsWith('place:') && !mention.key.startsWith('name:')) return undefined;
  const name = mention.key.slice(mention.key.indexOf(':') + 1);
  const candidates = kb.citiesNamed(name);
  if (candidates.length === 0) return undefined;
  const qualifier = qualifierCountry(doc, mention, byStart);
  const inCountry = (country: string | null) => candidates.find((c) => c.country === country);
  if (qualifier) return inCountry(qualifier);
  const known = inCountry(mention.country);
  if (known && (counts().get(known.country) ?? 0) > 0) return known;
  let best: CityPoint | undefined;
  let bestCount = 0;
  for (const city of candidates) {
    const n = counts().get(city.country) ?? 0;
    if (n > bestCount) {
      best = city;
      bestCount = n;
    }
  }
  // A small namesake in a country the article names does not displace a big city (Paris, France).
  if (best && !(known && known.population >= NAMESAKE_RATIO * best.population)) return best;
  if (known) return known;
  const [first, second] = candidates;
  return !second || (first as CityPoint).population >= 5 * second.population ? first : undefined;
}

export function mentionsByStart(mentions: readonly Mention[]): Map<number, Mention> {
  const byStart = new Map<number, Mention>();
  for (const m of mentions) if (m.kind === 'name') byStart.set(m.start, m);
  return byStart;
}
