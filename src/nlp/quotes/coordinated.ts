import type { Doc, Sentence } from '../../doc/doc.js';
import type { Quote } from '../../doc/types.js';
import { isAuxiliary } from './speakers.js';
import { OBJECT_CUES, SPEECH_CUES } from './vocabulary.js';

const isCue = (word: string) => SPEECH_CUES.has(word) || OBJECT_CUES.has(word);

/** Words that join two clauses after a comma: `X said A, and Y said B`, `X wants A, while Y …`. */
const JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);

type FindClause = (doc: Doc, sentence: Sentence, taken: readonly Quote[]) => Quote | undefined;

/** Words allowed between a comma and a participle cue: `, even suggesting`, `, later adding`. */
const PARTICIPLE_ADVERBS = /^(?:even|also|then|later|again|\p{L}{3,}ly)$/u;

/** The participle cue that opens a clause at token `t` (`arguing`, `even suggesting`), if any. */
function participleAt(doc: Doc, t: number): number | undefined {
  const at = PARTICIPLE_ADVERBS.test(doc.lowerTokenText(t)) ? t + 1 : t;
  const word = doc.lowerTokenText(at);
  return word.endsWith('ing') && isCue(word) ? at : undefined;
}

/**
 * The index of the token that joins a second clause inside `quote`, if any: `, and`, `;`, `and`
 * before a cue (`outlined A and vowed B`), or the comma before a participle cue (`said A,
 * arguing B`).
 */
function joinerIn(doc: Doc, quote: Quote, sentence: Sentence, from: number): number | undefined {
  for (let t = from; t < sentence.endToken - 2 && doc.tokens.start(t) < quote.end; t++) {
    const word = doc.lowerTokenText(t);
    if (word === ';' || (JOINERS.has(word) && doc.tokenText(t - 1) === ',')) return t;
    if (word === 'and' && isCue(doc.lowerTokenText(t + 1))) return t;
    if (JOINERS.has(word) && subjectThenCue(doc, t + 1)) return t;
    if (word === ',' && participleAt(doc, t + 1) !== undefined) return t;
  }
  return undefined;
}

/** `he urged`, `Democrats accused`: a pronoun or a capitalised word, then a cue, at token `t`. */
function subjectThenCue(doc: Doc, t: number): boolean {
  const subject = doc.tokenText(t);
  if (!/^(?:he|she|they|we|i|\p{Lu}\p{Ll}+)$/u.test(subject)) return false;
  const next = doc.tokenText(t + 1) === 'also' ? t + 2 : t + 1;
  return SPEECH_CUES.has(doc.lowerTokenText(next));
}

/** Whether `quote` holds a joined clause (`, and …`) before `offset`: a second attribution in it. */
export function coordinatedIn(doc: Doc, quote: Quote, offset: number): boolean {
  if (offset <= quote.start || offset >= quote.end) return false;
  return /,\s+(?:and|but|while|whereas)\s|;/u.test(doc.text.slice(quote.start, offset));
}

/**
 * Whether the cue at `cue` (an offset) follows the joiner at once or after auxiliaries only
 * (`, and has called for`), so shares its subject.
 */
function sharesJoiner(doc: Doc, joiner: number, cue: number): boolean {
  let next = joiner + 1;
  while (doc.tokens.start(next) < cue && isAuxiliary(doc.tokenText(next))) next++;
  if (doc.tokens.start(next) === cue) return true;
  return doc.tokenText(joiner) === ',' && doc.tokens.start(participleAt(doc, next) ?? -1) === cue;
}

/** Most tokens of the subject of a second clause's cue: `, and he urged`, `, but analysts agreed`. */
const MAX_SECOND_SUBJECT = 4;

/**
 * Whether the second clause's cue has a short subject of its own right after the joiner (`, but
 * she denied that …`): a new attribution even when its speaker has no name.
 */
function subjectAfter(doc: Doc, joiner: number, found: Quote): boolean {
  if (!found.cue) return false;
  const cue = doc.tokens.indexAt(found.cue.start);
  if (cue - joiner < 2 || cue - joiner > MAX_SECOND_SUBJECT + 1) return false;
  for (let t = joiner + 1; t < cue; t++)
    if (/^(?:that|,|who|which)$/u.test(doc.lowerTokenText(t))) return false;
  return true;
}

/**
 * `Democrats want A, and Republicans want B`: a reported clause that runs into a second
 * attribution with a speaker of its own ends before the joining comma, and the second is a quote
 * of its own. Without a named second speaker the clause is left whole.
 */
export function splitCoordinated(
  doc: Doc,
  sentence: Sentence,
  taken: readonly Quote[],
  quote: Quote,
  findClause: FindClause,
): Quote[] {
  if (!quote.cue || quote.cue.start > quote.start) return [quote];
  let from = doc.tokens.indexAt(quote.start) + 1;
  for (let joiner = joinerIn(doc, quote, sentence, from); joiner !== undefined; ) {
    // The rest opens at the joiner, so that a cue right after it is read: `and vowed`, `, arguing`.
    const rest: Sentence = {
      start: doc.tokens.start(joiner),
      end: sentence.end,
      firstToken: joiner,
      endToken: sentence.endToken,
    };
    const found = findClause(doc, rest, taken);
    // `X bemoaned A and said B`, `X said A, arguing B`: the second verb shares the first's subject.
    const shared = found?.cue !== undefined && sharesJoiner(doc, joiner, found.cue.start);
    const second = found && shared ? { ...found, speaker: quote.speaker ?? found.speaker } : found;
    const split = shared || second?.speaker != null || (found && subjectAfter(doc, joiner, found));
    if (split && second?.cue && second.cue.start > rest.start) {
      const before = doc.tokenText(joiner - 1) === ',' ? joiner - 1 : joiner;
      const span = doc.span(quote.start, doc.tokens.end(before - 1));
      if (span.end <= span.start) return [quote];
      const first: Quote = { ...quote, ...span, text: doc.slice(span) };
      return [first, ...splitCoordinated(doc, rest, taken, second, findClause)];
    }
    from = joiner + 1;
    joiner = joinerIn(doc, quote, sentence, from);
  }
  return [quote];
}
