import type { Doc } from '../../doc/doc.js';
import type { Quote, Span } from '../../doc/types.js';
import { SPEAKER_PRONOUNS } from './vocabulary.js';

/** How far back (characters) the quote whose speaker a pronoun or participle takes may end. */
const REACH = 400;

/** `he said` / `she added that` with no resolved subject, or `…, adding that` with none at all. */
function borrowsSpeaker(doc: Doc, quote: Quote): boolean {
  if (!quote.cue) return false;
  const before = doc.text.slice(Math.max(0, quote.cue.start - 20), quote.cue.start);
  const word = before.match(/([\p{L}]+)\W*$/u)?.[1]?.toLowerCase() ?? '';
  const cue = doc.slice(quote.cue).toLowerCase();
  return SPEAKER_PRONOUNS.has(word) || (cue.endsWith('ing') && /,\s*$/u.test(before));
}

/**
 * Gives a quote whose cue has a pronoun subject coreference left unresolved (`he said`), or a
 * participle cue (`…, adding that`), the speaker of the nearest quote before it, when that quote
 * ends close by; otherwise the speaker stays null.
 */
export function borrowSpeakers(doc: Doc, quotes: Quote[]): void {
  let previous: Quote | undefined;
  for (const quote of quotes) {
    if (quote.speaker === null && previous && borrowsSpeaker(doc, quote)) {
      const cue = quote.cue?.start ?? quote.start;
      if (cue - previous.end <= REACH && previous.end <= cue) quote.speaker = previous.speaker;
    }
    if (quote.speaker !== null) previous = quote;
  }
}

/** Longest attribution (characters) between a reported clause and the quotation it introduces. */
const FOLLOW_REACH = 40;

/** The quote before index `i`, passing over partial quotes (a quoted title in the attribution). */
function closingBefore(quotes: readonly Quote[], i: number): Quote | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const before = quotes[k] as Quote;
    if (before.kind !== 'partial') return before;
  }
  return undefined;
}

/**
 * Whether `quote` opens the sentence right after the one holding `cue`, in the same paragraph or
 * as the next paragraph when that sentence closes its own (`…, Obama said.¶“Those who …”`).
 */
function opensNextSentence(doc: Doc, cue: Span, quote: Quote): boolean {
  const sentence = doc.sentenceAt(cue.start);
  if (!sentence || quote.start < sentence.start) return false;
  const gap = doc.text.slice(sentence.end, quote.start);
  return /^[\s"“”‘’']*$/u.test(gap);
}

/**
 * `…, Schiff said. "The other factor is …"` and `"…," Flynn said on Fox News. "…"`: a quotation
 * with no cue of its own right after a reported clause (close by) or a quotation (in the next
 * sentence of the paragraph) whose cue follows it takes that speaker.
 */
export function carryFromClause(doc: Doc, quotes: Quote[]): void {
  for (let i = 1; i < quotes.length; i++) {
    const quote = quotes[i] as Quote;
    const before = closingBefore(quotes, i);
    if (quote.kind !== 'direct' || quote.speaker !== null || quote.cue) continue;
    if (!before || before.speaker === null || !before.cue) continue;
    if (before.kind === 'direct' && before.cue.start < before.end) continue;
    const close =
      opensNextSentence(doc, before.cue, quote) ||
      (before.kind !== 'direct' &&
        doc.text.slice(before.cue.end, quote.start).length <= FOLLOW_REACH &&
        !doc.text.slice(before.cue.end, quote.start).includes('\n'));
    if (close) quote.speaker = before.speaker;
  }
}
