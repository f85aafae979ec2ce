/** The verb patterns that match in a sentence, with the act an intent, decision or refusal cue leads to. */
import type { SentenceWords } from '../nlp/entities/words.js';
import { cuedActVerb, isRefusalCue, refusalCode } from './intent.js';
import { type Match, matchAt, wordMatches } from './match.js';
import { BE, CLAUSE_MARK } from './passive.js';
import { sentenceTriggers, type TriggerIndex } from './triggers.js';

/** Adverb particles of phrasal verbs. */
const PARTICLES = new Set(['back', 'up', 'out', 'off', 'down', 'away']);

/**
 * The coding patterns that match in a sentence, left to right; the words a match uses are not
 * reused. With CAMEO's conventions, "agreed to lift sanctions" codes the lifting, as intended
 * (0354), when the verb after "to" has a pattern; else the agreeing.
 */
export function sentenceMatches(
  context: { readonly triggers: TriggerIndex; readonly cameoConventions: boolean },
  words: SentenceWords,
  /** "Russian forces fired": a match on an actor's own word is none, and hides no verb after it. */
  inActor: (m: Match) => boolean = () => false,
): Match[] {
  const { triggers } = context;
  const sentence = sentenceTriggers(triggers, words);
  const matches: Match[] = [];
  // "held a general strike": the strike is what was held, not a military strike of its own.
  const used = new Set<number>();
  let lastEnd = -1;
  for (let i = 0; i < words.length; i++) {
    if (used.has(i)) continue;
    // "sold back the port", "set up a panel": the particle right after a matched verb is that
    // verb's, no verb of its own (BACK is support, 050).
    if (i === lastEnd && PARTICLES.has(words.lower(i))) continue;
    const act = context.cameoConventions ? cuedActVerb(words, i) : -1;
    const intended = act >= 0 ? matchAt(words, act, triggers, sentence) : undefined;
    const own = matchAt(words, i, triggers, sentence, !context.cameoConventions);
    // "agreed to share": an act the dictionary leaves uncoded leaves the agreeing to code.
    const m =
      intended && !intended.pattern.silent && actFits(words, i, intended, own) ? intended : own;
    if (!m || inActor(m)) continue;
    i = m.last - 1;
    lastEnd = m.last;
    for (const k of m.nearAt ?? []) used.add(k);
    if (!m.pattern.silent) matches.push(m);
  }
  // "indicated it should have acted" under ACT's `- INDICATED SHOULD *`: a word a pattern asks for
  // before its verb is part of that verb's phrase, no trigger of its own (SHOULD's 101).
  return matches.filter(
    (m) =>
      !matches.some((x) => x !== m && asksBefore(words, x, m.from)) &&
      !reducedRelative(words, m, matches) &&
      !(context.cameoConventions && (isLightTake(words, m) || isPriceCharge(words, m))),
  );
}

const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/**
 * Nouns that "take" only supports, the noun carrying the meaning: "took place", "took action to
 * allow", "take part", "took steps", "took office". Nothing is seized.
 */
const LIGHT_TAKE_NOUNS = new Set([
  'place',
  'part',
  'action',
  'actions',
  'steps',
  'step',
  'measures',
  'note',
  'effect',
  'office',
  'care',
  'advantage',
  'shape',
  'time',
  'turns',
  'responsibility',
  'aim',
  'issue',
  'root',
]);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'some',
  'no',
  'further',
  'more',
  'its',
  'their',
  'his',
  'her',
]);

/** "took place", "took action to allow the team into the country": a light verb, no seizure (171). */
function isLightTake(words: SentenceWords, m: Match): boolean {
  if (!TAKE.has(words.lower(m.from)) || m.last > m.to) return false;
  let k = m.to;
  while (k < words.length && DETERMINERS.has(words.lower(k))) k++;
  // "took personal action", "took immediate steps": one modifier may stand before the noun.
  return LIGHT_TAKE_NOUNS.has(words.lower(k)) || LIGHT_TAKE_NOUNS.has(words.lower(k + 1));
}

const CHARGE = new Set(['charge', 'charges', 'charged', 'charging']);
/** How far "with" or "that" may follow an accusing "charge": "charged the minister with fraud". */
const CHARGE_REACH = 8;

/**
 * "Apple charging customers in the UK 10% more": an active "charge" accuses (112) only with what
 * of ("charged X with Y", "charged that"); else it asks a price. A passive "was charged" is left.
 */
function isPriceCharge(words: SentenceWords, m: Match): boolean {
  if (!CHARGE.has(words.lower(m.from)) || m.last > m.to || m.from === 0) return false;
  if (BE.has(words.lower(m.from - 1)) && words.lower(m.from) === 'charged') return false;
  for (let k = m.to; k < Math.min(words.length, m.to + CHARGE_REACH); k++) {
    const w = words.lower(k);
    if (w === 'with' || w === 'that') return false;
    if (CLAUSE_MARK.test(w)) break;
  }
  return true;
}

const PREPOSITIONS = new Set(['at', 'by', 'to', 'in', 'on', 'against', 'for', 'into', 'from']);
/** How many words may stand between a verb and the participle that modifies its object. */
const OBJECT_REACH = 3;

/**
 * "shelled border posts aimed at the capital": a past participle right after the plural noun a
 * coded act (no saying or appeal) took for its object, with a preposition after it, modifies that
 * noun; it is no act of its own (AIM, 030).
 */
function reducedRelative(words: SentenceWords, m: Match, matches: readonly Match[]): boolean {
  if (!words.lower(m.from).endsWith('ed') || !PREPOSITIONS.has(words.lower(m.to))) return false;
  const noun = m.from - 1;
  if (!/^\p{Ll}+s$/u.test(words.word(noun))) return false;
  return matches.some((x) => {
    if (x === m || x.last > noun || noun - x.last >= OBJECT_REACH) return false;
    if (/^0[12]/u.test(x.pattern.code)) return false;
    for (let k = x.last; k < noun; k++) if (!/^\p{Ll}+$/u.test(words.word(k))) return false;
    return true;
  });
}

/** Whether match `x` took word `k` for one of the words its pattern asks for before its verb. */
function asksBefore(words: SentenceWords, x: Match, k: number): boolean {
  if (k < x.first || k >= x.from) return false;
  const word = words.lower(k);
  return (x.pattern.before ?? []).some(
    (t) => t.kind === 'words' && t.alternatives.some((alt) => wordMatches(word, alt[0] ?? '')),
  );
}

/**
 * Whether a cue's act codes instead of the cue: always after "agreed to" or "decided to"; after
 * "refused to" where CAMEO has a refusal of the act ("declined to lift sanctions", 1244) and the
 * refusal verb has no longer pattern of its own ("declined to resign from the mediation", 126).
 */
function actFits(words: SentenceWords, cue: number, act: Match, own: Match | undefined): boolean {
  if (!isRefusalCue(words.lower(cue))) return true;
  const ownSaysMore = (own?.pattern.after?.length ?? 0) > 0;
  return !ownSaysMore && refusalCode(act.pattern.code) !== null;
}
