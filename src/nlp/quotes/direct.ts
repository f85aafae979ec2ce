import type { Doc } from '../../doc/doc.js';
import type { Quote, Span } from '../../doc/types.js';
import { findMarkedQuotes, type MarkedQuote } from './marks.js';
import { sentenceSubject, speakerEndingAt, speakerStartingAt } from './speakers.js';
import { NAMING_CUES, PARTIAL_MAX_WORDS, SPEECH_CUES } from './vocabulary.js';

interface Attribution {
  speaker: number | null;
  cue?: Span;
}

/** Token indices `[from, to)` of the words between two character offsets. */
function tokensBetween(doc: Doc, from: number, to: number): [number, number] {
  const first = doc.tokens.indexAt(from);
  let last = first;
  while (last < doc.tokens.length && doc.tokens.start(last) < to) last++;
  return [first, last];
}

function cueSpan(doc: Doc, token: number): Span {
  return doc.span(doc.tokens.start(token), doc.tokens.end(token));
}

/**
 * Finds who a quote is attributed to, in this order:
 * 1. after the closing mark: `…," Shoigu had said` or `…," said Shoigu`;
 * 2. before the opening mark: `Shoigu said: "…"`, or a subject and cue earlier in the sentence
 *    (`The head of the Russian military called the trust "…"`), or the person who opens the
 *    sentence (`Macron praised Germany and said the talks were "…"`);
 * 3. a passive cue before and `by X` after: `labeled as "…" by the Russian President`.
 */
function attribute(doc: Doc, quote: MarkedQuote): Attribution {
  const sentence = doc.sentenceAt(quote.close) ?? doc.sentenceAt(quote.open);
  const opening = doc.sentenceAt(quote.open) ?? sentence;
  if (!sentence || !opening) return { speaker: null };
  // 1.
  const [afterFirst, afterEnd] = tokensBetween(doc, quote.close + 1, sentence.end);
  for (let t = afterFirst; t < Math.min(afterEnd, afterFirst + 6); t++) {
    if (!SPEECH_CUES.has(doc.tokenText(t).toLowerCase())) continue;
    const mention =
      speakerEndingAt(doc, doc.tokens.start(t)) ?? speakerStartingAt(doc, doc.tokens.end(t));
    if (mention && mention.start > quote.close)
      return { speaker: mention.entity, cue: cueSpan(doc, t) };
  }
  // 2.
  const [beforeFirst, beforeEnd] = tokensBetween(doc, opening.start, quote.open);
  for (let t = beforeEnd - 1; t >= beforeFirst; t--) {
    const word = doc.tokenText(t).toLowerCase();
    if (!SPEECH_CUES.has(word) && !NAMING_CUES.has(word)) continue;
    const subject =
      speakerEndingAt(doc, doc.tokens.start(t)) ??
      sentenceSubject(doc, opening.start, doc.tokens.start(t));
    if (subject) return { speaker: subject.entity, cue: cueSpan(doc, t) };
    // 3.
    const by = afterByAgent(doc, quote.close, sentence.end);
    if (by !== undefined) return { speaker: by, cue: cueSpan(doc, t) };
  }
  return { speaker: null };
}

function afterByAgent(doc: Doc, from: number, to: number): number | undefined {
  const [first, end] = tokensBetween(doc, from + 1, to);
  for (let t = first; t < end; t++) {
    if (doc.tokenText(t).toLowerCase() !== 'by') continue;
    const agent = speakerStartingAt(doc, doc.tokens.end(t));
    if (agent) return agent.entity;
  }
  return undefined;
}

function isPartial(doc: Doc, quote: MarkedQuote): boolean {
  const content = doc.text.slice(quote.open + 1, quote.close);
  const words = content.split(/\s+/u).filter(Boolean).length;
  const sentence = doc.sentenceAt(quote.open);
  const startsSentence = sentence !== undefined && sentence.start === quote.open;
  return !startsSentence && words <= PARTIAL_MAX_WORDS;
}

/** Quotations between marks, with their speakers. */
export function findDirectQuotes(doc: Doc): Quote[] {
  return findMarkedQuotes(doc.text).map((marked) => {
    const span = doc.span(marked.open + 1, marked.close);
    const { speaker, cue } = attribute(doc, marked);
    return {
      ...span,
      text: doc.slice(span),
      kind: isPartial(doc, marked) ? 'partial' : 'direct',
      speaker,
      ...(cue ? { cue } : {}),
    };
  });
}
