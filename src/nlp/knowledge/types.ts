import type { CityPoint } from './world-cities.js';

export type { CityPoint } from './world-cities.js';
/** Offices tracked by data/lexicon/people.json (leaders-peppercat role codes). */
export type OfficeRole = 'HOS' | 'HOS_REP' | 'HOG' | 'FOR' | 'DEF' | 'INT' | 'FIN';

export interface Country {
  /** ISO 3166-1 alpha-3 (XKX for Kosovo). */
  iso3: string;
  /** CAMEO country code: the same as iso3 except for legacy codes (TMP for Timor-Leste) and territories coded as their state (Mayotte → FRA). */
  cameo: string;
  name: string;
  variants: string[];
  demonyms: string[];
  capital: string | null;
}

export interface Place {
  name: string;
  variants: string[];
  kind: 'city' | 'region';
  country: string | null;
  capital: boolean;
  /** A former seat of government (Bonn): the last ISO day it was one. */
  seatUntil?: string;
  adjective?: string;
  /** Every adjective of a region; `adjective` is the first. */
  adjectives?: string[];
  regionCode?: string;
  lat?: number;
  lon?: number;
}

export interface Office {
  country: string;
  role: OfficeRole;
  position: string;
  /** ISO date at day, month or year precision; '' where upstream gave none. */
  start: string;
  end: string | null;
}

/** A Phoenix actor code a person carried over a period (`[ISRGOV 960618-990706]`). */
export interface DatedCode {
  /** Country and first role block, e.g. ISRGOV, RUSELI; or an IGO code. */
  code: string;
  /** ISO start; '' = open (an undated code has both ends open). */
  start: string;
  end: string | null;
}

export interface Person {
  /** Wikidata Q-id, or `phx:<name>` for a person only the Phoenix dictionary knows. */
  id: string;
  name: string;
  aliases: string[];
  offices: Office[];
  /** Dated actor codes from Phoenix.Countries.actors.txt, when it lists the person. */
  codes?: DatedCode[];
  /** Wikidata gender (leaders-peppercat), for pronoun agreement. */
  gender?: Gender;
}

/** Grammatical gender of a person for pronoun agreement: he/him/his, she/her. */
export type Gender = 'm' | 'f';

export interface Organisation {
  name: string;
  aliases: string[];
  /** CAMEO actor code, e.g. IGOUNO, NGOHRIAMN, IMGMUSALQ; for a party, its code out of government. */
  code: string;
  /** A party's country (data/src/parties.tsv); several countries' parties may share a name. */
  country?: string;
  /** A party's periods in government, each coded `<country>GOV`. */
  codes?: DatedCode[];
}

/** A people or polity word with no current country ("Soviet", "Kurdish"). */
export interface Norp {
  name: string;
  /** CAMEO code where one fits (lower case = CAMEO ethnic code), else null. */
  cameo: string | null;
}

export interface RoleNoun {
  words: string;
  /** One or more 3-letter CAMEO role blocks, general first: "GOV", "GOVMIL", "CVLOPP". */
  role: string;
  source: 'curated' | 'phoenix';
}

export interface Title {
  words: string;
  implies: OfficeRole | 'MIL' | null;
}

export type GazetteerHit =
  | { kind: 'country'; entry: Country }
  | { kind: 'demonym'; entry: Country }
  | { kind: 'place'; entry: Place }
  | { kind: 'regionAdjective'; entry: Place }
  | { kind: 'person'; entry: Person }
  | { kind: 'organisation'; entry: Organisation }
  | { kind: 'norp'; entry: Norp };

export interface Knowledge {
  /** By iso3. */
  countries: ReadonlyMap<string, Country>;
  /** Phrase lookup: key is the phrase lower-cased with single spaces ("new delhi", "u.s.", "central asian"); value: all hits. */
  lookup(phrase: string): readonly GazetteerHit[];
  /** The same for a key already in `phraseKey` form: the hot path of the entity recogniser. */
  lookupKey(key: string): readonly GazetteerHit[];
  /** Longest phrase length in tokens, so a matcher knows how far to look ahead. */
  maxPhraseTokens: number;
  /** Whether some longer key continues `key` (by a space or a joined possessive); optional. */
  hasLongerKey?(key: string): boolean;
  peopleBySurname(surname: string): readonly Person[];
  /** The person of a `person:<id>` key. */
  personById(id: string): Person | undefined;
  /** People whose name matches up to particles, hyphens and diacritics ("Omar El Bashir"). */
  peopleByNameVariant(name: string): readonly Person[];
  /** People whose long name has one letter more or less in the surname ("Abdelaziz Bouteflicka"). */
  peopleByNearSpelling(name: string): readonly Person[];
  /**
   * The office a person held on an ISO date (YYYY, YYYY-MM or YYYY-MM-DD; null = latest office),
   * optionally only in one country. Of several, the one begun last.
   */
  officeOn(person: Person, date: string | null, country?: string): Office | undefined;
  /** The person's dated Phoenix actor code on an ISO date (a dated one before an undated one). */
  codeOn(holder: { codes?: DatedCode[] }, date: string | null): DatedCode | undefined;
  roleNouns: readonly RoleNoun[];
  titles: readonly Title[];
  /** The gender a given name ("Maria") almost always has among office holders, if any. */
  givenNameGender(name: string): Gender | undefined;
  /** Cities of that name with coordinates, largest first (data/lexicon/cities.json). */
  citiesNamed(name: string): readonly CityPoint[];
}
