import type { Doc, Sentence } from '../../doc/doc.js';
import type { Quote } from '../../doc/types.js';
import { speakerEndingAt, speakerStartingAt } from './speakers.js';
import { AUDIENCE_CUES, SPEECH_CUES } from './vocabulary.js';

const CLAUSE_OPENERS = new Set(['that']);
const NOT_A_CLAUSE = /^(?:in|at|on|to|for|with|from|during|after|before|by|of|as|,|\.|"|“|”|:)$/iu;

function inside(offset: number, quotes: readonly Quote[]): boolean {
  return quotes.some((q) => offset >= q.start - 1 && offset <= q.end + 1);
}

/**
 * `X said (that) <clause>`: the reported clause runs from after the cue (and its audience, for
 * "told reporters") to the end of the sentence.
 */
function reportedClause(doc: Doc, sentence: Sentence, direct: readonly Quote[]): Quote | undefined {
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const cue = doc.tokenText(t).toLowerCase();
    if (!SPEECH_CUES.has(cue) || inside(doc.tokens.start(t), direct)) continue;
    const subject = speakerEndingAt(doc, doc.tokens.start(t));
    if (!subject) continue;
    let first = t + 1;
    if (AUDIENCE_CUES.has(cue)) {
      const audience = speakerStartingAt(doc, doc.tokens.end(t));
      first = audience ? doc.tokens.indexAt(audience.end) : first + 1;
    }
    if (CLAUSE_OPENERS.has(doc.tokenText(first).toLowerCase())) first++;
    let last = sentence.endToken - 1;
    while (last > first && /^[.!?]$/u.test(doc.tokenText(last))) last--;
    if (first > last || NOT_A_CLAUSE.test(doc.tokenText(first))) continue;
    if (last - first < 2) continue;
    const span = doc.span(doc.tokens.start(first), doc.tokens.end(last));
    if (direct.some((q) => q.start < span.end && span.start < q.end)) continue;
    const cueSpan = doc.span(doc.tokens.start(t), doc.tokens.end(t));
    return {
      ...span,
      text: doc.slice(span),
      kind: 'indirect',
      speaker: subject.entity,
      cue: cueSpan,
    };
  }
  return undefined;
}

export function findIndirectQuotes(doc: Doc, direct: readonly Quote[]): Quote[] {
  const found: Quote[] = [];
  for (const sentence of doc.sentences) {
    const quote = reportedClause(doc, sentence, direct);
    if (quote) found.push(quote);
  }
  return found;
}
