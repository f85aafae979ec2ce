import type { Mention } from '../../doc/types.js';
import type { Knowledge } from '../knowledge/types.js';
import { isTitleAt } from './name-runs.js';
import { SPEECH_VERBS } from './vocabulary.js';
import type { SentenceWords } from './words.js';

/**
 * Full names seen so far by their last and first word, so one word ("Shoigu", or "Abiy" for
 * Abiy Ahmed) can take their reading; surnames win over given names.
 */
export interface PeopleSeen {
  readonly bySurname: Map<string, Mention>;
  readonly byGivenName: Map<string, Mention>;
  /** One-word names of any type (`PolitiFact`), for the same word opening a later sentence. */
  readonly singles: Map<string, Mention>;
}

export function rememberPerson(people: PeopleSeen, mention: Mention): void {
  const { text } = mention;
  if (!text.includes(' ') && !people.singles.has(text)) people.singles.set(text, mention);
  if (mention.type !== 'PERSON') return;
  const firstSpace = text.indexOf(' ');
  // `President Obama … Obama emphasized`: one word found as a person is a surname from then on.
  if (firstSpace < 0) {
    if (/^\p{Lu}\p{Ll}+$/u.test(text) && !people.bySurname.has(text))
      people.bySurname.set(text, mention);
    return;
  }
  people.bySurname.set(text.slice(text.lastIndexOf(' ') + 1), mention);
  people.byGivenName.set(text.slice(0, firstSpace), mention);
}

export function personSeen(people: PeopleSeen, word: string): Mention | undefined {
  return people.bySurname.get(word) ?? people.byGivenName.get(word);
}

/**
 * A title inside a run of names ends the run, unless it is one word that is also a given name
 * ("Hossein Amir Abdollahian", "Sultan") after a name.
 */
export function titleInside(words: SentenceWords, j: number, kb: Knowledge): boolean {
  const length = isTitleAt(words, j, kb);
  if (length === 0) return false;
  if (length > 1) return true;
  return kb.givenNameGender(words.word(j)) === undefined && !surnameAfterGivenName(words, j, kb);
}

/** "Larry King": a one-word title that is a known surname, right after a given name, is part of the name. */
function surnameAfterGivenName(words: SentenceWords, j: number, kb: Knowledge): boolean {
  const before = words.word(j - 1);
  return (
    j > 0 &&
    kb.givenNameGender(before) !== undefined &&
    !SPEECH_VERBS.has(words.lower(j - 1)) &&
    kb.peopleBySurname(words.word(j)).length > 0
  );
}

/** Forms of address that stand before a surname, never before a role ("Mr. King", not a king). */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
/** Roles an honorific addresses as such: "Mr. President", "Madam Speaker". */
const ADDRESSED_ROLES: ReadonlySet<string> = new Set([
  'president',
  'speaker',
  'chairman',
  'chairwoman',
  'secretary',
  'ambassador',
  'mayor',
  'minister',
  'governor',
  'justice',
  'vice',
  'prime',
]);

/** Whether word `i` follows an honorific ("Mr. | Prince", "Mrs. | Jordan"). */
export function followsHonorific(words: SentenceWords, i: number): boolean {
  return i > 0 && HONORIFICS.has(words.lower(i - 1).replace(/\.$/u, ''));
}

/**
 * A one-word title that is a surname here: the surname of a person named earlier ("Larry King …
 * Mr. King said", "King said"), or any title word after an honorific but a role it addresses
 * ("Mr. Prince", "Mr. King"; not "Mr. President").
 */
export function titleIsSurname(
  words: SentenceWords,
  i: number,
  _kb: Knowledge,
  people: PeopleSeen,
): boolean {
  if (people.bySurname.has(words.word(i))) return true;
  return followsHonorific(words, i) && !ADDRESSED_ROLES.has(words.lower(i));
}
