import type { EntityType } from '../../doc/types.js';
import type { Knowledge } from '../knowledge/types.js';
import type { NameMatch } from './gazetteer-match.js';
import {
  HEADLINE_PLURAL_VERBS,
  HEADLINE_VERBS,
  NAME_CONNECTORS,
  NON_NAME_WORDS,
  OCCASION_HEADS,
  ORGANISATION_HEADS,
  PARTY_MEMBERS,
  SPEECH_VERBS,
} from './vocabulary.js';
import { isCapitalised, middleInitialsAt, type SentenceWords } from './words.js';

const WEB_NAME = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|in|co|uk|news|info|io)$/iu;

/** A capitalised verb of a headline at word `at`: `Says` after a name, `Rip` after a plural. */
export function isHeadlineVerb(words: SentenceWords, at: number): boolean {
  const word = words.lower(at);
  if (at === 0 || !isCapitalised(words.word(at - 1))) return false;
  return (
    HEADLINE_VERBS.has(word) ||
    (HEADLINE_PLURAL_VERBS.has(word) && words.lower(at - 1).endsWith('s'))
  );
}

/**
 * End of a run of capitalised words from `from`, allowing connectors ("Bank of England") and,
 * after a known given name, middle initials ("Benjamin J. Rhodes") inside.
 */
export function capitalisedRunEnd(words: SentenceWords, from: number, kb: Knowledge): number {
  let to = from;
  while (to < words.length) {
    const word = words.word(to);
    if (to > from && isHeadlineVerb(words, to)) break;
    const initials =
      to === from + 1 && kb.givenNameGender(words.word(from)) !== undefined
        ? middleInitialsAt(words, to)
        : 0;
    if (initials > 0) to += initials;
    else if (isCapitalised(word) && /\p{L}/u.test(word)) to++;
    else if (NAME_CONNECTORS.has(word) && isCapitalised(words.word(to + 1)) && to > from) to++;
    else break;
  }
  return withoutTrailingConnectors(words, from, to);
}

/** "Bank of | England", "King Abdullah of | Jordan": a run does not end on a connector. */
export function withoutTrailingConnectors(words: SentenceWords, from: number, to: number): number {
  let end = to;
  while (end > from && NAME_CONNECTORS.has(words.word(end - 1))) end--;
  return end;
}

/** Title word sequences by their first word, longest first; built once per knowledge base. */
const titleIndex = new WeakMap<Knowledge, Map<string, string[][]>>();

export function titlesOf(kb: Knowledge): Map<string, string[][]> {
  let index = titleIndex.get(kb);
  if (!index) {
    index = new Map();
    for (const title of kb.titles) {
      const parts = title.words.toLowerCase().split(' ');
      const first = parts[0] as string;
      index.set(
        first,
        [...(index.get(first) ?? []), parts].sort((a, b) => b.length - a.length),
      );
    }
    titleIndex.set(kb, index);
  }
  return index;
}

/** Length in words of the title ("Prime Minister", "Gen.") starting at word `at`, or 0. */
export function isTitleAt(words: SentenceWords, at: number, kb: Knowledge): number {
  for (const parts of titlesOf(kb).get(words.lower(at)) ?? []) {
    if (parts.every((part, k) => words.lower(at + k) === part)) return parts.length;
  }
  return 0;
}

/** Every title lower-cased, built once per knowledge base. */
const loweredTitles = new WeakMap<Knowledge, ReadonlySet<string>>();

export function isPluralTitle(word: string, kb: Knowledge): boolean {
  if (!word.endsWith('s')) return false;
  let titles = loweredTitles.get(kb);
  if (!titles) {
    titles = new Set(kb.titles.map((title) => title.words.toLowerCase()));
    loweredTitles.set(kb, titles);
  }
  return titles.has(word.slice(0, -1));
}

export interface RunContext {
  readonly afterTitle: boolean;
  readonly titleCountry: string | null;
}

/**
 * Classifies an unknown capitalised run, as a cascade:
 * 1. a run that starts with a plural title ("Ministers of Defence") names a role: none; a party's
 *    members (`Democrats`) are NORP;
 * 2. a web name (`IndiaNarrative.com`) or an organisation head word (`… Ministry`, `Ministry of …`) → ORG;
 * 3. an occasion head word (`Republic Day`) → MISC;
 * 4. after a title (`President X`) or before a speech verb (`X said`) → PERSON;
 * 5. two or three name-shaped words → PERSON when the last is a known surname or the first a
 *    known given name (`John Stumpf`);
 * 6. otherwise MISC.
 */
export function classifyRun(
  words: SentenceWords,
  from: number,
  to: number,
  context: RunContext,
  kb: Knowledge,
): NameMatch | undefined {
  const text = words.text(from, to);
  const last = words.lower(to - 1);
  const single = to - from === 1;
  const length = nameWordCount(words, from, to);
  if (single && NON_NAME_WORDS.has(last)) return undefined;
  const make = (type: EntityType, country: string | null = null): NameMatch => ({
    from,
    to,
    type,
    key: `name:${text}`,
    country,
  });
  // 1.
  if (isPluralTitle(words.lower(from), kb)) return undefined;
  if (single && PARTY_MEMBERS.has(last)) return make('NORP');
  // 2.
  // "Ministry of Government Legislation", "Department of Defense": the head comes first.
  const headFirst = ORGANISATION_HEADS.has(words.lower(from)) && words.lower(from + 1) === 'of';
  if (WEB_NAME.test(text) || ORGANISATION_HEADS.has(last) || headFirst) return make('ORG');
  // 3.
  if (OCCASION_HEADS.has(last)) return make('MISC');
  // 4.
  if (context.afterTitle || (!single && SPEECH_VERBS.has(words.lower(to)))) {
    return make('PERSON', context.titleCountry);
  }
  // 5.
  if (length <= 3 && kb.peopleBySurname(words.word(to - 1)).length > 0) return make('PERSON');
  if (!single && length <= 3 && givenNameFirst(words, from, kb)) return make('PERSON');
  // 6.
  return make('MISC');
}

/** Words of a run without its middle initials: `Leonard E. Burman` has two. */
function nameWordCount(words: SentenceWords, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const initials = k > from ? middleInitialsAt(words, k) : 0;
    if (initials > 0) k += initials - 1;
    else count++;
  }
  return count;
}

/** `John Stumpf`, `Jon Tester`: a run that opens with a given name, name-shaped throughout. */
function givenNameFirst(words: SentenceWords, from: number, kb: Knowledge): boolean {
  if (kb.givenNameGender(words.word(from)) === undefined) return false;
  const next = from + 1 + middleInitialsAt(words, from + 1);
  return /^\p{Lu}\p{Ll}+$/u.test(words.word(from)) && /^\p{Lu}[\p{Ll}'’-]/u.test(words.word(next));
}
