import type { Doc, Sentence } from '../../doc/doc.js';
import { firstStartingAt } from '../../doc/spans.js';
import type { Quote, Span } from '../../doc/types.js';
import { NOUN_MARKERS } from './vocabulary.js';

/** Prepositions before a gerund cue, which stays a cue: `by emphasizing`, `of saying`. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'with', 'by']);

/** Tokens that cannot open a reported clause: `said in Paris`, `said "…"`, `said:`. */
const NOT_A_CLAUSE =
  /^(?:in|at|on|to|for|with|from|during|after|before|by|of|as|so|,|\.|"|“|”|:|;|\?|!|—|–|-)$/iu;
/** Shortest reported clause, in tokens. */
const MIN_CLAUSE_TOKENS = 2;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function isPunctuation(doc: Doc, token: number): boolean {
  const word = doc.tokenText(token);
  // Most tokens open with an ASCII letter or digit: decided without the Unicode regex.
  const code = word.charCodeAt(0) | 32;
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false;
  return !WORD_CHARACTER.test(word);
}

/** Share of `[start, end)` inside the direct quotes. */
function quotedShare(start: number, end: number, direct: readonly Quote[]): number {
  let inside = 0;
  for (const q of direct) inside += Math.max(0, Math.min(end, q.end) - Math.max(start, q.start));
  return end > start ? inside / (end - start) : 1;
}

/** `[start, end)` widened to hold whole the direct quotes it cuts: `… “is not having a good night.”`. */
function widened(doc: Doc, start: number, end: number, direct: readonly Quote[]): Span {
  let from = start;
  let to = end;
  for (const q of direct) {
    if (q.start < to && q.end > to) to = Math.min(doc.text.length, q.end + 1);
    if (q.start < from && q.end > from) from = Math.max(0, q.start - 1);
  }
  return doc.span(from, to);
}

/**
 * The quote for the tokens `[first, last]` of a sentence, trimmed of edge punctuation; undefined when
 * too short, when it cannot open a clause, or when it is (nearly) a direct quote already found.
 */
export function clauseQuote(
  doc: Doc,
  first: number,
  last: number,
  direct: readonly Quote[],
  attribution: { speaker: number | null; cue: Span },
  options?: { fronted?: boolean },
): Quote | undefined {
  let from = first;
  let to = last;
  while (to > from && /^[.!?,;:]$/u.test(doc.tokenText(to))) to--;
  while (from < to && /^[,;:]$/u.test(doc.tokenText(from))) from++;
  if (to - from + 1 < MIN_CLAUSE_TOKENS) return undefined;
  // A clause before its cue may open with an adverbial: `After some challenges, …, X said`.
  const opener = doc.tokenText(from);
  if (NOT_A_CLAUSE.test(opener) && !(options?.fronted && /^\p{L}/u.test(opener))) return undefined;
  const span = widened(doc, doc.tokens.start(from), doc.tokens.end(to), direct);
  if (quotedShare(span.start, span.end, direct) > 0.6) return undefined;
  // Written out, not spread: the spreads took a slow generic path in this hot spot.
  const { start, end } = span;
  const { speaker, cue } = attribution;
  return { start, end, text: doc.slice(span), kind: 'indirect', speaker, cue };
}

/** The last token of a sentence that is not closing punctuation. */
export function lastWord(doc: Doc, sentence: Sentence): number {
  let last = sentence.endToken - 1;
  while (last > sentence.firstToken && isPunctuation(doc, last)) last--;
  return last;
}

/** Whether `token` lies inside one of the quotes (or on its marks). */
export function insideQuote(doc: Doc, token: number, quotes: readonly Quote[]): boolean {
  const at = doc.tokens.start(token);
  return quotes.some((q) => at >= q.start - 1 && at <= q.end);
}

/** `the United States`, `Reclaim Our Schools`: a cue word inside a name is no cue. */
function inMention(doc: Doc, token: number): boolean {
  const at = doc.tokens.start(token);
  for (let i = firstStartingAt(doc.mentions, at - 80); i < doc.mentions.length; i++) {
    const mention = doc.mentions[i];
    if (!mention || mention.start > at) break;
    if (mention.end > at && mention.type !== 'PERSON' && mention.type !== 'MISC') return true;
  }
  return false;
}

/** `King's | show`, `candidates' | plans`, but not `he's | said` (has). */
function isPossessive(doc: Doc, token: number): boolean {
  const word = doc.tokenText(token);
  if (/\p{L}['’]$/u.test(word)) return true;
  if (!/^['’]s$/iu.test(word)) return false;
  return !/^(?:he|she|it|that|who|there|what|one)$/iu.test(doc.tokenText(token - 1));
}

/** A cue word used as a noun or inside a name: `the report`, `his claims`, `the United States`. */
export function isNounUse(doc: Doc, token: number): boolean {
  const before = doc.lowerTokenText(token - 1);
  if (isPossessive(doc, token - 1)) return true;
  const gerund = doc.tokenText(token).endsWith('ing');
  return (
    (NOUN_MARKERS.has(before) && !(gerund && PREPOSITIONS.has(before))) || inMention(doc, token)
  );
}
