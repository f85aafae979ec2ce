import type { Doc } from '../doc/doc.js';
import type { Span } from '../doc/types.js';

/** An actor in a sentence: a linked mention, possibly widened by an agent noun ("the mayor of X"). */
export interface ActorSpan extends Span {
  readonly entity: number;
  readonly actor: string;
}

/**
 * Words that join members of a compound actor: "India and Russia", "China, Algeria and Egypt",
 * "Modi and Russian President Putin" (capitalised titles may follow "and", not a bare comma:
 * "…to Ukraine, Chancellor Scholz announced" joins nothing).
 */
const JOINERS =
  /^(?:,?\s*(?:and|n?or|along with|as well as)(?:\s+\p{Lu}[\p{L}.]*)*|,)(?:\s+the)?(?<modifiers>(?:\s+\p{Ll}+){0,2})$/u;
/**
 * Lower-case words that cannot be a member's modifiers ("Arnor and the evil Gondor"): what follows
 * them is a clause or another phrase ("Russia, which China…", "India and accused Pakistan").
 */
const NOT_MODIFIER =
  /^(?:which|who|whom|whose|that|while|when|where|as|but|if|then|also|said|says|to|of|in|on|at|by|for|with|from|its|their|his|her|other|some|all|both|many|\p{Ll}+ed)$/u;
/** How far (in characters) an actor may stand from its verb. */
const REACH = 120;

export function joined(doc: Doc, left: Span, right: Span): boolean {
  // One name with several codes ("the Shire" [FRO/BIL/SAM]) is one compound.
  if (right.start === left.start && right.end === left.end) return true;
  const joiner = JOINERS.exec(doc.text.slice(left.end, right.start).trim());
  if (!joiner) return false;
  const modifiers = joiner.groups?.modifiers?.trim() ?? '';
  return modifiers === '' || modifiers.split(/\s+/u).every((w) => !NOT_MODIFIER.test(w));
}

/**
 * The most members a compound actor takes: "China, Algeria and Egypt" is a compound; a list of 300
 * countries is a list, and coding each with each would be quadratic work and noise.
 */
const MAX_COMPOUND = 12;

/** Grows a compound from `actors[at]` in direction `step` while members are joined. */
export function compound<T extends Span>(
  doc: Doc,
  actors: readonly T[],
  at: number,
  step: 1 | -1,
): T[] {
  const members = [actors[at] as T];
  for (let k = at + step; k >= 0 && k < actors.length && members.length < MAX_COMPOUND; k += step) {
    const next = actors[k] as T;
    const last = members[members.length - 1] as T;
    const [left, right] = step === 1 ? [last, next] : [next, last];
    if (!joined(doc, left, right)) break;
    members.push(next);
  }
  return members;
}

/**
 * Punctuation, or a word that opens a subordinate clause ("after a ceasefire was reported"): an
 * actor beyond it belongs to another verb. A subject is not looked for across a relative or
 * complement clause either ("…agree that disputes should be resolved"), but an object may follow
 * one: "demanded that Turkey provide information".
 */
const CLAUSE_BREAK =
  /[,;:()"“”]|\b(?:after|before|when|whenever|while|because|since|although|though|unless|until|whereas|where)\b/iu;
const SUBJECT_BREAK = /\b(?:that|which|who|whom|whose)\b/iu;

/** A short parenthesis is an acronym or a gloss, no clause: "the (APEC) forum", "Hizbollah (Party of God)". */
const GLOSS = /\([^()]{0,24}\)/gu;

/** A comma inside a number ("$50,000") separates digits, not clauses. */
const DIGIT_COMMA = /(?<=\d),(?=\d{3})/gu;

function noClauseBreak(gap: string): boolean {
  const text = gap.includes(',') ? gap.replace(DIGIT_COMMA, '') : gap;
  // Most gaps hold no parenthesis, and need no copy without their glosses.
  if (!text.includes('(') && !text.includes(')')) return !CLAUSE_BREAK.test(text);
  // The gap after an actor written in parentheses starts with the closing one: "(RUF) announced".
  return !CLAUSE_BREAK.test(text.replace(/^\)/u, '').replace(GLOSS, ''));
}

/** A place after one of these is where the event happened, not its target: "signed in Nairobi". */
const LOCATIVE = /\b(?:in|at|near|outside|inside|across|around|within)(?:\s+the)?\s*$/iu;
/** "in Doha", "at the", "at four French sites": a place (with its article or count) is where. */
const PLACE_BEFORE =
  /\b(?:in|at|near|outside|inside|across|around|within)(?:\s+(?:the|a|an|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|some))?\s*$/iu;
/** Auxiliary and modal verbs, as a regular-expression alternation. */
export const AUXILIARIES =
  'would|will|had|has|have|could|should|might|must|may|can|did|do|does|was|were|is|are';
/**
 * "says there were concerns they would attempt to remain in the United States": a pronoun and a
 * verb of its own open another clause; an actor beyond them is that clause's, not the object of
 * the verb before.
 */
const PRONOUN_CLAUSE = new RegExp(String.raw`\b(?:he|she|they|we|I)\s+(?:${AUXILIARIES})\b`, 'u');
/** "agreed to a ceasefire brokered by Egypt": the agent of a participle in between acts in it, not on the verb's side. */
const AGENT_OF_PARTICIPLE = /\b\p{Ll}+(?:ed|en)\s+by(?:\s+the)?\s*$/u;

/** The actor (or compound) just before `offset`: the verb's subject. */
export function actorsBefore<T extends Span>(doc: Doc, actors: readonly T[], offset: number): T[] {
  let at = -1;
  for (let k = 0; k < actors.length; k++) if ((actors[k] as T).end <= offset) at = k;
  const nearest = actors[at];
  if (!nearest || offset - nearest.end > REACH) return [];
  const previous = actors[at - 1];
  // "Russian troops in Syria attacked": the place only says where the subject is.
  if (previous && WHERE_IT_IS.test(doc.text.slice(previous.end, nearest.start)))
    return actorsBefore(doc, actors, previous.end);
  // "The Albanians of southern Serbia are demanding": a people of a place is who acts.
  if (previous && isPeopleOfPlace(doc, previous, nearest)) return [previous];
  const gap = doc.text.slice(nearest.end, offset);
  // "made his remarks in Doha at the start of a trip aimed at": a place is where, not who,
  // unless the verb follows it ("opposition parties in Nepal have organized").
  if (
    PLACE_BEFORE.test(doc.text.slice(Math.max(0, nearest.start - 24), nearest.start)) &&
    wordCount(gap) > 2
  )
    return [];
  const members = compound(doc, actors, at, -1);
  // "India, along with China and Egypt, remained…": a compound subject may close with a comma.
  if (gap.trim() === ',' && members.length > 1) return members;
  // "Qatar's emir, Sheikh Hamad bin Khalifa al-Thani, launched": the name after a title is its.
  if (NAME_IN_APPOSITION.test(gap)) return members;
  if (!noClauseBreak(gap) || SUBJECT_BREAK.test(gap)) return beforeAppositive(doc, actors, offset);
  return members;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => w !== '').length;
}

/** A name with no code of its own after a titled actor: ", Sheikh Hamad bin Khalifa al-Thani,". */
const NAME_IN_APPOSITION =
  /^\s*,\s*(?:(?:\p{Lu}[\p{L}.'-]*|bin|ibn|al|el|de|da|van|von|der|la|le|du)\s+)+(?:\p{Lu}[\p{L}.'-]*|al-\p{L}+)\s*,?\s*$/u;

/** Between a people and the place it lives in: "Albanians of southern Serbia". */
const OF_PLACE = /^\s+of\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u;
/** A people named for a country ("Albanians", "Kurds") ends in -s and has a code with a country. */
const PEOPLE = /\p{Ll}s$/u;

function isPeopleOfPlace(doc: Doc, people: ActorSpan | Span, place: Span): boolean {
  const actor = 'actor' in people ? String(people.actor) : '';
  return (
    OF_PLACE.test(doc.text.slice(people.end, place.start)) &&
    PEOPLE.test(doc.text.slice(people.start, people.end)) &&
    actor !== '' &&
    !actor.startsWith('---')
  );
}

/** Between an actor and the place it is in: "Russian troops in Syria". */
const WHERE_IT_IS = /^\s+(?:in|at|near)\s+(?:the\s+)?$/iu;

/** Words between an appositive's closing comma and its verb: "…, has refused", "…, on Monday said". */
/** ", has", ", plans to", ", has refused to": where an appositive closes before the verb. */
const APPOSITIVE_CLOSE =
  /,\s*(?:(?:has|have|had|is|are|was|were|will|would|also|then|now|today|yesterday|on|\p{Lu}\p{Ll}+day)\s+)*(?:\p{Ll}+\s+to\s+)?$/u;
const APPOSITIVE_LENGTH = 100;

/**
 * The subject of "Pakistan, a key U.S. ally in the war on terrorism, has refused": the actor just
 * before the appositive; else the actor the appositive names ("Kenzo Oshima, the United Nations
 * relief coordinator, demanded" → the UN).
 */
function beforeAppositive<T extends Span>(doc: Doc, actors: readonly T[], offset: number): T[] {
  const close = APPOSITIVE_CLOSE.exec(doc.text.slice(Math.max(0, offset - 40), offset));
  if (!close) return [];
  const closeAt = offset - close[0].length;
  const openAt = doc.text.lastIndexOf(',', closeAt - 1);
  if (openAt < 0 || closeAt - openAt > APPOSITIVE_LENGTH) return [];
  if (/[;:()"“”]/u.test(doc.text.slice(openAt + 1, closeAt))) return [];
  let head = -1;
  let inside = -1;
  actors.forEach((a, k) => {
    if (a.end <= openAt && doc.text.slice(a.end, openAt).trim() === '') head = k;
    // A name and its title merged into one actor start before the appositive and end in it.
    if (a.end > openAt && a.end <= closeAt) inside = k;
  });
  if (head >= 0) return compound(doc, actors, head, -1);
  return inside >= 0 ? [actors[inside] as T] : [];
}

/**
 * The actor (or compound) just after `offset`: the verb's object or its prepositional target.
 * `explicit`: the dictionary put the slot here ("* IN $"), so a locative preposition is no bar.
 */
export function actorsAfter<T extends Span>(
  doc: Doc,
  actors: readonly T[],
  offset: number,
  explicit = false,
): T[] {
  const at = actors.findIndex((m) => m.start >= offset);
  const nearest = actors[at];
  if (!nearest || nearest.start - offset > REACH) return [];
  const gap = doc.text.slice(offset, nearest.start);
  if (!noClauseBreak(gap) || PRONOUN_CLAUSE.test(gap) || (!explicit && LOCATIVE.test(gap)))
    return [];
  const found = compound(doc, actors, at, 1);
  const last = found[found.length - 1];
  if (AGENT_OF_PARTICIPLE.test(gap) && last) return actorsAfter(doc, actors, last.end, explicit);
  return found;
}
