/**
 * `npm run build:data [-- --shared <dir>]`: compiles data/src/** and the public sets in
 * ../shared/data into the committed tables under data/lexicon and data/cameo (see data/README.md).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEventCodes } from './build-data/cameo.js';
import { commonLowercaseWords } from './build-data/common-words.js';
import { buildCountries } from './build-data/countries.js';
import { buildInstitutions } from './build-data/institutions.js';
import { writeJson } from './build-data/io.js';
import { buildOrganisations } from './build-data/organisations.js';
import { buildPeople } from './build-data/people.js';
import { buildCameoVerbs } from './build-data/verbs.js';
import { buildRoleNouns, buildTitles } from './build-data/vocab.js';
import { buildWorldCities } from './build-data/world-cities.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sharedDir(argv: readonly string[]): string {
  const i = argv.indexOf('--shared');
  const given = i >= 0 ? argv[i + 1] : undefined;
  return resolve(root, given ?? '../shared/data');
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
  const cities = buildWorldCities(shared);
  sizes.push(['lexicon/cities.json', cities.length, writeJson(out('lexicon/cities.json'), cities)]);
  const orgs = [...buildOrganisations(shared, common), ...buildInstitutions(src)];
  sizes.push([
    'lexicon/organisations.json',
    orgs.length,
    writeJson(out('lexicon/organisations.json'), orgs),
  ]);
  const roleNouns = buildRoleNouns(shared, src);
  sizes.push([
    'lexicon/role-nouns.json',
    roleNouns.length,
    writeJson(out('lexicon/role-nouns.json'), roleNouns),
  ]);
  const titles = buildTitles(src);
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
      `places not in countries.tsv: ${stats.unknownCountry.join(' ') || 'none'}`,
  );
}

main();
