import type { EntityType } from '../../doc/types.js';
import type { GazetteerHit, Knowledge } from '../knowledge/types.js';
import { isCapitalised, middleInitialsAt, type SentenceWords } from './words.js';

const ORG_KEY = 'org:';

/** The actor code of a known organisation's mention key (`org:MNCUSA:Boeing`), else null. */
export function organisationCode(key: string): string | null {
  return key.startsWith(ORG_KEY)
    ? key.slice(ORG_KEY.length, key.indexOf(':', ORG_KEY.length))
    : null;
}

export interface NameMatch {
  readonly from: number;
  readonly to: number;
  readonly type: EntityType;
  readonly key: string;
  readonly country: string | null;
}

/** When one phrase names several things, the most specific reading wins ("Georgia": the country). */
const PRIORITY: Record<GazetteerHit['kind'], number> = {
  country: 6,
  organisation: 5,
  person: 4,
  place: 3,
  regionAdjective: 2,
  demonym: 1,
  norp: 1,
};

export function best(hits: readonly GazetteerHit[]): GazetteerHit | undefined {
  let top: GazetteerHit | undefined;
  for (const hit of hits) if (!top || PRIORITY[hit.kind] > PRIORITY[top.kind]) top = hit;
  return top;
}

export function hitToMatch(
  hit: GazetteerHit,
  from: number,
  to: number,
  kb: Knowledge,
  date: string | null,
): NameMatch {
  switch (hit.kind) {
    case 'country':
      return { from, to, type: 'GPE', key: `country:${hit.entry.iso3}`, country: hit.entry.iso3 };
    case 'demonym':
      return { from, to, type: 'NORP', key: `norp:${hit.entry.iso3}`, country: hit.entry.iso3 };
    case 'place': {
      const type = hit.entry.kind === 'city' ? 'GPE' : 'LOC';
      return { from, to, type, key: `place:${hit.entry.name}`, country: hit.entry.country };
    }
    case 'regionAdjective':
      return { from, to, type: 'NORP', key: `norp:${hit.entry.name}`, country: null };
    case 'person': {
      const code = kb.officeOn(hit.entry, date) ? undefined : kb.codeOn(hit.entry, date)?.code;
      const country =
        kb.officeOn(hit.entry, date)?.country ??
        (code && kb.countries.has(code.slice(0, 3)) ? code.slice(0, 3) : null);
      return { from, to, type: 'PERSON', key: `person:${hit.entry.id}`, country };
    }
    case 'organisation':
      // Keyed by name as well as code: two parties out of government share a code (BGDOPP), and
      // so do Boeing and Exxon Mobil (MNCUSA).
      return hit.entry.country
        ? { from, to, type: 'ORG', key: `party:${hit.entry.name}`, country: null }
        : {
            from,
            to,
            type: 'ORG',
            key: `${ORG_KEY}${hit.entry.code}:${hit.entry.name}`,
            country: null,
          };
    case 'norp':
      return { from, to, type: 'NORP', key: `norp:${hit.entry.name}`, country: null };
  }
}

const POSSESSIVES = new Set(["'", '’', "'s", '’s']);

interface LongestHit {
  readonly hit: GazetteerHit;
  readonly to: number;
}

/**
 * Longest hits already looked up, per sentence and knowledge base, by word index: the recogniser
 * asks again for words inside a run it has scanned (null: no hit; undefined: not looked up).
 */
const looked = new WeakMap<
  SentenceWords,
  { kb: Knowledge; at: (LongestHit | null | undefined)[] }
>();

/** The longest capitalised phrase starting at `from` that the gazetteer knows. */
export function matchGazetteer(
  words: SentenceWords,
  from: number,
  kb: Knowledge,
  date: string | null,
): NameMatch | undefined {
  if (!isCapitalised(words.word(from))) return undefined;
  let memo = looked.get(words);
  if (memo?.kb !== kb) {
    memo = { kb, at: new Array(words.length).fill(undefined) };
    looked.set(words, memo);
  }
  let found = memo.at[from];
  if (found === undefined) {
    found = longestHit(words, from, kb);
    memo.at[from] = found;
  }
  return found ? hitToMatch(found.hit, from, found.to, kb, date) : undefined;
}

function longestHit(words: SentenceWords, from: number, kb: Knowledge): LongestHit | null {
  let longest = Math.min(words.length, from + kb.maxPhraseTokens);
  let found: LongestHit | null = null;
  let key = '';
  // Keys grow one word at a time; the last (longest) capitalised hit wins.
  for (let to = from + 1; to <= longest; to++) {
    // The tables write a name without its middle initials: `Donald J. Trump` is `donald trump`.
    const initials = to === from + 2 ? middleInitialsAt(words, to - 1) : 0;
    if (initials > 0) {
      to += initials;
      longest = Math.min(words.length, longest + initials);
    }
    const word = words.lower(to - 1);
    // The tables write a possessive joined ("Kurdistan Workers' Party"); the tokens split it.
    key = to === from + 1 ? word : POSSESSIVES.has(word) ? `${key}${word}` : `${key} ${word}`;
    if (isCapitalised(words.word(to - 1))) {
      const hit = best(kb.lookupKey(key));
      if (hit) found = { hit, to };
    }
    // No longer key starts with this one: adding words cannot find a hit.
    if (kb.hasLongerKey?.(key) === false) break;
  }
  return found;
}
