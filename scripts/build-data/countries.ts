import { join } from 'node:path';
import { phraseKey } from '../../src/nlp/knowledge/phrase.js';
import type { Country, Norp, Place } from '../../src/nlp/knowledge/types.js';
import { type CountryInfoBlock, readCountryInfo } from './countryinfo.js';
import { byString, readTsv, uniqSorted } from './io.js';
import { goodVariant, isMangledForm, titleCase } from './names.js';
import { readTabariActors } from './tabari.js';

const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** "Indian" → "Indians", "Iraqi" → "Iraqis"; no plural for -ese, -ish, -ch, -sh, -ss, -s words. */
function plural(word: string): string | null {
  if (/man$/.test(word)) return word.replace(/man$/, 'men');
  return /(ese|ish|ch|sh|ss|s|x|z|men)$/i.test(word) ? null : `${word}s`;
}

/**
 * CountryInfo blocks by our iso3. A block's CountryCode is the CAMEO code, which territories share
 * with their state (Jersey is GBR), so the block whose ISO field also matches wins; failing that,
 * the only block with that code (its ISO field may be wrong: Guinea says PNG). First block wins.
 */
function blocksByCountry(
  blocks: readonly CountryInfoBlock[],
  curated: readonly Record<string, string>[],
): Map<string, CountryInfoBlock> {
  const out = new Map<string, CountryInfoBlock>();
  for (const row of curated) {
    const iso3 = row.iso3 ?? '';
    const sameCode = blocks.filter((b) => b.code === row.cameo);
    const block =
      sameCode.find((b) => b.iso3 === iso3) ?? (sameCode.length === 1 ? sameCode[0] : undefined);
    if (block) out.set(iso3, block);
  }
  return out;
}

export interface CountryTables {
  countries: Country[];
  places: Place[];
  norps: Norp[];
}

/**
 * 1. data/src/countries.tsv is the list of countries (iso3, CAMEO code, canonical name, variants).
 * 2. CountryInfo's Nationality block and Phoenix's country entry add variants; words that are
 *    demonyms in data/src/demonyms.tsv go to demonyms instead.
 * 3. Capitals: data/src/cities.tsv (capital = 1) first, else CountryInfo's first capital.
 * 4. Places: curated cities, CountryInfo capitals and major cities, curated regions and
 *    CountryInfo sub-national regions.
 */
export function buildCountries(
  shared: string,
  srcDir: string,
  common: ReadonlySet<string>,
): CountryTables {
  const curated = readTsv(join(srcDir, 'countries.tsv'));
  const info = blocksByCountry(
    readCountryInfo(join(shared, 'cameo/upstream/countryinfo/CountryInfo.120116.txt')),
    curated,
  );
  const phoenix = readTabariActors(join(shared, 'petrarch2/Phoenix.Countries.actors.txt'));
  const demonymRows = readTsv(join(srcDir, 'demonyms.tsv'));
  const cityRows = readTsv(join(srcDir, 'cities.tsv'));
  const regionRows = readTsv(join(srcDir, 'regions.tsv'));

  const demonymsOf = new Map<string, string[]>();
  const norps: Norp[] = [];
  const allDemonyms = new Set<string>();
  for (const row of demonymRows) {
    const words = list(row.words)
      .flatMap((w) => [w, plural(w)])
      .filter((w): w is string => w !== null);
    for (const w of words) allDemonyms.add(phraseKey(w));
    if (row.iso3 === '-') {
      for (const w of list(row.words)) norps.push({ name: w, cameo: row.cameo || null });
    } else demonymsOf.set(row.iso3 ?? '', [...(demonymsOf.get(row.iso3 ?? '') ?? []), ...words]);
  }

  // 2. The head of each Phoenix country entry, up to the first capital or city CountryInfo lists.
  const phoenixNames = new Map<string, string[]>();
  for (const e of phoenix) {
    const code = e.codes[0];
    if (!code || code.dated || e.codes.length > 1 || phoenixNames.has(code.code)) continue;
    const block = info.get(code.code);
    if (!block) continue;
    const stop = new Set([
      ...(block?.capital ?? []),
      ...(block?.majorCities ?? []),
      ...(block?.regions ?? []),
    ]);
    const names: string[] = [];
    for (const n of e.names) {
      if (stop.has(n)) break;
      names.push(n);
    }
    phoenixNames.set(code.code, names);
  }

  const capitalOf = new Map<string, string>();
  for (const row of cityRows)
    if (row.capital === '1') capitalOf.set(row.country ?? '', row.name ?? '');

  const countries: Country[] = curated.map((row) => {
    const iso3 = row.iso3 ?? '';
    const cameo = row.cameo ?? iso3;
    const block = info.get(iso3);
    const name = row.name ?? iso3;
    const demonyms = uniqSorted(demonymsOf.get(iso3) ?? []);
    const own = new Set([phraseKey(name), ...demonyms.map(phraseKey)]);
    const upstream = [
      block ? titleCase(block.name) : '',
      ...(block?.nationality ?? []),
      ...(cameo === iso3 ? (phoenixNames.get(cameo) ?? []) : []),
    ]
      .filter((v) => v !== '' && !allDemonyms.has(phraseKey(v)) && goodVariant(v, common))
      .map((v) => (v === v.toUpperCase() ? titleCase(v) : v));
    const seen = new Set(own);
    const variants: string[] = [];
    for (const v of [...list(row.variants), ...upstream]) {
      const key = phraseKey(v);
      if (seen.has(key)) continue;
      seen.add(key);
      variants.push(v);
    }
    const firstCapital = block?.capital[0];
    const capital = capitalOf.get(iso3) ?? (firstCapital ? titleCase(firstCapital) : null);
    return { iso3, cameo, name, variants: variants.sort(byString), demonyms, capital };
  });

  return {
    countries: countries.sort((a, b) => byString(a.iso3, b.iso3)),
    places: buildPlaces(countries, info, cityRows, regionRows, common),
    norps,
  };
}

function buildPlaces(
  countries: readonly Country[],
  info: ReadonlyMap<string, CountryInfoBlock>,
  cityRows: Record<string, string>[],
  regionRows: Record<string, string>[],
  common: ReadonlySet<string>,
): Place[] {
  const places = new Map<string, Place>();
  const known = new Set<string>();
  const add = (p: Place): void => {
    const ids = [p.name, ...p.variants].map((n) => `${p.kind}|${p.country ?? ''}|${phraseKey(n)}`);
    if (ids.some((id) => known.has(id))) return;
    for (const id of ids) known.add(id);
    places.set(ids[0] ?? '', p);
  };
  for (const row of cityRows) {
    add({
      name: row.name ?? '',
      variants: list(row.variants),
      kind: 'city',
      country: row.country || null,
      capital: row.capital === '1',
      ...(row.seat_until ? { seatUntil: row.seat_until } : {}),
    });
  }
  for (const c of countries) {
    const block = info.get(c.iso3);
    if (!block || block.name === '') continue;
    if (c.capital)
      add({ name: c.capital, variants: [], kind: 'city', country: c.iso3, capital: true });
    const cities = block.majorCities.filter(
      (x) => !block.majorCities.some((y) => isMangledForm(x, y)),
    );
    for (const city of cities) {
      if (!goodVariant(city, common)) continue;
      add({ name: titleCase(city), variants: [], kind: 'city', country: c.iso3, capital: false });
    }
    for (const region of block.regions) {
      if (!goodVariant(region, common)) continue;
      add({
        name: titleCase(region),
        variants: [],
        kind: 'region',
        country: c.iso3,
        capital: false,
      });
    }
  }
  for (const row of regionRows) {
    const adjectives = list(row.adjective);
    const place: Place = {
      name: row.name ?? '',
      variants: list(row.variants),
      kind: 'region',
      country: row.country || null,
      capital: false,
    };
    if (adjectives[0]) place.adjective = adjectives[0];
    if (adjectives.length > 1) place.adjectives = adjectives;
    if (row.code) place.regionCode = row.code;
    add(place);
  }
  return [...places.values()].sort(
    (a, b) =>
      byString(a.kind, b.kind) ||
      byString(a.country ?? '', b.country ?? '') ||
      byString(a.name, b.name),
  );
}
