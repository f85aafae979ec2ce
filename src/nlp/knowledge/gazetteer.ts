import { nameVariantKey } from './name-variants.js';
import { phraseKey, tokenCount } from './phrase.js';
import type { Country, GazetteerHit, Norp, Organisation, Person, Place } from './types.js';

const NO_PEOPLE: readonly Person[] = Object.freeze([]);

/** Surname look-ups remembered by the word as written; cleared when it grows past this size. */
const SURNAME_MEMO_SIZE = 50_000;

/** The shortest name key (given names and surname) near spellings are looked up for. */
const MIN_NEAR_KEY = 12;
/** The shortest surname a letter may be missing from. */
const MIN_NEAR_SURNAME = 5;

/** The key with each letter of its last word left out in turn. */
function surnameDeletions(key: string): string[] {
  const start = key.lastIndexOf(' ') + 1;
  if (start === 0 || key.length - start < MIN_NEAR_SURNAME) return [];
  const out = new Set<string>();
  for (let i = start; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}

export interface GazetteerTables {
  countries: readonly Country[];
  places: readonly Place[];
  people: readonly Person[];
  organisations: readonly Organisation[];
  norps: readonly Norp[];
}

/** The phrase index behind `Knowledge.lookup`: one list of hits per phrase key. */
export class Gazetteer {
  readonly #index = new Map<string, GazetteerHit[]>();
  readonly #surnames = new Map<string, Person[]>();
  readonly #variants = new Map<string, Person[]>();
  readonly #nearSpellings = new Map<string, Person[]>();
  readonly #byId = new Map<string, Person>();
  #prefixes: Set<string> | undefined;
  readonly #surnameMemo = new Map<string, readonly Person[]>();
  #people: readonly Person[] = [];
  maxPhraseTokens = 0;

  constructor(t: GazetteerTables) {
    for (const c of t.countries) {
      for (const n of [c.name, ...c.variants]) this.#add(n, { kind: 'country', entry: c });
      for (const d of c.demonyms) this.#add(d, { kind: 'demonym', entry: c });
    }
    for (const p of t.places) {
      for (const n of [p.name, ...p.variants]) this.#add(n, { kind: 'place', entry: p });
      for (const a of p.adjectives ?? (p.adjective ? [p.adjective] : []))
        this.#add(a, { kind: 'regionAdjective', entry: p });
    }
    for (const o of t.organisations)
      for (const n of [o.name, ...o.aliases]) this.#add(n, { kind: 'organisation', entry: o });
    for (const n of t.norps) this.#add(n.name, { kind: 'norp', entry: n });
    this.#people = t.people;
    for (const p of t.people) {
      this.#byId.set(p.id, p);
      const surnames = new Set<string>();
      for (const n of [p.name, ...p.aliases]) {
        const key = this.#add(n, { kind: 'person', entry: p });
        const last = key.slice(key.lastIndexOf(' ') + 1);
        if (last) surnames.add(last);
      }
      for (const s of surnames) {
        const list = this.#surnames.get(s);
        if (list) list.push(p);
        else this.#surnames.set(s, [p]);
      }
    }
  }

  /** Indexes `hit` under the phrase's key and returns the key. */
  #add(phrase: string, hit: GazetteerHit): string {
    const key = phraseKey(phrase);
    if (key === '') return key;
    const hits = this.#index.get(key);
    if (hits === undefined) this.#index.set(key, [hit]);
    else if (!hits.some((h) => h.kind === hit.kind && h.entry === hit.entry)) hits.push(hit);
    const n = tokenCount(key);
    if (n > this.maxPhraseTokens) this.maxPhraseTokens = n;
    return key;
  }

  /** Built on the first variant look-up: loading stays fast (22,000 people), see load.test.ts. */
  #variantIndex(): Map<string, Person[]> {
    if (this.#variants.size > 0 || this.#people.length === 0) return this.#variants;
    for (const person of this.#people) {
      for (const name of [person.name, ...person.aliases]) {
        const key = nameVariantKey(name);
        if (key === '') continue;
        const list = this.#variants.get(key);
        if (!list) this.#variants.set(key, [person]);
        else if (!list.includes(person)) list.push(person);
      }
    }
    return this.#variants;
  }

  /** People whose name is spelt the same up to particles, hyphens and diacritics. */
  peopleByNameVariant(name: string): readonly Person[] {
    const key = nameVariantKey(name);
    return key === '' ? [] : (this.#variantIndex().get(key) ?? []);
  }

  /** Built on the first near-spelling look-up: each variant key with one letter of its surname out. */
  #nearSpellingIndex(): Map<string, Person[]> {
    if (this.#nearSpellings.size > 0) return this.#nearSpellings;
    for (const [key, people] of this.#variantIndex())
      for (const near of surnameDeletions(key)) {
        const list = this.#nearSpellings.get(near);
        if (!list) this.#nearSpellings.set(near, [...people]);
        else for (const p of people) if (!list.includes(p)) list.push(p);
      }
    return this.#nearSpellings;
  }

  /**
   * People whose name is spelt with one letter more or less in the surname, the given names the same:
   * "Abdelaziz Bouteflicka", "Laurent Gbago". Only for long names, and only as a fallback to
   * `peopleByNameVariant`: a short one ("John Smyth") is too near to others.
   */
  peopleByNearSpelling(name: string): readonly Person[] {
    const key = nameVariantKey(name);
    if (key.length < MIN_NEAR_KEY) return [];
    const exact = this.#variantIndex();
    const near = this.#nearSpellingIndex();
    // A letter missing ("Gbago") or one too many ("Bouteflicka"); not a letter changed, which
    // makes another real name too often ("Anderson", "Anderton").
    const found = new Set<Person>(near.get(key));
    for (const deleted of surnameDeletions(key))
      for (const p of exact.get(deleted) ?? []) found.add(p);
    return [...found];
  }

  personById(id: string): Person | undefined {
    return this.#byId.get(id);
  }

  lookup(phrase: string): readonly GazetteerHit[] {
    return this.#index.get(phraseKey(phrase)) ?? [];
  }

  lookupKey(key: string): readonly GazetteerHit[] {
    return this.#index.get(key) ?? [];
  }

  /**
   * Whether a longer phrase key starts with `key` followed by a space or a joined possessive
   * ("kurdistan workers" before "kurdistan workers' party"): a matcher that grows a key word by
   * word can stop when this is false. The prefixes are built on the first call.
   */
  hasLongerKey(key: string): boolean {
    return this.#prefixIndex().has(key);
  }

  #prefixIndex(): Set<string> {
    if (this.#prefixes) return this.#prefixes;
    const prefixes = new Set<string>();
    for (const key of this.#index.keys()) {
      for (let at = 1; at < key.length; at++) {
        const c = key.charCodeAt(at);
        // ' ', "'" and '’': where a word or a possessive joins the words before it.
        if (c === 32 || c === 39 || c === 0x2019) prefixes.add(key.slice(0, at));
      }
    }
    this.#prefixes = prefixes;
    return prefixes;
  }

  peopleBySurname(surname: string): readonly Person[] {
    let people = this.#surnameMemo.get(surname);
    if (people === undefined) {
      if (this.#surnameMemo.size >= SURNAME_MEMO_SIZE) this.#surnameMemo.clear();
      people = this.#surnames.get(phraseKey(surname)) ?? NO_PEOPLE;
      this.#surnameMemo.set(surname, people);
    }
    return people;
  }
}
