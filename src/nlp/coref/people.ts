import type { Doc } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import type { SentenceWords } from '../entities/words.js';
import {
  FEMALE_CUES,
  MALE_CUES,
  PERSON_ROLE_NOUNS,
  ROLE_MODIFIERS,
  SPEAKER_VERBS,
  SPEECH_FOLLOWERS,
} from './vocabulary.js';

/** Words before a name that make it the speaker: "said Quader", "quoted Lebed as saying". */
const SPEAKER_BEFORE = new Set(['said', 'says', 'quoted', 'told', 'added']);

/** Most words of a title or role between `said` and the name: `said 9/11 widow Terry Strada`. */
const MAX_TITLE_WORDS = 3;

/** Weekdays and time words: `said Tuesday Trump …` names no speaker after the verb. */
const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|last|this|on|in|that)$/u;

/** Lower-case words of a title before a name: roles, kin nouns, `the`, `former`. */
const TITLE_NOUNS: ReadonlySet<string> = new Set([
  ...PERSON_ROLE_NOUNS,
  ...ROLE_MODIFIERS,
  ...MALE_CUES,
  ...FEMALE_CUES,
  'the',
]);

/** A word that can stand in a title before a name: `Rep.`, `9/11`, `widow`, `Majority`. */
function titleWord(words: SentenceWords, k: number): boolean {
  const word = words.word(k);
  const lower = word.toLowerCase();
  if (TIME_WORDS.test(lower)) return false;
  if (/^\p{Ll}/u.test(word)) return TITLE_NOUNS.has(lower);
  return /^(?:\p{Lu}[\p{L}.-]*|[\p{N}/-]+)$/u.test(word);
}

/** "said" or "quoted" before the name, right before it or across a short title ("said Rep."). */
function saidBefore(words: SentenceWords, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 1 - MAX_TITLE_WORDS); k--) {
    if (SPEAKER_BEFORE.has(words.lower(k))) return k === from - 1 || words.lower(k) !== 'told';
    if (!titleWord(words, k)) return false;
  }
  return false;
}

/**
 * The named one speaks: a speech verb right after the name (or after one adverb: "Lebed later
 * said"), or "said"/"quoted" before it, perhaps across a title ("said 9/11 widow Terry Strada").
 */
export function isSpeaker(words: SentenceWords, from: number, after: number): boolean {
  return speaksNext(words, after) || saidBefore(words, from);
}

/** A speech verb, or a word that goes on reporting speech ("declined"), at `at` or one word on. */
export function speaksNext(words: SentenceWords, at: number): boolean {
  for (const k of [at, at + 1]) {
    const word = words.lower(k);
    if (SPEAKER_VERBS.has(word) || SPEECH_FOLLOWERS.has(word)) return true;
  }
  return false;
}

/**
 * Entities that are people for pronouns: typed PERSON; or untyped (MISC) with an actor a title
 * gave ("former Tanzanian President Nyerere"), or named as a speaker or before "who" anywhere in
 * the article.
 */
export function personEntities(doc: Doc, sentences: readonly SentenceWords[]): Set<number> {
  const people = new Set<number>();
  doc.entities.forEach((entity, index) => {
    if (entity.type === 'PERSON' || (entity.type === 'MISC' && entity.actor !== null))
      people.add(index);
  });
  for (const words of sentences) {
    for (const m of spansWithin(doc.mentions, words.sentence.start, words.sentence.end)) {
      if (m.kind !== 'name' || m.type !== 'MISC' || people.has(m.entity)) continue;
      const after = words.indexAt(m.end);
      const who = words.lower(after) === ',' ? after + 1 : after;
      if (isSpeaker(words, words.indexAt(m.start), after) || words.lower(who) === 'who')
        people.add(m.entity);
    }
  }
  return people;
}
