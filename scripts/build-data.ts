/**
 * `npm run build:data [-- --shared <dir>]`: compiles data/src/** and the public sets in
 * ../shared/data into the committed tables under data/lexicon and data/cameo (see data/README.md).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { phraseKey } from '../src/nlp/knowledge/phrase.js';
import type { Country, RoleNoun, Title } from '../src/nlp/knowledge/types.js';
import { buildEventCodes } from './build-data/cameo.js';
import { commonLowercaseWords } from './build-data/common-words.js';
import { buildCountries } from './build-data/countries.js';
import { buildGenders } from './build-data/genders.js';
import { buildInstitutions, buildParties } from './build-data/institutions.js';
import { writeJson } from './build-data/io.js';
import { buildOrganisations } from './build-data/organisations.js';
import { buildPeople } from './build-data/people.js';
import { mergePhoenixPeople, readPhoenixPeople } from './build-data/phoenix-people.js';
import { buildCameoVerbs } from './build-data/verbs.js';
import { buildRoleNouns, buildTitles } from './build-data/vocab.js';
import { buildWorldCities } from './build-data/world-cities.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sharedDir(argv: readonly string[]): string {
  const i = argv.indexOf('--shared');
  const given = i >= 0 ? argv[i + 1] : undefined;
  return resolve(root, given ?? '../shared/data');
}

/** Words that mark a Phoenix name line as titled ("PRESIDENT_YELTSIN", "RUSSIAN_PRIME_MINISTER_…"). */
function titleWords(
  roleNouns: readonly RoleNoun[],
  titles: readonly Title[],
  countries: readonly Country[],
): Set<string> {
  const words = new Set<string>();
  const add = (phrase: string) => {
    for (const w of phraseKey(phrase).split(' ')) if (w.length > 2) words.add(w);
  };
  for (const r of roleNouns) add(r.words);
  for (const t of titles) add(t.words);
  for (const c of countries) for (const d of [c.name, ...c.demonyms]) add(d);
  return words;
}

function main(): void {
  const shared = sharedDir(process.argv.slice(2));
  if (!existsSync(join(shared, 'cameo'))) {
    console.error(`NG_E005: ${shared}: cannot read input (no cameo/ folder; pass --shared <dir>)`);
    process.exit(2);
  }
  const src = join(root, 'data/src');
  const out = (p: string): string => join(root, 'data', p);
  const common = commonLowercaseWords(shared);
  const { countries, places, norps } = buildCountries(shared, src, common);
  const { people, stats } = buildPeople(shared, new Set(countries.map((c) => c.iso3)));
  const roleNouns = buildRoleNouns(shared, src);
  const titles = buildTitles(src);
  const phoenix = mergePhoenixPeople(
    people,
    readPhoenixPeople(shared, titleWords(roleNouns, titles, countries), common),
  );
  const givenNames = buildGenders(shared, people);
  const sizes: [string, number, number][] = [
    [
      'lexicon/countries.json',
      countries.length,
      writeJson(out('lexicon/countries.json'), countries),
    ],
    ['lexicon/places.json', places.length, writeJson(out('lexicon/places.json'), places)],
    ['lexicon/norp.json', norps.length, writeJson(out('lexicon/norp.json'), norps)],
    ['lexicon/people.json', people.length, writeJson(out('lexicon/people.json'), people)],
  ];
  sizes.push([
    'lexicon/given-names.json',
    Object.keys(givenNames).length,
    writeJson(out('lexicon/given-names.json'), givenNames),
  ]);
  const cities = buildWorldCities(shared);
  sizes.push(['lexicon/cities.json', cities.length, writeJson(out('lexicon/cities.json'), cities)]);
  // Curated rows first: the gazetteer keeps the first of two organisations named alike.
  const orgs = [
    ...buildInstitutions(src),
    ...buildParties(src, new Set(countries.map((c) => c.iso3))),
    ...buildOrganisations(shared, common),
  ];
  sizes.push([
    'lexicon/organisations.json',
    orgs.length,
    writeJson(out('lexicon/organisations.json'), orgs),
  ]);
  sizes.push([
    'lexicon/role-nouns.json',
    roleNouns.length,
    writeJson(out('lexicon/role-nouns.json'), roleNouns),
  ]);
  sizes.push(['lexicon/titles.json', titles.length, writeJson(out('lexicon/titles.json'), titles)]);
  const events = buildEventCodes(shared);
  sizes.push([
    'cameo/event-codes.json',
    Object.keys(events.codes).length,
    writeJson(out('cameo/event-codes.json'), events),
  ]);
  const verbs = buildCameoVerbs(shared);
  sizes.push([
    'events/cameo-verbs.json',
    verbs.compiled.blocks.length,
    writeJson(out('events/cameo-verbs.json'), verbs.compiled),
  ]);
  for (const w of verbs.warnings) console.log(`CAMEO verbs: ${w}`);
  for (const [file, n, bytes] of sizes)
    console.log(`data/${file}\t${n} entries\t${(bytes / 1024).toFixed(0)} KB`);
  console.log(
    `people: ${stats.kept} offices from ${stats.rows} rows; ${stats.endBeforeStart} end before start; ` +
      `places not in countries.tsv: ${stats.unknownCountry.join(' ') || 'none'}; ` +
      `Phoenix people: ${phoenix.merged} dated codes added to leaders, ${phoenix.added} new`,
  );
}

main();
