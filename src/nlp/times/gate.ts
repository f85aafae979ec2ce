import { type Anchored, matchesAt, type WordStarts } from './word-starts.js';

/**
 * Skipping a pattern on a text that cannot hold a match. A pattern whose first words are common
 * ("the", "a") is still tried at many words of a text; a search for one plain word is cheaper. So
 * a pattern every match of which contains a word rarer than the text itself runs only on texts
 * that contain that word.
 *
 * Safe only while `needed` matches every string the pattern matches (same case flags): each
 * gate is kept beside its pattern, with the reason it holds.
 */
const NO_MATCHES: readonly RegExpExecArray[] = [];

/** The pattern's matches in the text, or nothing when the text lacks what every match contains. */
export function matchesIf(
  words: WordStarts,
  needed: RegExp,
  pattern: Anchored,
): Iterable<RegExpExecArray> {
  return words.has(needed) ? matchesAt(words, pattern) : NO_MATCHES;
}
