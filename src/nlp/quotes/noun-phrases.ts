import type { Doc } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import type { EntityType } from '../../doc/types.js';
import { isCapitalised } from '../entities/words.js';
import { MONTH_NAMES, NUMBER_WORDS, WEEKDAYS } from '../times/vocabulary.js';
import { isNounUse } from './clauses.js';
import { OBJECT_VERBS, SPEECH_VERB_PAIRS, SPEECH_VERBS, THAT_VERBS } from './cue-verbs.js';
import { isAuxiliary, isPassiveCue, PHRASE_BOUNDARY } from './speakers.js';
import { speakingNounType } from './speaking-nouns.js';
import { CONTINUE_FORMS, SPEECH_CUES } from './vocabulary.js';

/**
 * Common-noun phrases read from the words around a cue, for the quote stage to make speakers of:
 * a speaking noun's phrase (`a senior campaign official`, `according to exit polls`), any noun
 * phrase in a verb cue's subject slot (`Twelve percent indicated`), and the relative pronoun that
 * stands in that slot (`economists who argue`).
 */

/** Longest mention that may overlap a phrase, in characters: bounds the search for one. */
export const MAX_MENTION_CHARS = 80;
/** Words of a speaking noun phrase before its head: `a senior campaign | official`. */
const MAX_MODIFIERS = 4;
/** Words that cannot stand inside such a phrase: prepositions, verbs of saying, clause words. */
const NOT_MODIFIER =
  /^(?:of|for|in|on|at|with|by|from|to|about|than|like|into|over|under|after|before|during|among|between|across|against|through|without|within|despite|since|until|upon|via|per|as|when|while|if|is|are|was|were|be|been|has|have|had|not|no|it|they|he|she|we|i|you|there|this|what)$/iu;
/** A word that opens a noun phrase: nothing before it belongs to the phrase. */
const DETERMINER =
  /^(?:a|an|the|another|some|many|most|several|few|these|those|both|all|its|their|his|her|our|my|your)$/iu;
/** Words that may follow a phrase's head inside it: `a spokesman for`, `experts on`, `sources close to`. */
const HEAD_FOLLOWERS = /^(?:for|of|at|with|in|on|from|familiar|close|who)$/iu;
/** A modifier: a word (`senior`, `campaign`, `Democratic`), a number or an ordinal. */
const MODIFIER = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;

export interface Phrase {
  readonly first: number;
  readonly last: number;
  readonly type: EntityType;
}

/**
 * The first token of the phrase whose head is token `head`: back over up to MAX_MODIFIERS
 * modifiers, to a determiner at most, and not past a word `stops` turns away.
 */
function phraseStart(
  doc: Doc,
  head: number,
  sentenceFirst: number,
  stops: (word: string) => boolean,
): number {
  let first = head;
  while (
    first - 1 >= sentenceFirst &&
    head - (first - 1) <= MAX_MODIFIERS &&
    !DETERMINER.test(doc.tokenText(first))
  ) {
    const word = doc.tokenText(first - 1);
    if (!MODIFIER.test(word) || NOT_MODIFIER.test(word) || PHRASE_BOUNDARY.test(word)) break;
    if (stops(word)) break;
    first--;
  }
  return first;
}

/** The phrase whose head noun, a speaking noun, is token `head`, running back over modifiers. */
function nounPhraseEndingAt(doc: Doc, head: number, sentenceFirst: number): Phrase | undefined {
  const type = speakingNounType(doc.tokenText(head));
  // `Police say`: a capital only where the sentence opens.
  if (!type || (!/^\p{Ll}/u.test(doc.tokenText(head)) && head !== sentenceFirst)) return undefined;
  const first = phraseStart(doc, head, sentenceFirst, (word) =>
    SPEECH_CUES.has(word.toLowerCase()),
  );
  if (ownedByName(doc, first) || ISSUING.test(doc.tokenText(first - 1))) return undefined;
  return { first, last: head, type };
}

/** `Trump issued a statement saying`: what was issued is the object, and its issuer speaks. */
const ISSUING =
  /^(?:issued|issues|issue|issuing|released|releases|release|releasing|put|posted|sent|published)$/iu;

/** `Clinton’s campaign`: a person or body named before a possessive speaks for what it owns. */
function ownedByName(doc: Doc, first: number): boolean {
  if (!/^['’]s$/iu.test(doc.tokenText(first - 1))) return false;
  const at = doc.tokens.start(first - 1);
  return spansWithin(doc.mentions, at - MAX_MENTION_CHARS, at).some(
    (m) => m.end === at && (m.type === 'PERSON' || m.type === 'ORG'),
  );
}

/** The phrase starting at token `first` (`said | one official`, `according to | exit polls`). */
export function nounPhraseFrom(doc: Doc, first: number, sentenceEnd: number): Phrase | undefined {
  for (let head = first; head < Math.min(sentenceEnd, first + MAX_MODIFIERS + 1); head++) {
    const word = doc.tokenText(head);
    if (!MODIFIER.test(word) || NOT_MODIFIER.test(word) || PHRASE_BOUNDARY.test(word)) return;
    const type = speakingNounType(word);
    const next = doc.tokenText(head + 1);
    if (type && /^\p{Ll}/u.test(word) && !speakingNounType(next) && !/^\p{Ll}/u.test(next))
      return { first, last: head, type };
    // `Protesters marching through the streets chanted`: a participle opens the head's modifier.
    if (type && (HEAD_FOLLOWERS.test(next) || /^\p{Ll}{3,}ing$/u.test(next)))
      return { first, last: head, type };
  }
  return undefined;
}

const GO = /^(?:go|goes|going|gone|went)$/iu;

/**
 * `The email goes on to | say`, `Clinton continued to | defend`: the token before the verb that
 * carries the cue when `went on to` or `continued to` ends at `t`, else `t`.
 */
export function beforeCarrierVerb(doc: Doc, t: number): number {
  if (doc.lowerTokenText(t) !== 'to') return t;
  if (doc.lowerTokenText(t - 1) === 'on' && GO.test(doc.tokenText(t - 2))) return t - 3;
  return CONTINUE_FORMS.test(doc.tokenText(t - 1)) ? t - 2 : t;
}

/** The common-noun subject of the cue at token `cue`, before it or inverted after it. */
export function speakingPhrase(doc: Doc, cue: number, sentenceFirst: number, sentenceEnd: number) {
  if (doc.lowerTokenText(cue) === 'according' && doc.lowerTokenText(cue + 1) === 'to')
    return nounPhraseFrom(doc, cue + 2, sentenceEnd);
  let head = beforeCarrierVerb(doc, cue - 1);
  while (head > sentenceFirst && isAuxiliary(doc.tokenText(head))) head--;
  head = beforeParenthetical(doc, head);
  const before =
    head >= sentenceFirst
      ? (nounPhraseEndingAt(doc, head, sentenceFirst) ?? ofPhraseEndingAt(doc, head, sentenceFirst))
      : undefined;
  if (before) return before;
  // `," said one official.`: inverted only right after a quote or a comma.
  return /^[,"”'’]$/u.test(doc.tokenText(cue - 1))
    ? nounPhraseFrom(doc, cue + 1, sentenceEnd)
    : undefined;
}

/**
 * `The AP interviewed crew members. They described …`: the last speaking noun phrase in tokens
 * `[first, end)` of one sentence that `it` (a body or a work, in the singular) or `they` (in the
 * plural) can stand for.
 */
export function lastSpeakingPhrase(
  doc: Doc,
  first: number,
  end: number,
  pronoun: 'it' | 'they',
): Phrase | undefined {
  for (let head = end - 1; head >= first; head--) {
    const word = doc.tokenText(head);
    if (!/^\p{Ll}/u.test(word)) continue;
    const plural = endsInPlural(word);
    if (pronoun === 'they' ? !plural : plural) continue;
    const phrase = nounPhraseEndingAt(doc, head, first);
    if (phrase && (pronoun === 'they' || phrase.type !== 'PERSON')) return phrase;
  }
  return undefined;
}

/** Whether a word or name ends as a plural does: `senators`, `Democrats` (not `press`). */
export const endsInPlural = (text: string) => /[^s\W]s$/u.test(text);

/** `officials, however, | say`: an adverb between commas after the subject. */
const PARENTHETICAL = /^(?:however|though|meanwhile|instead|too)$/iu;

/** The token before `, however,` when that ends at token `t`, else `t`. */
function beforeParenthetical(doc: Doc, t: number): number {
  const enclosed = doc.tokenText(t) === ',' && doc.tokenText(t - 2) === ',';
  return enclosed && PARENTHETICAL.test(doc.tokenText(t - 1)) ? t - 3 : t;
}

/** Words an `of` phrase after a speaking noun may hold: `supporters of | the new bill`. */
const MAX_OF_OBJECT = 4;

/**
 * `supporters of the new bill`, `critics of the deal`: a speaking noun with an `of` phrase whose
 * last word is token `head`.
 */
function ofPhraseEndingAt(doc: Doc, head: number, sentenceFirst: number): Phrase | undefined {
  const last = doc.tokenText(head);
  if (!/^\p{Ll}/u.test(last) || NOT_MODIFIER.test(last) || NOT_HEAD.test(last)) return undefined;
  if (PHRASE_BOUNDARY.test(last) || SPEECH_CUES.has(last)) return undefined;
  for (let of = head - 1; of > sentenceFirst && head - of <= MAX_OF_OBJECT; of--) {
    const word = doc.tokenText(of);
    if (word.toLowerCase() === 'of') {
      const phrase = nounPhraseEndingAt(doc, of - 1, sentenceFirst);
      return phrase && { ...phrase, last: head };
    }
    if (!MODIFIER.test(word) || PHRASE_BOUNDARY.test(word) || SPEECH_CUES.has(word.toLowerCase()))
      return undefined;
  }
  return undefined;
}

/** Pronouns and clause words: a subject slot they fill names no one here (coreference resolves pronouns). */
const NOT_HEAD =
  /^(?:he|she|they|it|we|i|you|him|her|them|this|these|those|there|here|what|who|whom|which|that|one|none|each|such|so|then|to|do|does|did|can|could|may|might|must|shall|should|will|would)$/iu;
/** Adverbs the `-ly` rule of `isAuxiliary` misses: `also`, `now`, `only`, `often`. */
const ADVERBS =
  /^(?:also|now|only|often|still|then|already|just|never|once|even|soon|later|again|further|together)$/iu;
/** `in April`, `on Monday`: a time phrase between a subject and its verb ("May" is a modal too). */
const TIME_NAMES: ReadonlySet<string> = new Set(
  [...MONTH_NAMES.filter((month) => month !== 'May'), ...WEEKDAYS].map((w) => w.toLowerCase()),
);
const isTimeWord = (word: string) => /^\d{4}$/u.test(word) || TIME_NAMES.has(word.toLowerCase());
/** Prepositions: a phrase after one is its object, not a subject (`in a box labeled`). */
export const PREPOSITION =
  /^(?:in|on|at|of|for|with|by|from|to|about|into|under|over|during|among)$/iu;
/** Modal verbs between a subject and its verb: `the government could | deny`. */
const MODALS = /^(?:can|could|may|might|must|shall|should|do|does)$/iu;
/** `all`, `both`: a floating quantifier (`they all said`), or the subject itself (`…, all agreed`). */
const QUANTIFIERS = /^(?:all|both)$/iu;

/** Whether token `k` opens its clause: the sentence's first word, or one after a comma. */
function opensClause(doc: Doc, k: number, sentenceFirst: number): boolean {
  return k === sentenceFirst || /^[,;:]$/u.test(doc.tokenText(k - 1));
}

/** Token before `t` past auxiliaries, adverbs and one time phrase (`federal prosecutors in April | charged`). */
export function subjectSlotBefore(doc: Doc, t: number, sentenceFirst: number): number {
  let at = beforeCarrierVerb(doc, t - 1);
  const skippable = (k: number) => {
    const word = doc.tokenText(k);
    if (k < sentenceFirst || (QUANTIFIERS.test(word) && opensClause(doc, k, sentenceFirst)))
      return false;
    return isAuxiliary(word) || ADVERBS.test(word) || MODALS.test(word);
  };
  while (skippable(at)) at--;
  if (
    at - 1 > sentenceFirst &&
    isTimeWord(doc.tokenText(at)) &&
    /^(?:in|on|at|last)$/iu.test(doc.tokenText(at - 1))
  )
    at -= 2;
  while (skippable(at)) at--;
  // `a super PAC that intends`, `nations that oppose`: the relative word stands for the noun before it.
  if (at > sentenceFirst && RELATIVE.test(doc.tokenText(at))) at--;
  // `A third of independents, 33%, say`: a share in apposition closes the subject.
  if (doc.tokenText(at) === ',' && shareEndingAt(doc, at - 1, sentenceFirst)) at--;
  return at;
}

const RELATIVE = /^(?:that|who|which)$/iu;

/** The relative pronoun in the subject slot of the cue at `cue` (`economists who | argue`), or -1. */
export function relativeSubject(doc: Doc, cue: number, sentenceFirst: number): number {
  const slot = subjectSlotBefore(doc, cue, sentenceFirst) + 1;
  if (slot > sentenceFirst && slot < cue && RELATIVE.test(doc.tokenText(slot))) return slot;
  return partOfRelative(doc, cue - 1, sentenceFirst);
}

/** `families of 9/11 victims, many of whom say`: the quantifier stands for its share of the antecedent. */
function partOfRelative(doc: Doc, whom: number, sentenceFirst: number): number {
  const part = whom - 2;
  if (part <= sentenceFirst || !/^(?:whom|which)$/iu.test(doc.tokenText(whom))) return -1;
  if (doc.lowerTokenText(whom - 1) !== 'of') return -1;
  return /^(?:many|some|most|all|none|one|both|several|few|half|each)$/iu.test(doc.tokenText(part))
    ? part
    : -1;
}

/**
 * Any noun phrase in the cue's subject slot, speaking noun or not (`Twelve percent indicated`,
 * `Another slide shows`, `an arbitration panel in 2001 found`, `CNS reported`): the last resort
 * for a quote no name, title or speaking noun claims.
 */
export function subjectNounPhrase(
  doc: Doc,
  cue: number,
  sentenceFirst: number,
): Phrase | undefined {
  if (!isFiniteVerbCue(doc, cue, sentenceFirst)) return undefined;
  return anyNounPhraseEndingAt(doc, subjectSlotBefore(doc, cue, sentenceFirst), sentenceFirst);
}

/**
 * The noun phrase, speaking noun or not, whose head is token `head` (`Twelve percent`, `Another
 * slide`); a subject (`asSubject`) may not follow a preposition (`in a box | labeled`).
 */
export function anyNounPhraseEndingAt(
  doc: Doc,
  head: number,
  sentenceFirst: number,
  asSubject = true,
): Phrase | undefined {
  if (head < sentenceFirst) return undefined;
  const share = shareEndingAt(doc, head, sentenceFirst);
  if (share) return share;
  const word = doc.tokenText(head);
  if (!MODIFIER.test(word) || NOT_MODIFIER.test(word) || NOT_HEAD.test(word)) return undefined;
  if (PHRASE_BOUNDARY.test(word) || SPEECH_CUES.has(word.toLowerCase())) return undefined;
  // A capitalised word is a name the recogniser missed only where the sentence opens with it, or
  // a headline's subject (`Retired General Reveals …`).
  if (
    !/^\p{Ll}/u.test(word) &&
    head !== sentenceFirst &&
    !headlineSubject(doc, head, sentenceFirst)
  )
    return undefined;
  // `also introduced racist rhetoric`: an adverb or a verb in -ed ends the phrase.
  const first = phraseStart(
    doc,
    head,
    sentenceFirst,
    (w) => NOT_HEAD.test(w) || ADVERBS.test(w) || /^\p{Ll}+ed$/u.test(w),
  );
  if (ownedByName(doc, first) || (asSubject && PREPOSITION.test(doc.tokenText(first - 1))))
    return undefined;
  const type = speakingNounType(word) ?? (/^\p{Lu}/u.test(word) ? 'ORG' : 'MISC');
  return { first, last: head, type };
}

/** `Retired General Reveals`, `Popular Website Shows`: a title-case headline from its first word through the verb after `head`. */
function headlineSubject(doc: Doc, head: number, sentenceFirst: number): boolean {
  for (let k = sentenceFirst; k <= head + 1; k++)
    if (!isCapitalised(doc.tokenText(k))) return false;
  return true;
}

/** A count, in figures or in the number words of the times vocabulary: `42`, `1,500`, `six`. */
const isCount = (word: string) => /^\d[\d,.]*$/u.test(word) || NUMBER_WORDS.has(word.toLowerCase());

/** Words that make a count approximate: `About 9 percent`, `More than six in 10`, `at least 40%`. */
const APPROXIMATORS =
  /^(?:about|around|nearly|almost|roughly|some|just|only|over|under|fewer|more|less|than|least|at)$/iu;

/**
 * A share of people as a subject, the way polls report them: `six in 10`, `nine out of 10`,
 * `42%`, `About 9 percent`, with the words that make it approximate.
 */
function shareEndingAt(doc: Doc, head: number, sentenceFirst: number): Phrase | undefined {
  const word = (k: number) => (k >= sentenceFirst ? doc.tokenText(k) : '');
  let first = -1;
  if (/^\d[\d,.]*%$/u.test(word(head))) first = head;
  else if (/^(?:%|percent)$/iu.test(word(head)) && isCount(word(head - 1))) first = head - 1;
  else if (isCount(word(head)) && /^in$/iu.test(word(head - 1)) && isCount(word(head - 2)))
    first = head - 2;
  else if (isCount(word(head)) && /^of$/iu.test(word(head - 1)) && /^out$/iu.test(word(head - 2)))
    first = isCount(word(head - 3)) ? head - 3 : -1;
  if (first < 0) return undefined;
  while (first - 1 >= sentenceFirst && APPROXIMATORS.test(word(first - 1))) first--;
  if (first > sentenceFirst && PREPOSITION.test(word(first - 1))) return undefined;
  return { first, last: head, type: 'PERSON' };
}

/**
 * A cue that can take a subject before it: a verb of saying or reporting, not a noun
 * (`a staunch opponent`), a participle (`in many cases reporting`) or a passive (`is expected to`).
 */
export function isFiniteVerbCue(doc: Doc, cue: number, sentenceFirst: number): boolean {
  const word = doc.lowerTokenText(cue);
  const pair = `${word} ${doc.lowerTokenText(cue + 1)}`;
  return (
    /^\p{L}+$/u.test(word) &&
    !word.endsWith('ing') &&
    (SPEECH_VERBS.has(word) ||
      OBJECT_VERBS.has(word) ||
      THAT_VERBS.has(word) ||
      SPEECH_VERB_PAIRS.has(pair)) &&
    !isNounUse(doc, cue) &&
    !isPassiveCue(doc, cue, sentenceFirst)
  );
}
