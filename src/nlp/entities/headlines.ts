import type { Knowledge } from '../knowledge/types.js';
import { matchGazetteer, type NameMatch } from './gazetteer-match.js';
import { classifyRun } from './name-runs.js';
import { type PeopleSeen, personSeen } from './people-seen.js';
import { isCapitalised, type SentenceWords } from './words.js';

/**
 * Function words that title case capitalises and running text does not: one of them after the
 * first word marks a title-case headline (`Hillary Just Vowed To …`, `Democrats Call For …`).
 */
const TITLE_CASE_WORDS: ReadonlySet<string> = new Set([
  'To',
  'For',
  'Of',
  'The',
  'In',
  'On',
  'At',
  'With',
  'And',
  'As',
  'About',
  'After',
  'Over',
  'From',
  'Into',
  'Is',
  'Are',
  'Was',
  'Has',
  'Have',
  'Will',
  'Not',
  'Just',
  'His',
  'Her',
  'Their',
  'Who',
  'That',
]);

/** Share of a headline's words (letters only) that title case capitalises. */
const MIN_CAPITALISED = 0.75;

/** Whether the sentence is a title-case headline: nearly every word capitalised, function words too. */
export function isTitleCase(words: SentenceWords): boolean {
  // Most sentences fail within a few words: stop once too many open in lower case.
  const maxLower = words.length * (1 - MIN_CAPITALISED);
  let letters = 0;
  let lower = 0;
  let functionWord = false;
  for (let i = 0; i < words.length; i++) {
    const word = words.word(i);
    const code = word.charCodeAt(0);
    if (code >= 97 && code <= 122) {
      letters++;
      if (++lower > maxLower) return false;
      continue;
    }
    const capital = code >= 65 && code <= 90;
    if (!capital && (code < 128 || !/^\p{L}/u.test(word))) continue;
    letters++;
    if (!capital && !isCapitalised(word)) {
      if (++lower > maxLower) return false;
    } else if (i > 0 && TITLE_CASE_WORDS.has(word)) functionWord = true;
  }
  return functionWord && letters >= 3 && lower <= letters * (1 - MIN_CAPITALISED);
}

/**
 * The names of a title-case headline, where capitals mark no name: the gazetteer's, and runs of
 * words the article's other sentences named as people (`Hillary`, `Tim Kaine`), each run read as
 * the person its last word names. Other capitalised words are left alone (`Just Vowed To`).
 */
export function headlineNames(
  words: SentenceWords,
  kb: Knowledge,
  people: PeopleSeen,
  date: string | null,
): NameMatch[] {
  const matches: NameMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const known = isCapitalised(words.word(i)) ? matchGazetteer(words, i, kb, date) : undefined;
    if (known) {
      matches.push(known);
      i = known.to;
      continue;
    }
    let end = i;
    while (end < words.length && personSeen(people, words.word(end))) end++;
    const person = end > i ? personSeen(people, words.word(end - 1)) : undefined;
    const named = person ? undefined : givenAndSurname(words, i, kb);
    if (person) {
      matches.push({ from: i, to: end, type: 'PERSON', key: person.key, country: person.country });
      i = end;
    } else if (named) {
      matches.push(named);
      i = named.to;
    } else i++;
  }
  return matches;
}

/** `Rush Limbaugh: …`: a known given name and the capitalised word after it name a person. */
function givenAndSurname(words: SentenceWords, i: number, kb: Knowledge): NameMatch | undefined {
  const next = words.word(i + 1);
  if (kb.givenNameGender(words.word(i)) === undefined) return undefined;
  if (!isCapitalised(next) || TITLE_CASE_WORDS.has(next)) return undefined;
  const match = classifyRun(words, i, i + 2, { afterTitle: false, titleCountry: null }, kb);
  return match?.type === 'PERSON' ? match : undefined;
}
