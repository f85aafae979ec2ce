import type { Doc } from '../../doc/doc.js';
import type { Quote } from '../../doc/types.js';
import { SPEECH_CUES } from './vocabulary.js';

/** Most words between two quoted phrases read as one: `“disgusting” and “a con”`. */
const MAX_LINK_WORDS = 5;

/** The words between two quotes of one sentence only link them: no cue, no clause break. */
function linked(doc: Doc, first: Quote, second: Quote): boolean {
  if (doc.sentenceAt(first.start) !== doc.sentenceAt(second.start)) return false;
  if (second.cue && second.cue.start !== first.cue?.start) return false;
  const between = doc.text.slice(first.end + 1, second.start - 1);
  if (/[.;:!?\n"“”]/u.test(between)) return false;
  const words = between.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.length <= MAX_LINK_WORDS && !words.some((w) => SPEECH_CUES.has(w));
}

/**
 * Quoted phrases inside one sentence that are not its opening (`called her “disgusting” and
 * “a con”`, `is “a big, big problem” but “nobody has the guts …”`) are one quotation: the words
 * quoted belong to one reported statement.
 */
export function joinQuotedRuns(doc: Doc, quotes: readonly Quote[]): Quote[] {
  const joined: Quote[] = [];
  for (const quote of quotes) {
    const last = joined.at(-1);
    const opensSentence = doc.sentenceAt(quote.start - 1)?.start === quote.start - 1;
    if (last && last.kind !== 'indirect' && !opensSentence && linked(doc, last, quote)) {
      const span = doc.span(last.start, quote.end);
      joined[joined.length - 1] = {
        ...last,
        ...span,
        text: doc.slice(span),
        kind: last.kind === 'direct' || quote.kind === 'direct' ? 'direct' : 'partial',
        speaker: last.speaker ?? quote.speaker,
      };
    } else {
      joined.push(quote);
    }
  }
  return joined;
}
