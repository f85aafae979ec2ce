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
  ORGANISATION_NOUNS,
  PARTY_MEMBERS,
  PERSON_ROLE_NOUNS,
  PLACE_FIRST_WORDS,
  PLACE_HEADS,
  PLACE_NOUNS,
  SPEECH_VERBS,
  TERM_ACRONYMS,
} from './vocabulary.js';
import { isCapitalised, middleInitialsAt, type SentenceWords } from './words.js';

/** `Washington-based`, `Tokyo-owned`: a name joined to a participle describes what follows. */
const PLACE_ADJECTIVE = /-(?:based|born|backed|led|owned|funded|controlled|run)$/u;

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
    else if (isCapitalised(word) && /\p{L}/u.test(word)) {
      to++;
      // "St. Louis-based | Mercantile Bancorp": a place made an adjective ends the run.
      if (word.includes('-') && PLACE_ADJECTIVE.test(word)) break;
    } else if (to > from && isCapitalised(words.word(to + 1)) && joinsName(words, from, to)) to++;
    else break;
  }
  return withoutTrailingConnectors(words, from, to);
}

/**
 * Whether word `at`, lower-case, joins the capitalised words around it into one name: a connector
 * (`Bank of England`), `&` (`Bear Stearns & Co`), or `and` in an organisation named by its head
 * word before `of` (`Ministry of Science and Technology`).
 */
function joinsName(words: SentenceWords, from: number, at: number): boolean {
  const word = words.word(at);
  if (NAME_CONNECTORS.has(word) || word === '&') return true;
  return (
    word === 'and' &&
    hasOrganisationHead(words, from, at) &&
    !ORGANISATION_HEADS.has(words.lower(at - 1))
  );
}

/** "Bank of | England", "King Abdullah of | Jordan": a run does not end on a connector. */
export function withoutTrailingConnectors(words: SentenceWords, from: number, to: number): number {
  let end = to;
  while (end > from && (NAME_CONNECTORS.has(words.word(end - 1)) || words.word(end - 1) === '&'))
    end--;
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
 * 2. a web name (`IndiaNarrative.com`), an organisation head word (`… Ministry`, `Ministry of …`,
 *    `National Bank of …`), an acronym (`NLD`) or a name an acronym in parentheses follows → ORG;
 *    an acronym in parentheses after lower-case words is a term (`liquefied natural gas (LNG)`): none;
 * 3. an occasion head word (`Republic Day`) → MISC; a place's head word (`Tana River`, `Lake
 *    Turkana`) or a place noun after it or before `of` and it (`Kamonyi district`, `the province
 *    of Guanacaste`) → LOC;
 * 4. after a title (`President X`), before a speech verb (`X said`), a quotation's speaker (`,”
 *    said X`, `,” X said`), or name-shaped after a lower-case role noun (`coach Aime Jacquet`, `the
 *    assailant, X,`) or before one in apposition (`X, a spokesman`, `X, 31,`) → PERSON;
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
  if (single && termAcronymInParentheses(words, from)) return undefined;
  if (WEB_NAME.test(text) || hasOrganisationHead(words, from, to) || text.includes(' & '))
    return make('ORG');
  if (single ? isAcronym(words, from) : acronymInParenthesesAfter(words, to)) return make('ORG');
  // "the daily Liberté", "consultancy Control Risks": a kind of organisation names the run.
  if (ORGANISATION_NOUNS.has(words.word(from - 1))) return make('ORG');
  // 3.
  if (OCCASION_HEADS.has(last)) return make('MISC');
  if (namedAsPlace(words, from, to)) return make('LOC');
  // 4.
  if (
    context.afterTitle ||
    (!single && SPEECH_VERBS.has(words.lower(to))) ||
    quoteSpeaker(words, from, to) ||
    ((roleBefore(words, from, to) || roleAfter(words, to)) && nameShaped(words, from, to))
  ) {
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

/**
 * An organisation's head word last (`… Ministry`) or before `of` (`Ministry of Government
 * Legislation`, `National Bank of Poland`, `Council for Journalism`).
 */
export function hasOrganisationHead(words: SentenceWords, from: number, to: number): boolean {
  if (ORGANISATION_HEADS.has(words.lower(to - 1))) return true;
  for (let k = from; k < to - 1; k++) {
    const next = words.lower(k + 1);
    if ((next === 'of' || next === 'for') && ORGANISATION_HEADS.has(words.lower(k))) return true;
  }
  return false;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * `NLD`, `FIFA`: an unknown word in capitals names an organisation, unless it is a common term
 * (`GDP`, `TV`), follows a number (`121 RBI`) or its neighbours are in capitals too (a headline or
 * table: `JAPAN BEAT SYRIA`).
 */
function isAcronym(words: SentenceWords, at: number): boolean {
  const word = words.word(at);
  if (!ACRONYM.test(word) || TERM_ACRONYMS.has(word)) return false;
  const before = words.word(at - 1);
  // `1.2 bln SKR`, `121 RBI`: after a number it is a unit or a currency.
  if (/\d/u.test(before) || (/\d/u.test(words.word(at - 2)) && /^\p{Ll}+$/u.test(before)))
    return false;
  return !inCapitals(before) && !inCapitals(words.word(at + 1));
}

function inCapitals(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

/** `Central Narcotics Bureau ( CNB )`: the run is what the acronym abbreviates. */
function acronymInParenthesesAfter(words: SentenceWords, to: number): boolean {
  return (
    words.word(to) === '(' &&
    ACRONYM.test(words.word(to + 1)) &&
    words.word(to + 2) === ')' &&
    !TERM_ACRONYMS.has(words.word(to + 1))
  );
}

/** `liquefied natural gas ( LNG )`: an acronym in parentheses after a lower-case word. */
function termAcronymInParentheses(words: SentenceWords, at: number): boolean {
  return (
    words.word(at - 1) === '(' &&
    words.word(at + 1) === ')' &&
    /^\p{Ll}/u.test(words.word(at - 2)) &&
    ACRONYM.test(words.word(at))
  );
}

/** Every word of the run shaped as a name's (`Wang Donghai`, `O'Neill`), at most three. */
function nameShaped(words: SentenceWords, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!/^\p{Lu}\p{Ll}/u.test(words.word(k))) return false;
  return true;
}

/** `coach Aime Jacquet`, `dissident Wang Donghai`: a lower-case role noun right before. */
function roleBefore(words: SentenceWords, from: number, to: number): boolean {
  if (from > 0 && PERSON_ROLE_NOUNS.has(words.word(from - 1))) return true;
  // `The assailant, Tetsuya Yamagami, was arrested`: the role, then the name between commas.
  return (
    words.word(from - 1) === ',' &&
    PERSON_ROLE_NOUNS.has(words.word(from - 2)) &&
    words.word(to) === ','
  );
}

/** `Kingsley Ezenwa, a spokesman for …`, `Maiko Marumo, 31, …`: a role or an age in apposition. */
function roleAfter(words: SentenceWords, to: number): boolean {
  if (words.word(to) !== ',') return false;
  if (/^\d{1,2}$/u.test(words.word(to + 1)) && words.word(to + 2) === ',') return true;
  for (let k = to + 1; k < to + 5 && k < words.length; k++) {
    const word = words.word(k);
    if (PERSON_ROLE_NOUNS.has(word)) return true;
    if (!/^\p{Ll}/u.test(word)) return false;
  }
  return false;
}

/** Words that end a quotation or a clause right before its speaker (`…,” said X`). */
const QUOTE_ENDS: ReadonlySet<string> = new Set(['”', '"', "'", '’', ',']);

/**
 * The speaker of a quotation: after it and a speech verb (`,” said Claver Ruzindaza`), or right
 * after it before one (`,” Marandi said`).
 */
function quoteSpeaker(words: SentenceWords, from: number, to: number): boolean {
  if (!nameShaped(words, from, to)) return false;
  if (SPEECH_VERBS.has(words.lower(from - 1)) && QUOTE_ENDS.has(words.word(from - 2))) return true;
  return SPEECH_VERBS.has(words.lower(to)) && QUOTE_ENDS.has(words.word(from - 1));
}

/**
 * A place by its shape: a head word last (`Tana River`, `Marsabit County`) or first (`Lake
 * Turkana`), a lower-case noun for a kind of place right after it (`Kamonyi district`, `Saskatoon
 * police`), or one before `of` and it (`the province of Guanacaste`).
 */
function namedAsPlace(words: SentenceWords, from: number, to: number): boolean {
  if (
    to - from > 1 &&
    (PLACE_HEADS.has(words.lower(to - 1)) || PLACE_FIRST_WORDS.has(words.lower(from)))
  )
    return true;
  const after = words.word(to);
  // `the Jewish state`, `an Arctic town`: an adjective of a people or a region is no place's name.
  if (
    (PLACE_NOUNS.has(after) || after === 'police') &&
    !/(?:ish|ic|ian|ese)$/u.test(words.word(to - 1))
  )
    return true;
  return words.word(from - 1) === 'of' && PLACE_NOUNS.has(words.word(from - 2));
}
