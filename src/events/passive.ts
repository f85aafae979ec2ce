/** Passives: "X was attacked by Y", and participles after their noun ("officials suspected of"). */
import type { SentenceWords } from '../nlp/entities/words.js';
import type { ActorSpan } from './actors.js';
import type { Match } from './match.js';

/** Auxiliaries of a passive: "was attacked by", "were being shelled by". */
export const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** Punctuation that bounds a clause: a search for a verb's word stops there. */
export const CLAUSE_MARK = /^[,;:"“”()]$/u;

/** Past participles, regular and the common irregular endings: attacked, shaken, shown, caught, struck. */
const PARTICIPLE = /(?:ed|en|wn|ght|uck)$/u;
/** Irregular participles with no such ending: "was shot dead", "was hit by a missile". */
const IRREGULAR_PARTICIPLES = new Set([
  'shot',
  'hit',
  'hurt',
  'cut',
  'held',
  'kept',
  'left',
  'lost',
  'met',
  'paid',
  'sent',
  'sold',
  'told',
  'won',
]);

function isParticiple(word: string): boolean {
  return PARTICIPLE.test(word) || IRREGULAR_PARTICIPLES.has(word);
}

/** Participles that, before "to", say a stance, not a passive: "Israel is opposed to mediation". */
const STATIVE = new Set(['opposed', 'committed', 'dedicated', 'devoted', 'prepared', 'determined']);

/**
 * Verbs whose participle right after a noun, before a preposition, is a passive, not its act:
 * "officials suspected of fraud", "six Americans jailed in Caracas".
 */
const REDUCED_PASSIVES = new Set([
  'jailed',
  'detained',
  'imprisoned',
  'held',
  'arrested',
  'captured',
  'kidnapped',
  'abducted',
  'killed',
  'wounded',
  'injured',
  'suspected',
  'accused',
  'charged',
  'convicted',
  'sentenced',
  'blamed',
  'implicated',
  'indicted',
  'wanted',
  'sought',
]);
const REDUCED_PASSIVE_NEXT = new Set(['of', 'with', 'for', 'over', 'in', 'by']);

/**
 * A participle right after its noun:
 * 1. "28 officials suspected of taking kickbacks": the officials are suspected, they suspect no one;
 * 2. "an agreement forced on Qatar by Saudi Arabia": any "-ed" verb after a common noun, with an
 *    actor after "by" in its clause.
 */
function reducedRelative(words: SentenceWords, m: Match, actors: readonly ActorSpan[]): boolean {
  if (m.from === 0) return false;
  // 1.
  if (REDUCED_PASSIVES.has(words.lower(m.from))) {
    if (!REDUCED_PASSIVE_NEXT.has(words.lower(m.to))) return false;
    const before = words.end(m.from - 1);
    return actors.some((a) => a.end === before);
  }
  // 2.
  const noun = words.word(m.from - 1);
  if (!words.lower(m.from).endsWith('ed') || !/^\p{Ll}{3,}$/u.test(noun)) return false;
  if (NOT_NOUNS.has(noun) || /(?:ly|ing)$/u.test(noun)) return false;
  const by = agentAfterBy(words, m.to);
  return by !== undefined && actors.some((a) => a.start === words.start(by));
}

/** Words before a participle that make it a verb of its own clause: "they forced", "was forced". */
const NOT_NOUNS = new Set([
  ...BE,
  'has',
  'have',
  'had',
  'and',
  'or',
  'but',
  'who',
  'which',
  'that',
  'they',
  'we',
  'he',
  'she',
  'it',
  'also',
  'then',
  'not',
  'never',
]);

/** How far "by" may follow a passive verb: "was arrested at his school by police". */
const BY_REACH = 8;

export interface Passive {
  /** Word index after "by"; -1 where the clause does not say who acted. */
  readonly by: number;
  /**
   * The acted-on is the actor just before this word ("X was attacked", "X was reportedly
   * attacked"); undefined for a participle after its noun, whose noun is acted on.
   */
  readonly subjectBefore: number | undefined;
}

/**
 * A passive trigger: "X was attacked by Y" gives the word index after "by"; with no "by" in its
 * clause ("X was criticised over its dispute with Y") the text does not say who acted: -1.
 */
export function passive(
  words: SentenceWords,
  m: Match,
  actors: readonly ActorSpan[],
): Passive | undefined {
  const aux =
    BE.has(words.lower(m.from - 1)) ||
    (BE.has(words.lower(m.from - 2)) && words.lower(m.from - 1).endsWith('ly')) ||
    reducedRelative(words, m, actors);
  if (!aux || !participle(words, m)) return undefined;
  if (STATIVE.has(words.lower(m.from)) && words.lower(m.from + 1) === 'to') return undefined;
  return { by: byAt(words, m.to) ?? -1, subjectBefore: subjectBefore(words, m) };
}

/** "was attacked", "was blown up": the trigger's verb (its first word) or its last word is a participle. */
function participle(words: SentenceWords, m: Match): boolean {
  return isParticiple(words.lower(m.from)) || isParticiple(words.lower(m.to - 1));
}

function subjectBefore(words: SentenceWords, m: Match): number | undefined {
  if (BE.has(words.lower(m.from - 1))) return m.from - 1;
  return BE.has(words.lower(m.from - 2)) ? m.from : undefined;
}

/** The word after the "by" of a passive verb ending before `from`, within its clause. */
function byAt(words: SentenceWords, from: number): number | undefined {
  for (let k = from; k < Math.min(words.length, from + BY_REACH); k++) {
    if (words.lower(k) === 'by') return k + 1;
    if (CLAUSE_MARK.test(words.word(k)) || BE.has(words.lower(k))) break;
  }
  return undefined;
}

/** The first word of the agent after "by", past an article: "by the United Nations". */
function agentAfterBy(words: SentenceWords, from: number): number | undefined {
  const by = byAt(words, from);
  if (by === undefined) return undefined;
  return words.lower(by) === 'the' ? by + 1 : by;
}
