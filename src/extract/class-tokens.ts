/** Class and id values split into lower-case word tokens: "articleShare-bar main_nav" → article, share, bar, main, nav. */
export function splitClassTokens(value: string): readonly string[] {
  // Most values are ASCII in lower case already, and lower-casing them would change nothing.
  const lower = MAY_CHANGE_CASE.test(value) ? value.replace(HUMP, '$1 $2').toLowerCase() : value;
  return lower.match(WORD) ?? NO_TOKENS;
}

/**
 * A capital, or any character beyond ASCII: lower-casing is Unicode's, so that "İ" (U+0130) and
 * the Kelvin sign still yield the ASCII letters they lower-case to.
 */
const MAY_CHANGE_CASE = /[A-Z\u0080-\uffff]/;
/** A camelCase hump is a boundary. */
const HUMP = /([a-z])([A-Z])/g;
const WORD = /[a-z0-9]+/g;
const NO_TOKENS: readonly string[] = [];
