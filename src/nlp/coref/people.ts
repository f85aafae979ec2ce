import type { Doc } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import type { SentenceWords } from '../entities/words.js';
import { SPEAKER_VERBS, SPEECH_FOLLOWERS } from './vocabulary.js';

/** Words before a name that make it the speaker: "said Quader", "quoted Lebed as saying". */
const SPEAKER_BEFORE = new Set(['said', 'says', 'quoted', 'told', 'added']);

/**
 * The named one speaks: a speech verb right after the name (or after one adverb: "Lebed later
 * said"), or "said"/"quoted" right before it.
 */
export function isSpeaker(words: SentenceWords, from: number, after: number): boolean {
  return speaksNext(words, after) || (from > 0 && SPEAKER_BEFORE.has(words.lower(from - 1)));
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
