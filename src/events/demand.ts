import type { Doc } from '../doc/doc.js';
import type { CameoCode } from '../doc/types.js';
import type { SentenceWords } from '../nlp/entities/words.js';
import { type ActorSpan, actorsBefore } from './actors.js';
import { intentCode, isAdverbial, isReporting } from './intent.js';
import type { Match } from './match.js';
import type { VerbPattern } from './patterns.js';

/** Words between an obligation and its verb: "must also allow", "must be ready to mediate". */
const OBLIGATION_GAP = new Set([
  'also',
  'now',
  'immediately',
  'be',
  'ready',
  'willing',
  'prepared',
  'able',
  'to',
]);
const OBLIGATION = new Set(['must', 'should']);
/** Words after which a "that" clause is what someone is told to do: "demanded that Turkey provide". */
const DEMAND_THAT =
  /^(?:demand|demands|demanded|demanding|insist|insists|insisted|insisting|reminder|ultimatum|urged|urges|urging)$/u;
const MAX_TIME_WORDS = 2;
/** How far back a "demanded that" may stand from the act demanded. */
const THAT_REACH = 8;

export type DemandCue =
  /** "Iraq must allow inspectors": who demands it is the subject of the sentence's reporting verb. */
  | { kind: 'obligation'; at: number }
  /** "demanded that Iraq allow inspectors": who demands it is the subject of word `at`. */
  | { kind: 'that'; at: number };

/** What makes the verb at word `at` an act someone is told to do, if anything. */
export function demandCue(words: SentenceWords, at: number): DemandCue | undefined {
  let k = at - 1;
  while (k >= 0 && OBLIGATION_GAP.has(words.lower(k))) k--;
  if (OBLIGATION.has(words.lower(k))) return { kind: 'obligation', at: k };
  for (let j = at - 1; j >= Math.max(1, at - THAT_REACH); j--) {
    if (/^[,;:]$/u.test(words.word(j))) return undefined;
    if (words.lower(j) !== 'that') continue;
    // "reiterated its demand today that Israel ease…": time words may stand before "that".
    let cue = j - 1;
    while (cue > 0 && j - cue <= MAX_TIME_WORDS && isAdverbial(words.lower(cue))) cue--;
    if (DEMAND_THAT.test(words.lower(cue))) return { kind: 'that', at: cue };
  }
  return undefined;
}

/**
 * CAMEO's 10 codes mirror its 03 codes digit for digit (033 intent to give aid, 103 demand aid):
 * the demand for an act is its intent code with the root 10, where CAMEO has it; else 100.
 */
export function demandCode(code: CameoCode, known: (code: CameoCode) => boolean): CameoCode {
  const intent = intentCode(code);
  const demand = intent.startsWith('03') ? `10${intent.slice(2)}` : '100';
  return known(demand) ? demand : '100';
}

/**
 * Who tells whom: the subject of "demanded" in "X demanded that Y allow…"; the subject of the
 * reporting verb in "X said Y must allow…" (none where no one is said to demand it: an obligation
 * the writer states is no event).
 */
export function demanders(
  doc: Doc,
  words: SentenceWords,
  actors: readonly ActorSpan[],
  cue: DemandCue,
): ActorSpan[] {
  if (cue.kind === 'that') return actorsBefore(doc, actors, words.start(cue.at));
  const reporting = reportingVerbBefore(words, cue.at);
  return reporting < 0 ? [] : actorsBefore(doc, actors, words.start(reporting));
}

/**
 * Whom a demand is made of when the act's subject is a pronoun for no one else: the actors between
 * the demanding word and the act ("issued a reminder to Iraq that it must cooperate").
 */
export function addressees(
  words: SentenceWords,
  actors: readonly ActorSpan[],
  cue: DemandCue,
): ActorSpan[] {
  const from = cue.kind === 'that' ? cue.at : reportingVerbBefore(words, cue.at);
  if (from < 0) return [];
  const start = words.end(from);
  const end = words.start(cue.at);
  return actors.filter((a) => a.start >= start && a.end <= end);
}

/** "China must drop barriers": a demand whose act the dictionary has no code for (100). */
const UNSPECIFIED_DEMAND: VerbPattern = {
  code: '100',
  frame: 'svo',
  triggers: [],
  near: new Set(),
  modality: 'asserted',
  file: 'demand.ts',
  line: 0,
};

/**
 * "The administration declared that China must drop barriers": an obligation reported by someone
 * whose act no pattern codes is still a demand, unspecified (100). One match per such act, at its
 * verb, for the coder to read as a demand like any other.
 */
export function uncodedObligations(words: SentenceWords, matches: readonly Match[]): Match[] {
  const out: Match[] = [];
  for (let k = 1; k < words.length - 1; k++) {
    if (!OBLIGATION.has(words.lower(k))) continue;
    let verb = k + 1;
    while (verb < words.length && OBLIGATION_GAP.has(words.lower(verb))) verb++;
    const coded = matches.some((m) => m.from >= k && m.from <= verb + 1);
    if (!coded && verb < words.length && reportingVerbBefore(words, k) >= 0)
      out.push({
        pattern: UNSPECIFIED_DEMAND,
        first: verb,
        from: verb,
        to: verb + 1,
        last: verb + 1,
      });
  }
  return out;
}

/**
 * The nearest reporting verb before word `at` ("said", "declared"), or demanding word ("issued a
 * reminder to Iraq that it must…"), or -1.
 */
function reportingVerbBefore(words: SentenceWords, at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    const word = words.lower(k);
    if (isReporting(word) || DEMAND_THAT.test(word)) return k;
  }
  return -1;
}
