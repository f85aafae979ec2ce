/** Who takes part in a sentence's event, as far as word order tells: its object, its reporter, its names. */
import type { Doc } from '../doc/doc.js';
import type { Span } from '../doc/types.js';
import type { SentenceWords } from '../nlp/entities/words.js';
import { type ActorSpan, actorsAfter } from './actors.js';
import type { Match } from './match.js';

/**
 * ", the military said." or ", according to Pentagon sources." closing a sentence, with perhaps
 * one adjunct after it (", witnesses said, in a rare incident in the West Bank city.").
 */
const TRAILING_REPORT =
  /,[^,]*\b(?:said|says|reported|reports|told|added|according to)\b[^,]*(?:,[^,]*)?[.!?"”']*\s*$/iu;

/**
 * Where a closing attribution starts: its reporter says what happened and takes no part in it, so
 * the event's "only actor" is counted without it.
 */
export function reporterFrom(doc: Doc, sentence: Span): number {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = TRAILING_REPORT.exec(text);
  return m ? sentence.start + m.index : sentence.end;
}

/** "two American aid groups": a word of an actor's own name is no trigger. */
export function insideActor(words: SentenceWords, actors: readonly ActorSpan[], m: Match): boolean {
  const start = words.start(m.from);
  return actors.some((a) => a.start <= start && start < a.end);
}

const APPOSITIVE_START = new Set(['a', 'an', 'the']);

/**
 * "Pakistan, a key U.S. ally in the war against terrorism, has refused…": a trigger inside a
 * noun phrase set off by commas after an actor describes it; it reports no event.
 */
export function insideAppositive(
  words: SentenceWords,
  actors: readonly ActorSpan[],
  m: Match,
): boolean {
  let comma = m.from - 1;
  while (comma > 0 && words.word(comma) !== ',') comma--;
  if (comma < 1 || !APPOSITIVE_START.has(words.lower(comma + 1))) return false;
  const before = words.end(comma - 1);
  if (!actors.some((a) => a.end === before)) return false;
  for (let k = m.last; k < words.length; k++) if (words.word(k) === ',') return true;
  return false;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/**
 * The object after a trigger; a possessive naming the subject itself is no object: "reneged on
 * his commitment to the Zambian people" is aimed at the people.
 */
export function objectAfter(
  doc: Doc,
  actors: readonly ActorSpan[],
  end: number,
  sources: readonly ActorSpan[],
): ActorSpan[] {
  const object = actorsAfter(doc, actors, end);
  const first = object[0];
  const own =
    object.length === 1 &&
    first !== undefined &&
    POSSESSIVE_PRONOUNS.has(doc.text.slice(first.start, first.end).toLowerCase()) &&
    sources.some((s) => s.actor === first.actor);
  return own ? actorsAfter(doc, actors, first.end) : object;
}
