import { MAX_QUOTE_CHARS } from './vocabulary.js';

export interface MarkedQuote {
  /** The opening and closing marks. */
  readonly open: number;
  readonly close: number;
}

const OPENING = new Set(['“', '"', '«']);
const CLOSING_FOR: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

function isOpeningPosition(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text.charAt(at - 1);
  const after = text.charAt(at + 1);
  return /[\s([{—–-]/u.test(before) && after !== '' && !/\s/u.test(after);
}

/**
 * Pairs quotation marks paragraph by paragraph. A mark left open at the end of a paragraph opens
 * no quote, so an unbalanced mark never swallows the rest of the article.
 */
export function findMarkedQuotes(text: string): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (!OPENING.has(char) || !isOpeningPosition(text, at)) {
      at++;
      continue;
    }
    const closing = CLOSING_FOR[char] ?? char;
    const paragraphEnd = text.indexOf('\n\n', at);
    const limit = Math.min(paragraphEnd === -1 ? text.length : paragraphEnd, at + MAX_QUOTE_CHARS);
    const close = text.indexOf(closing, at + 1);
    if (close === -1 || close >= limit) {
      at++;
      continue;
    }
    if (close > at + 1) quotes.push({ open: at, close });
    at = close + 1;
  }
  return quotes;
}
