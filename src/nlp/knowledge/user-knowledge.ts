import {
  type ActorDictionary,
  type ActorEntry,
  type ActorName,
  codeOn,
} from './actor-dictionary.js';
import { phraseKey, tokenCount } from './phrase.js';
import type { GazetteerHit, Knowledge, Organisation } from './types.js';

interface Indexed {
  readonly entry: ActorEntry;
  readonly name: ActorName;
}

/** Shortest stem that may match a longer word ("ARGENTIN" → Argentina). */
const MIN_STEM = 3;

/**
 * The base knowledge with a user's actor dictionaries on top: a phrase that a user entry names
 * reads as that entry only (the user's dictionary wins over the built-in one), coded as it was on
 * `date` (ISO; null = each entry's default code). The base lookup is untouched when no user entry
 * names the phrase.
 */
export function extendKnowledge(
  base: Knowledge,
  dictionaries: readonly ActorDictionary[],
  date: string | null,
): Knowledge {
  const exact = new Map<string, Indexed[]>();
  const stems = new Map<string, Indexed[]>();
  let longest = base.maxPhraseTokens;
  let severalWords = false;
  for (const d of dictionaries) {
    for (const entry of d.entries) {
      for (const name of entry.names) {
        const single = name.words.length === 1 && !name.exact;
        const map = single ? stems : exact;
        const first = name.words[0] as string;
        map.set(first, [...(map.get(first) ?? []), { entry, name }]);
        longest = Math.max(longest, name.words.length);
        if (name.words.length > 1) severalWords = true;
      }
    }
  }
  const hits = new Map<ActorEntry, GazetteerHit[]>();
  const hitOf = (entry: ActorEntry): GazetteerHit[] => {
    let list = hits.get(entry);
    if (!list) {
      const code = codeOn(entry, date);
      const organisation: Organisation | null = code
        ? { name: entry.names[0]?.words.join(' ') ?? code, aliases: [], code }
        : null;
      list = organisation ? [{ kind: 'organisation', entry: organisation }] : [];
      hits.set(entry, list);
    }
    return list;
  };
  const matches = (words: readonly string[], { name }: Indexed): boolean => {
    if (name.words.length !== words.length) return false;
    return name.words.every((w, k) => {
      const word = words[k] as string;
      if (word === w) return true;
      return k === words.length - 1 && !name.exact && w.length >= MIN_STEM && word.startsWith(w);
    });
  };
  const lookupKey = (key: string): readonly GazetteerHit[] => {
    const words = key.split(' ');
    const first = words[0] ?? '';
    const candidates = [...(exact.get(first) ?? [])];
    if (words.length === 1 && stems.size > 0) {
      for (let n = first.length; n >= MIN_STEM; n--)
        candidates.push(...(stems.get(first.slice(0, n)) ?? []));
    } else candidates.push(...(stems.get(first) ?? []));
    const found = candidates.find((c) => matches(words, c));
    if (found) return hitOf(found.entry);
    return base.lookupKey(key);
  };
  return {
    ...base,
    lookup: (phrase) => lookupKey(phraseKey(phrase)),
    lookupKey,
    maxPhraseTokens: Math.max(longest, tokenCount('')),
    // A user's phrase of several words may continue any key: the base's prefixes no longer tell.
    ...(severalWords ? { hasLongerKey: () => true } : {}),
  };
}
