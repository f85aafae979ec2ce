import type { Doc, Sentence } from '../../doc/doc.js';
import type { Quote } from '../../doc/types.js';
import { OBJECT_CUES, SPEECH_CUES } from './vocabulary.js';

const isCue = (word: string) => SPEECH_CUES.has(word) || OBJECT_CUES.has(word);

/** Words that join two clauses after a comma: `X said A, and Y said B`, `X wants A, while Y …`. */
const JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);

type FindClause = (doc: Doc, sentence: Sentence, taken: readonly Quote[]) => Quote | undefined;

/** The index of the token that joins a second clause inside `quote`, if any. */
function joinerIn(doc: Doc, quote: Quote, sentence: Sentence, from: number): number | undefined {
  for (let t = from; t < sentence.endToken - 2 && doc.tokens.start(t) < quote.end; t++) {
    const word = doc.lowerTokenText(t);
    if (word === ';' || (JOINERS.has(word) && doc.tokenText(t - 1) === ',')) return t;
    if (word === 'and' && isCue(doc.lowerTokenText(t + 1))) return t;
  }
  return undefined;
}

/** Whether `quote` holds a joined clause (`, and …`) before `offset`: a second attribution in it. */
export function coordinatedIn(doc: Doc, quote: Quote, offset: number): boolean {
  if (offset <= quote.start || offset >= quote.end) return false;
  return /,\s+(?:and|but|while|whereas)\s|;/u.test(doc.text.slice(quote.start, offset));
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
    const rest: Sentence = {
      start: doc.tokens.start(joiner + 1),
      end: sentence.end,
      firstToken: joiner + 1,
      endToken: sentence.endToken,
    };
    const found = findClause(doc, rest, taken);
    // `X bemoaned A and said B`: the second verb shares the first's subject.
    const shared = found?.cue?.start === doc.tokens.start(joiner + 1);
    const second = found && shared ? { ...found, speaker: found.speaker ?? quote.speaker } : found;
    if (second?.speaker != null && second.cue && second.cue.start > rest.start) {
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
