import type { Doc } from '../doc/doc.js';
import { spansWithin } from '../doc/spans.js';
import type { Mention } from '../doc/types.js';

/**
 * Words that join members of a compound actor: "India and Russia", "China, Algeria and Egypt",
 * "Modi and Russian President Putin" (capitalised titles may follow the joiner).
 */
const JOINERS = /^(?:,|,?\s*and|,?\s*along with|,?\s*as well as)(?:\s+\p{Lu}[\p{L}.]*)*$/u;
/** How far (in characters) an actor may stand from its verb. */
const REACH = 80;

export function actorMentions(doc: Doc, from: number, to: number): Mention[] {
  return spansWithin(doc.mentions, from, to).filter(
    (m) => (doc.entities[m.entity]?.actor ?? null) !== null,
  );
}

function joined(doc: Doc, left: Mention, right: Mention): boolean {
  return JOINERS.test(doc.text.slice(left.end, right.start).trim());
}

/** Grows a compound from `mentions[at]` in direction `step` while members are joined. */
function compound(doc: Doc, mentions: readonly Mention[], at: number, step: 1 | -1): Mention[] {
  const members = [mentions[at] as Mention];
  for (let k = at + step; k >= 0 && k < mentions.length; k += step) {
    const next = mentions[k] as Mention;
    const last = members[members.length - 1] as Mention;
    const [left, right] = step === 1 ? [last, next] : [next, last];
    if (!joined(doc, left, right)) break;
    members.push(next);
  }
  return members;
}

function noClauseBreak(text: string): boolean {
  return !/[,;:()"“”]/u.test(text);
}

/** A place after one of these is where the event happened, not its target: "signed in Nairobi". */
const LOCATIVE = /\b(?:in|at|near|from|outside|inside|across|around|within)\s*$/iu;

/** The actor (or compound) just before `offset`: the verb's subject. */
export function actorsBefore(doc: Doc, mentions: readonly Mention[], offset: number): Mention[] {
  let at = -1;
  for (let k = 0; k < mentions.length; k++) if ((mentions[k] as Mention).end <= offset) at = k;
  const nearest = mentions[at];
  if (!nearest || offset - nearest.end > REACH) return [];
  if (!noClauseBreak(doc.text.slice(nearest.end, offset))) return [];
  return compound(doc, mentions, at, -1);
}

/** The actor (or compound) just after `offset`: the verb's object or its prepositional target. */
export function actorsAfter(doc: Doc, mentions: readonly Mention[], offset: number): Mention[] {
  const at = mentions.findIndex((m) => m.start >= offset);
  const nearest = mentions[at];
  if (!nearest || nearest.start - offset > REACH) return [];
  const gap = doc.text.slice(offset, nearest.start);
  if (!noClauseBreak(gap) || LOCATIVE.test(gap)) return [];
  return compound(doc, mentions, at, 1);
}
