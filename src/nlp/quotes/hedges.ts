import type { Doc, Sentence } from '../../doc/doc.js';
import type { Quote } from '../../doc/types.js';
import { clauseQuote, insideQuote, lastWord } from './clauses.js';
import { HEDGE_ANCHORS, HEDGE_PATTERNS } from './vocabulary.js';

/** Words that open the clause a hedge sits in: `…, but the vote is expected to …`. */
const CLAUSE_OPENERS = /^(?:,|;|:|—|–|that|but|and|while|because|although|though|as|if|when)$/iu;

/** Whether a hedge pattern (`is expected to`) starts at token `t`: a cue that names no one. */
export function opensHedge(doc: Doc, t: number): boolean {
  for (let k = t; k < t + MAX_ANCHOR_OFFSET && k < doc.tokens.length; k++)
    if (hedgeAt(doc, k)?.[0] === t) return true;
  return false;
}

/** How far into a hedge pattern its anchor word may stand. */
const MAX_ANCHOR_OFFSET = 4;

/** The first token and length of a hedge pattern anchored at token `t`, if one is there. */
function hedgeAt(doc: Doc, t: number): [number, number] | undefined {
  const patterns = HEDGE_ANCHORS.get(doc.lowerTokenText(t));
  if (!patterns) return undefined;
  for (const index of patterns) {
    const pattern = HEDGE_PATTERNS[index] ?? [];
    const anchor = pattern.findIndex((words) => words.has(doc.lowerTokenText(t)));
    const first = t - anchor;
    if (pattern.every((words, i) => words.has(doc.lowerTokenText(first + i))))
      return [first, pattern.length];
  }
  return undefined;
}

/**
 * `The vote is expected to come on Friday`, `Melania seemed to vanish`, `Trump reportedly
 * asked …`: a statement the text attributes to no one (PolNeAR's source-less attributions). The
 * clause around the hedge, from its opening to the end of the sentence, is the content; its
 * speaker is null.
 */
export function hedgedClause(
  doc: Doc,
  sentence: Sentence,
  taken: readonly Quote[],
): Quote | undefined {
  for (let anchor = sentence.firstToken + 1; anchor < sentence.endToken - 1; anchor++) {
    const hedge = hedgeAt(doc, anchor);
    if (!hedge || hedge[0] <= sentence.firstToken || insideQuote(doc, anchor, taken)) continue;
    const last = lastWord(doc, sentence);
    if (anchor >= last) return undefined;
    const [t, length] = hedge;
    let first = t - 1;
    while (first > sentence.firstToken && !CLAUSE_OPENERS.test(doc.tokenText(first - 1))) first--;
    const cue = doc.span(doc.tokens.start(t), doc.tokens.end(t + length - 1));
    const quote = clauseQuote(doc, first, last, taken, { speaker: null, cue }, { fronted: true });
    if (quote) return quote;
  }
  return undefined;
}
