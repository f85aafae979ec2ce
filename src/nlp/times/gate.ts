/**
 * Skipping a pattern on a text that cannot hold a match. A scan by a pattern with a leading
 * word boundary or optional words costs the regex engine an attempt at each position of the
 * text; a search for one plain word is several times cheaper. So a pattern every match of which
 * contains a word rarer than the text itself runs only on texts that contain that word.
 *
 * Safe only while `needed` matches every string the pattern matches (same case flags): each
 * gate is kept beside its pattern, with the reason it holds.
 */
const NO_MATCHES: readonly RegExpExecArray[] = [];

/** `text.matchAll(pattern)`, or nothing when the text lacks what every match contains. */
export function matchesIf(
  text: string,
  needed: RegExp,
  pattern: RegExp,
): Iterable<RegExpExecArray> {
  return needed.test(text) ? text.matchAll(pattern) : NO_MATCHES;
}
