import * as chrono from 'chrono-node';
import type { Found, Mention } from './mention.js';
import { AMBIGUOUS_MONTHS, alternation, MONTHS, SIGNAL_WORDS } from './vocabulary.js';

export interface ChronoOptions {
  /** Longest text handed to chrono at once; longer sentences are cut at whitespace. */
  maxChunk?: number;
}

const DEFAULT_MAX_CHUNK = 2000;
// chrono fills unstated parts from this; only the parts it marks certain are kept.
const ANCHOR = new Date(Date.UTC(2000, 5, 15, 12));
// Sentence ends that a date never spans ("Dec. 6" stays whole: a digit, not a capital, follows;
// "5 p.m. EST, Nov. 6" too: a clock suffix is no end). The look-behind is checked after the stop
// mark, which it includes, so it runs at stop marks only, not at every position.
const PIECE_END = /\n|[.!?](?<!\b[ap]\.m[.!?])["”’)]?\s+(?=["“‘(]?[A-Z])/g;
const MONTH_WORD = alternation([...MONTHS.keys()]);
// What every date or time chrono (strict) can find contains: a month name by a number, a number
// pair ("12/05", "10:30", "2021-12-06") or a clock suffix. Pieces without one skip chrono.
const CANDIDATE = new RegExp(
  `\\b(?:${MONTH_WORD})\\.?,?\\s*\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_WORD})\\b|\\d[:/.-]\\d|\\d\\s*[ap]\\.?m\\b`,
  'i',
);
const LEADING_SIGNAL = new RegExp(`^(?:${alternation(SIGNAL_WORDS)})\\s+`, 'i');
const LOWERCASE_AMBIGUOUS = new RegExp(
  `\\b(?:${alternation(AMBIGUOUS_MONTHS.map((m) => m.toLowerCase()))})\\b`,
);
// Stock prices, fractions and vote counts chrono reads as times or dates: "1.20 a share", "7/8",
// "112 5/8", "8", "10 to 250".
const NOT_A_TIME =
  /^\d{1,2}(?:\.\d\d)?(?:\s*a)?$|^\d{1,2}:\d\d\s*a$|^\d{1,2}\/\d{1,2}$|\d\s+\d\/\d|^\d+\s+to\s+\d+$/;
const COMPONENTS = ['year', 'month', 'day', 'hour', 'minute'] as const;

// Every alternative of CANDIDATE needs a digit: a piece without one is not worth testing.
const DIGIT = /\d/g;

/**
 * Whether `text[start, end)` holds a digit, for pieces asked in text order: the first digit at or
 * after the last start is kept, so the text is scanned for digits once.
 */
function digitFinder(text: string): (start: number, end: number) => boolean {
  let next = -1;
  return (start, end) => {
    if (next < start) {
      DIGIT.lastIndex = start;
      next = DIGIT.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    }
    return next < end;
  };
}

/** `[start, end)` cut at whitespace into pieces of at most `max` characters. */
function bounded(text: string, start: number, end: number, max: number): [number, number][] {
  if (end - start <= max) return end > start ? [[start, end]] : [];
  const pieces: [number, number][] = [];
  while (end - start > max) {
    const space = text.slice(start, start + max).lastIndexOf(' ');
    const cut = space > 0 ? start + space + 1 : start + max;
    pieces.push([start, cut]);
    start = cut;
  }
  if (end > start) pieces.push([start, end]);
  return pieces;
}

/**
 * `[start, end)` sentences (or lines) of the text that may hold a date, each at most `maxChunk`
 * characters (cut at whitespace when longer), so chrono's work stays linear and small.
 */
export function* chunks(text: string, maxChunk = DEFAULT_MAX_CHUNK): Generator<[number, number]> {
  const hasDigit = digitFinder(text);
  let start = 0;
  const ends = [...text.matchAll(PIECE_END)].map((m) => m.index + m[0].length);
  for (const end of [...ends, text.length]) {
    for (const piece of bounded(text, start, end, maxChunk)) {
      if (hasDigit(piece[0], piece[1]) && CANDIDATE.test(text.slice(piece[0], piece[1])))
        yield piece;
    }
    start = end;
  }
}

function components(parsed: chrono.ParsedComponents): Mention {
  const mention: Mention & { kind: 'date' } = { kind: 'date' };
  for (const c of COMPONENTS) {
    const value = parsed.get(c);
    if (parsed.isCertain(c) && value !== null) mention[c] = value;
  }
  const offset = parsed.get('timezoneOffset');
  if (parsed.isCertain('timezoneOffset') && offset !== null) mention.offset = offset;
  return mention;
}

/** Absolute dates and clock times found by chrono (relative phrases are left to `relative.ts`). */
export function findWithChrono(text: string, options?: ChronoOptions): Found[] {
  const found: Found[] = [];
  for (const [start, end] of chunks(text, options?.maxChunk ?? DEFAULT_MAX_CHUNK)) {
    for (const result of chrono.strict.parse(text.slice(start, end), ANCHOR, {
      forwardDate: false,
    })) {
      const tags = [...result.tags()];
      if (tags.some((t) => t === 'result/relativeDate' || t.startsWith('casualReference')))
        continue;
      if (LOWERCASE_AMBIGUOUS.test(result.text)) continue;
      const signal = LEADING_SIGNAL.exec(result.text)?.[0].length ?? 0;
      if (NOT_A_TIME.test(result.text.slice(signal).trim())) continue;
      const from = components(result.start);
      found.push({
        start: start + result.index + signal,
        end: start + result.index + result.text.length,
        type: result.start.isCertain('hour') ? 'TIME' : 'DATE',
        mention: result.end ? { kind: 'span', from, to: components(result.end) } : from,
      });
    }
  }
  return found;
}
