/**
 * An attack nested under saying or wanting, read as PETRARCH-2's verb transformations read it:
 * "The US said that Iraq had attacked…" accuses Iraq (`a (b . ATTACK) SAY = a b 112`); "Obama wants
 * Putin to attack…" appeals to Putin (`a (b . ATTACK) WANT = a b 021`); "The US said it had
 * attacked…" claims it (`a (a b ATTACK) SAY = a b 015`). The coder's own claim rule reads the same
 * for claim verbs ("claimed that it had …") and any act.
 */
import type { CameoCode } from '../doc/types.js';
import type { SentenceWords } from '../nlp/entities/words.js';
import type { ActorSpan } from './actors.js';
import { isReporting } from './intent.js';
import type { Match } from './match.js';

const PERFECT = new Set(['had', 'has', 'have']);
const WANTING = new Set(['want', 'wants', 'wanted', 'wanting']);
const ACCUSATION = '112';
const APPEAL = '021';
const CLAIM = '015';
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

export interface NestedAttack {
  /** The code the whole reads as. */
  readonly code: CameoCode;
  /** Word index of the saying or wanting verb: its subject is the source. */
  readonly verb: number;
  /** The attacker, now the target; none where a pronoun claims the attack for the sayer. */
  readonly attacker: ActorSpan | null;
}

/** Attacks, as PETRARCH-2's `ATTACK` mask takes them: CAMEO 19x. */
function isAttack(code: CameoCode): boolean {
  return code.startsWith('19');
}

/**
 * "said (that) Iraq (had) attacked", "said they attacked", "wants Putin to attack": the attack verb
 * of the match (its last word where the match starts at the saying verb, as "- * ATTACK" patterns
 * of REPORT do), its subject just before it and the verb before that subject.
 */
export function nestedAttack(
  words: SentenceWords,
  actors: readonly ActorSpan[],
  m: Match,
): NestedAttack | undefined {
  const first = words.lower(m.from);
  // WANT's own "- * ATTACK" pattern codes the wanted attack as a threat (138).
  if (!isAttack(m.pattern.code) && !(WANTING.has(first) && m.pattern.code === '138'))
    return undefined;
  const attackAt = WANTING.has(first) || isReporting(first) ? m.last - 1 : m.from;
  let k = attackAt - 1;
  const infinitive = words.lower(k) === 'to';
  if (infinitive || PERFECT.has(words.lower(k))) k--;
  // "said it had attacked": the pronoun is the sayer, even where coreference made it an actor.
  const pronoun = !infinitive && PRONOUNS.has(words.lower(k));
  const attacker = pronoun ? null : (actors.find((a) => a.end === words.end(k)) ?? null);
  if (!attacker && !pronoun) return undefined;
  let verb = attacker ? words.indexAt(attacker.start) - 1 : k - 1;
  if (words.lower(verb) === 'that') verb--;
  if (verb < 0) return undefined;
  const said = isReporting(words.lower(verb)) && !infinitive;
  if (infinitive && attacker && WANTING.has(words.lower(verb)))
    return { code: APPEAL, verb, attacker };
  if (said) return { code: attacker ? ACCUSATION : CLAIM, verb, attacker };
  return undefined;
}
