import type { Doc } from '../../doc/doc.js';
import type { Mention } from '../../doc/types.js';
import type { SentenceWords } from '../entities/words.js';
import {
  BELIEF_CUES,
  NAMING_CUES,
  OBJECT_CUES,
  SPEECH_CUES,
  THAT_CUES,
} from '../quotes/vocabulary.js';

/** Verbs whose subject says, wants or finds something: the cues of the quote stage. */
const CUE_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_CUES,
  ...OBJECT_CUES,
  ...BELIEF_CUES,
  ...THAT_CUES,
  ...NAMING_CUES,
]);

/** Words between a subject pronoun and its verb: `it also says`, `they have long argued`. */
const BEFORE_VERB =
  /^(?:has|have|had|also|again|then|later|now|still|long|\p{L}{3,}ly|n['’]t|not)$/u;

/** How many sentences back a group pronoun looks for its organisation or group. */
export const GROUP_WINDOW = 2;

/** `it says`, `they have argued`: the pronoun at word `i` is the subject of a cue verb. */
export function speaksAsSubject(words: SentenceWords, i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
    if (CUE_VERBS.has(words.lower(k))) return true;
    if (!BEFORE_VERB.test(words.lower(k))) return false;
  }
  return false;
}

/** Words that can open a clause before its subject: `But it is`, `, however, it issued`. */
const CLAUSE_OPENING = /^(?:,|;|but|and|however|yet|so|instead|meanwhile|recently)$/u;
/** Verbs and auxiliaries that show the word before them is a subject: `it is`, `they issued`. */
const FINITE =
  /^(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|also|\p{Ll}{3,}ed|\p{Ll}{3,}[^s]s)$/u;

/** `But it is steering clear of`, `Recently, however, it issued`: the pronoun opens its clause as its subject. */
export function opensClauseAsSubject(words: SentenceWords, i: number): boolean {
  if (i > 0 && !CLAUSE_OPENING.test(words.lower(i - 1))) return false;
  const next = words.lower(i + 1);
  if (!FINITE.test(next) || EXPLETIVE_VERBS.test(next)) return false;
  // `it is worth remembering`, `it was clear`: `it` before `is` stands for nothing unless a verb follows.
  return !/^(?:is|was)$/u.test(next) || /^\p{Ll}{3,}(?:ing|ed)$/u.test(words.lower(i + 2));
}

/** `It seems`, `it appears`: verbs whose `it` stands for nothing. */
const EXPLETIVE_VERBS =
  /^(?:seems|seemed|appears|appeared|remains|remained|means|meant|matters|follows|happens|happened|helps|helped|takes|took)$/u;

/** Whether `before` (a sentence up to a word) leaves a quotation open: `Trump said, “When they`. */
export function insideQuotation(before: string): boolean {
  const opened = (before.match(/“/gu) ?? []).length;
  const closed = (before.match(/”/gu) ?? []).length;
  const straight = (before.match(/"/gu) ?? []).length;
  return opened > closed || straight % 2 === 1;
}

/** A group's name reads as a plural: `Republicans`, `Senate Democrats` (not `Congress`). */
const pluralName = (m: Mention) => /[^\Ws]s$/u.test(m.text) && !/\sof\s/u.test(m.text);

/** Determiners that open a noun phrase `it` could stand for instead: `the ad`, `a letter`. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those']);

/** Lower-case words ending in `s` that are no plural nouns. */
const NOT_PLURAL =
  /^(?:was|has|is|its|his|hers|this|does|yes|always|perhaps|news|thus|us|as|less|unless|across|whereas|towards?|afterwards)$/u;

/**
 * Whether a noun phrase between the name and the pronoun could be what the pronoun stands for:
 * for `it` a determiner and a lower-case word (`the ad`), for `they` a lower-case plural
 * (`crew members`, `10 judges`). Then the pronoun is left alone.
 */
export function nounBetween(pronoun: string, words: readonly string[]): boolean {
  return words.some((word, k) => {
    if (pronoun === 'it') return DETERMINERS.has(word) && /^\p{Ll}/u.test(words[k + 1] ?? '');
    return /^\p{Ll}{2,}[^s\W]s$/u.test(word) && !NOT_PLURAL.test(word);
  });
}

/** An organisation, or an untyped acronym (`FBI`, `NATO`): acronyms name bodies, not people. */
const organisation = (m: Mention) =>
  m.type === 'ORG' || (m.type === 'MISC' && /^\p{Lu}[\p{Lu}.&-]+$/u.test(m.text));

/**
 * Whether a named mention can be what `it` (an organisation or a country) or `they` (a group
 * named in the plural: `Republicans`, `Democrats`) stands for.
 */
export function fitsGroupPronoun(pronoun: string, m: Mention): boolean {
  if (m.kind !== 'name' || m.entity < 0) return false;
  // `the Times`, `Reuters`: an organisation's name may end in `s` and still be one body.
  if (pronoun === 'it')
    return m.type === 'ORG' || ((organisation(m) || m.type === 'GPE') && !pluralName(m));
  return (m.type === 'NORP' || m.type === 'ORG' || m.type === 'MISC') && pluralName(m);
}

/**
 * The entity a speaking `it` or `they` refers to: the latest fitting name before it in its
 * sentence or up to GROUP_WINDOW sentences back (`names`: the named mentions in text order).
 */
export function groupAntecedent(
  doc: Doc,
  names: readonly Mention[],
  pronoun: string,
  offset: number,
  windowStart: number,
): number | undefined {
  for (let k = names.length - 1; k >= 0; k--) {
    const m = names[k] as Mention;
    if (m.end > offset) continue;
    if (m.start < windowStart) return undefined;
    const pair = pronoun === 'they' ? pairedPerson(doc, names, k) : undefined;
    if (!pair && !fitsGroupPronoun(pronoun, m)) continue;
    const between = doc
      .tokenWords()
      .lowered.slice(doc.tokens.indexAt(m.end), doc.tokens.indexAt(offset));
    // A pair that spoke (`Grassley and Leahy say other changes …`) keeps `they say` over a plural object.
    if (pair && speakingPair(doc, m)) return m.entity;
    return nounBetween(pronoun, between) ? undefined : m.entity;
  }
  return undefined;
}

/** Whether a cue verb (after auxiliaries) follows the name that closes a pair. */
function speakingPair(doc: Doc, second: Mention): boolean {
  const { lowered } = doc.tokenWords();
  for (let t = doc.tokens.indexAt(second.end), k = 0; k < 4 && t < lowered.length; t++, k++) {
    const word = lowered[t] ?? '';
    if (CUE_VERBS.has(word)) return true;
    if (!BEFORE_VERB.test(word) && !/^[()\p{Lu}.,-]/u.test(doc.tokenText(t))) return false;
  }
  return false;
}

/** `and`, after a comma or a parenthesis (`(D-Mont.) and`), before titles (`and Sen.`, `and Mr.`). */
const PERSON_AND = /^\s*(?:\([^()]{1,30}\))?\s*,?\s*and\s+(?:\p{Lu}[\p{Ll}]{0,4}\.\s+){0,2}$/u;

/** A person, or an untyped name of two capitalised words or more (`Jon Tester`). */
const isPersonName = (m: Mention) =>
  m.type === 'PERSON' ||
  (m.type === 'MISC' && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'’-]+)+$/u.test(m.text));

/**
 * `Mr. Grassley and Mr. Leahy say …, they say`: the name at `k` closes a pair of people; `they`
 * then stands for the pair, and the last of them speaks for it, as the quote stage reads the
 * pair's own cue (the last person of a subject phrase).
 */
function pairedPerson(doc: Doc, names: readonly Mention[], k: number): Mention | undefined {
  const second = names[k] as Mention;
  let j = k - 1;
  // `Jon Tester (D-Mont.) and`: a name in parentheses after the first is its label.
  while (j >= 0 && doc.text.charAt((names[j] as Mention).start - 1) === '(') j--;
  const first = names[j];
  if (!first || !isPersonName(first) || !isPersonName(second)) return undefined;
  if (first.entity < 0 || first.entity === second.entity) return undefined;
  return PERSON_AND.test(doc.text.slice(first.end, second.start)) ? first : undefined;
}

/**
 * `the Chicago Police Department which reported`, `Democrats, who argued`: `which` right after
 * an organisation's or place's name, or `who` after a group's, as the subject of a cue verb,
 * stands for it.
 */
export function speakingRelative(words: SentenceWords, at: number, name: Mention): boolean {
  const relative = words.lower(at);
  // `who` stands for people (`Democrats, who`), not for `a staffer at the State Department who`.
  const fits =
    relative === 'who'
      ? name.type === 'NORP'
      : relative === 'which' && (name.type === 'ORG' || name.type === 'GPE');
  return fits && speaksAsSubject(words, at);
}
