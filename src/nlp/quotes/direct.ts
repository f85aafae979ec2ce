import type { Doc } from '../../doc/doc.js';
import type { Quote, Span } from '../../doc/types.js';
import { attribute } from './attribute.js';
import { labelSpeaker } from './label.js';
import { findMarkedQuotes, type MarkedQuote } from './marks.js';
import { addPronounMention } from './references.js';
import { joinQuotedRuns } from './runs.js';
import { joinSplitQuotes } from './split.js';
import { PARTIAL_MAX_WORDS } from './vocabulary.js';

function isPartial(doc: Doc, quote: MarkedQuote): boolean {
  const content = doc.text.slice(quote.open + 1, quote.close);
  const words = content.split(/\s+/u).filter(Boolean).length;
  const sentence = doc.sentenceAt(quote.open);
  const startsSentence = sentence !== undefined && sentence.start === quote.open;
  return !startsSentence && words <= PARTIAL_MAX_WORDS;
}

/** Longest title in quotation marks: `Make Your Kid a Millionaire`. */
const MAX_TITLE_WORDS = 8;

/** `Fox News Sunday`, `State of the Union`: a title in quotation marks, not a quotation. */
function isTitle(words: string): boolean {
  const list = words.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return (
    list.length > 0 &&
    list.length <= MAX_TITLE_WORDS &&
    list.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|a|in|on|for|to|with)$/u.test(w))
  );
}

/** Words before a quoted title of a show, book or film: `on “Fox News Sunday,”`, `titled “…”`. */
const BEFORE_TITLE =
  /(?:\b(?:on|in|to|of|from|titled|entitled|dubbed|book|show|film|program)|\p{Lu}[\p{L}.]*['’]s)\s*$/u;
/** Words after a quoted title: `his "Keepin' It Real" radio program`. */
const AFTER_TITLE =
  /^\s*(?:radio|television|TV|talk|morning|news)?\s*(?:show|program|series|book|film|documentary|podcast)\b/u;

/**
 * A quote opened right after BEFORE_TITLE (`on "Fox News Sunday"`, `CNN's "State of the Union"`)
 * or closed before AFTER_TITLE: a short one there in title case is a title, cue or not.
 */
function namesWork(doc: Doc, marked: MarkedQuote): boolean {
  const before = doc.text.slice(Math.max(0, marked.open - 12), marked.open);
  const after = doc.text.slice(marked.close + 1, marked.close + 40);
  return BEFORE_TITLE.test(before) || AFTER_TITLE.test(after);
}

const paragraphOf = (doc: Doc, offset: number) => doc.text.lastIndexOf('\n\n', offset);

/**
 * Quotations between marks, with their speakers. A quote with no cue of its own takes the speaker
 * of the quote before it when both are in one paragraph, or when it opens the next paragraph
 * (the text carries the speaker over). A short quote in title case with no cue is a title
 * (`"Fox News Sunday"`), not a quotation, and is left out.
 */
export function findDirectQuotes(doc: Doc): Quote[] {
  const found: Quote[] = [];
  const pronouns: { span: Span; entity: number }[] = [];
  let previous: { quote: Quote; close: number } | undefined;
  for (const marked of joinSplitQuotes(doc, findMarkedQuotes(doc.text))) {
    const span = doc.span(marked.open + 1, marked.close);
    const partial = isPartial(doc, marked);
    let { speaker, cue, pronoun } = attribute(doc, marked, previous?.quote.speaker ?? null);
    if (pronoun && speaker !== null) pronouns.push({ span: pronoun, entity: speaker });
    if (!cue && !partial && previous && previous.quote.speaker !== null) {
      const here = paragraphOf(doc, marked.open);
      const there = paragraphOf(doc, previous.close);
      const opensParagraph = doc.text.slice(here, marked.open).trim() === '';
      const between = doc.text.slice(previous.close + 1, marked.open);
      const nextParagraph = opensParagraph && paragraphOf(doc, here - 1) === there;
      if ((here === there && !/[“"]/u.test(between)) || nextParagraph)
        speaker = previous.quote.speaker;
    }
    const labelled = labelSpeaker(doc, span.start);
    if (labelled !== null) speaker = labelled;
    if (((partial && !cue) || namesWork(doc, marked)) && isTitle(doc.slice(span))) continue;
    // Written out, not spread: the spreads took a slow generic path in this loop.
    const quote: Quote = {
      start: span.start,
      end: span.end,
      text: doc.slice(span),
      kind: partial ? 'partial' : 'direct',
      speaker,
    };
    if (cue) quote.cue = cue;
    found.push(quote);
    if (!partial) previous = { quote, close: marked.close };
  }
  addPronounMentions(doc, pronouns);
  return joinQuotedRuns(doc, borrowFromNext(doc, found));
}

/** Records the pronouns that named a quote's speaker as mentions of it, as coreference would have. */
function addPronounMentions(doc: Doc, pronouns: readonly { span: Span; entity: number }[]): void {
  for (const { span, entity } of pronouns) addPronounMention(doc, span.start, span.end, entity);
  if (pronouns.length > 0) doc.reindexMentions();
}

/** Longest gap (characters) from a quote with no cue to the next quote whose speaker it takes. */
const NEXT_REACH = 60;

/** `“A” workers. “B,” Warren said.`: a quote with no cue of its own, right before one of the same paragraph. */
function borrowFromNext(doc: Doc, quotes: Quote[]): Quote[] {
  return quotes.map((quote, i) => {
    const next = quotes[i + 1];
    if (quote.speaker !== null || quote.cue || !next || next.speaker === null) return quote;
    const between = doc.text.slice(quote.end, next.start);
    if (between.length > NEXT_REACH || between.includes('\n')) return quote;
    return { ...quote, speaker: next.speaker };
  });
}
