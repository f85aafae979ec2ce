import { MAX_QUOTE_CHARS } from './vocabulary.js';

export interface MarkedQuote {
  /**
   * The opening and closing marks: the content is `[open + 1, close)`. For the doubled apostrophe
   * `''` of some archives, `open` is its second character and `close` the first of the closing pair.
   */
  readonly open: number;
  readonly close: number;
}

/** `”` opens too where only an opening stands (after a space, before a word): `― Jane Doe ”Mr. Trump…`. */
const OPENING = new Set(['“', '"', '«', '”']);
const CLOSING_FOR: Record<string, string> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '”': '”',
  "''": "''",
};
/** Mixed typography (`“Our roads are crumbling," she said`): the other double mark closes too. */
const OTHER_CLOSING: Record<string, string> = { '“': '"', '"': '”' };
const DOUBLED = "''";
/** The first characters of every opening mark: NOTE coupled to OPENING and DOUBLED. */
const MARK_CHARACTER = /[“"«”']/u;
/** A transcript turn's label: `WALLACE:`, `MR. TRUMP:`. */
export const SPEAKER_LABEL = /^[\p{Lu}][\p{Lu}.'’ -]{1,30}:/u;

/** The opening mark at `at`: one character, or the doubled apostrophe. */
function markAt(text: string, at: number): string | undefined {
  if (text.startsWith(DOUBLED, at)) return DOUBLED;
  const char = text.charAt(at);
  return OPENING.has(char) ? char : undefined;
}

function isOpeningPosition(text: string, at: number, mark: string): boolean {
  const before = at === 0 ? ' ' : text.charAt(at - 1);
  const after = text.charAt(at + mark.length);
  return /[\s([{—–-]/u.test(before) && after !== '' && !/\s/u.test(after);
}

function paragraphEnd(text: string, from: number): number {
  const end = text.indexOf('\n\n', from);
  return end === -1 ? text.length : end;
}

/** The opening mark that starts the next paragraph (after `end`), if it starts with `mark`. */
function continuation(text: string, end: number, mark: string): number | undefined {
  let at = end;
  while (at < text.length && /\s/u.test(text.charAt(at))) at++;
  return text.startsWith(mark, at) ? at : undefined;
}

/**
 * The closing mark of a quote opened at `open`: in its paragraph, or, when a paragraph ends with
 * the quote still open and the next one starts with an opening mark, in a later paragraph (a quote
 * over several paragraphs). Never further than MAX_QUOTE_CHARS from the opening. A transcript
 * turn ends at its paragraph's end when the next paragraph opens with another speaker's label.
 */
function closingMark(
  text: string,
  open: number,
  mark: string,
  closing: string,
): number | undefined {
  const limit = Math.min(text.length, open + MAX_QUOTE_CHARS);
  let from = open + mark.length;
  while (from < limit) {
    const end = Math.min(paragraphEnd(text, from), limit);
    const close = text.indexOf(closing, from);
    if (close !== -1 && close < end) return close;
    const other = OTHER_CLOSING[mark];
    const mixed = other === undefined ? -1 : text.indexOf(other, from);
    if (mixed !== -1 && mixed < end) return mixed;
    const next = end < limit ? continuation(text, end, mark) : undefined;
    if (next === undefined) return undefined;
    // A transcript's next speaker (`"PENCE: Well, …`) ends the turn before it.
    if (SPEAKER_LABEL.test(text.slice(next + mark.length, next + mark.length + 40))) return end;
    from = next + mark.length;
  }
  return undefined;
}

/**
 * Pairs quotation marks paragraph by paragraph. A mark left open at the end of a paragraph opens
 * no quote, unless the next paragraph continues it, so an unbalanced mark never swallows the rest
 * of the article: the search recovers at the next paragraph.
 */
export function findMarkedQuotes(text: string): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  const candidate = new RegExp(MARK_CHARACTER.source, 'gu');
  let at = 0;
  while (at < text.length) {
    // Jump to the next character that can start a mark: the others are skipped one by one anyway.
    candidate.lastIndex = at;
    const next = candidate.exec(text);
    if (next === null) break;
    at = next.index;
    const mark = markAt(text, at);
    if (mark === undefined || !isOpeningPosition(text, at, mark)) {
      at++;
      continue;
    }
    const close = closingMark(text, at, mark, CLOSING_FOR[mark] ?? mark);
    if (close === undefined) {
      at += mark.length;
      continue;
    }
    const open = at + mark.length - 1;
    if (close > open + 1) quotes.push({ open, close });
    at = close + mark.length;
  }
  return quotes;
}
