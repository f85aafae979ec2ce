import { best } from '../entities/gazetteer-match.js';
import { titlesOf } from '../entities/name-runs.js';
import { isCapitalised } from '../entities/words.js';
import type { GazetteerHit, Knowledge } from '../knowledge/types.js';

/** What the knowledge base says of each word of a sentence, as small codes for features. */
export interface GazetteerView {
  /** 0, or `1 + 4 × kind + position` (B, I, L, U) of the longest known phrase covering the word. */
  readonly phrase: Uint8Array;
  /** 1 where a title starts ("Prime Minister", "Minister", "Gen."), 2 inside one. */
  readonly title: Uint8Array;
  /** 1 when the word is the last word of a known person's name. */
  readonly surname: Uint8Array;
  /** 1 when office holders have the word as a given name (`Knowledge.givenNameGender`): "Maria". */
  readonly givenName: Uint8Array;
}

/** Hit kinds in code order; cities and regions are told apart because GPE and LOC differ. */
export const GAZETTEER_KINDS = [
  'country',
  'demonym',
  'city',
  'region',
  'regionAdjective',
  'person',
  'organisation',
  'norp',
] as const;

function kindCode(hit: GazetteerHit): number {
  const kind = hit.kind === 'place' ? hit.entry.kind : hit.kind;
  return GAZETTEER_KINDS.indexOf(kind);
}

const upper = isCapitalised;

/**
 * Longest-match phrase codes left to right (a phrase must start and end with a capitalised word),
 * title words, surnames and given names. Work per word is bounded by `kb.maxPhraseTokens` lookups.
 */
export function gazetteerView(
  words: readonly string[],
  lowers: readonly string[],
  kb: Knowledge,
): GazetteerView {
  const n = words.length;
  const phrase = new Uint8Array(n);
  const title = new Uint8Array(n);
  const surname = new Uint8Array(n);
  const givenName = new Uint8Array(n);
  const titles = titlesOf(kb);
  for (let i = 0; i < n; i++) {
    const word = words[i] as string;
    if (!upper(word)) continue;
    if (kb.peopleBySurname(word).length > 0) surname[i] = 1;
    if (kb.givenNameGender(word) !== undefined) givenName[i] = 1;
  }
  for (let i = 0; i < n; i++) {
    const candidates = titles.get(lowers[i] as string);
    if (candidates === undefined) continue;
    for (const parts of candidates) {
      if (parts.every((part, k) => lowers[i + k] === part)) {
        title[i] = 1;
        for (let k = 1; k < parts.length; k++) title[i + k] = 2;
        break;
      }
    }
  }
  let i = 0;
  while (i < n) {
    if (!upper(words[i] as string)) {
      i++;
      continue;
    }
    const longest = Math.min(n, i + kb.maxPhraseTokens);
    let key = '';
    let found = -1;
    let to = i;
    for (let j = i; j < longest; j++) {
      key = j === i ? (lowers[j] as string) : `${key} ${lowers[j] as string}`;
      if (upper(words[j] as string)) {
        const hit = best(kb.lookupKey(key));
        if (hit) {
          found = kindCode(hit);
          to = j + 1;
        }
      }
      // No longer key starts with this one (words join with a space): no later word can hit.
      if (kb.hasLongerKey?.(key) === false) break;
    }
    if (found < 0) {
      i++;
      continue;
    }
    const base = 1 + 4 * found;
    if (to - i === 1) phrase[i] = base + 3;
    else {
      phrase[i] = base;
      for (let k = i + 1; k < to - 1; k++) phrase[k] = base + 1;
      phrase[to - 1] = base + 2;
    }
    i = to;
  }
  return { phrase, title, surname, givenName };
}
