/** Passives: "X was attacked by Y", and participles after their noun ("officials suspected of"). */
import type { SentenceWords } from '../nlp/entities/words.js';
import type { ActorSpan } from './actors.js';
import type { Match } from './match.js';

/** Auxiliaries of a passive: "was attacked by", "were being shelled by". */
export const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** Past participles, regular and the common irregular endings: attacked, shaken, shown, caught, struck. */
const PARTICIPLE = /(?:ed|en|wn|ght|uck)$/u;

/** Participles that, before "to", say a stance, not a passive: "Israel is opposed to mediation". */
const STATIVE = new Set(['opposed', 'committed', 'dedicated', 'devoted', 'prepared', 'determined']);

/** Verbs whose participle right after a noun is a passive, not its act: "officials suspected of fraud". */
const REDUCED_PASSIVES = new Set([
  'suspected',
  'accused',
  'charged',
  'convicted',
  'sentenced',
  'blamed',
  'implicated',
  'indicted',
  'wanted',
]);
const REDUCED_PASSIVE_NEXT = new Set(['of', 'with', 'for', 'over', 'in', 'by']);

/** "28 officials suspected of taking kickbacks": the officials are suspected, they suspect no one. */
function reducedRelative(words: SentenceWords, m: Match, actors: readonly ActorSpan[]): boolean {
  if (m.from === 0 || !REDUCED_PASSIVES.has(words.lower(m.from))) return false;
  if (!REDUCED_PASSIVE_NEXT.has(words.lower(m.to))) return false;
  const before = words.end(m.from - 1);
  return actors.some((a) => a.end === before);
}

/** How far "by" may follow a passive verb: "was arrested at his school by police". */
const BY_REACH = 8;

/**
 * A passive trigger: "X was attacked by Y" gives the word index after "by"; with no "by" in its
 * clause ("X was criticised over its dispute with Y") the text does not say who acted: -1.
 */
export function passive(
  words: SentenceWords,
  m: Match,
  actors: readonly ActorSpan[],
): number | undefined {
  const aux =
    BE.has(words.lower(m.from - 1)) ||
    (BE.has(words.lower(m.from - 2)) && words.lower(m.from - 1).endsWith('ly')) ||
    reducedRelative(words, m, actors);
  if (!aux || !PARTICIPLE.test(words.lower(m.to - 1))) return undefined;
  if (STATIVE.has(words.lower(m.from)) && words.lower(m.from + 1) === 'to') return undefined;
  for (let k = m.to; k < Math.min(words.length, m.to + BY_REACH); k++) {
    if (words.lower(k) === 'by') return k + 1;
    if (/^[,;:"“”()]$/u.test(words.word(k)) || BE.has(words.lower(k))) break;
  }
  return -1;
}
