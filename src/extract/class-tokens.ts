/** Class and id values split into lower-case word tokens: "articleShare-bar main_nav" → article, share, bar, main, nav. */
export function splitClassTokens(value: string): readonly string[] {
  return isAscii(value) ? asciiTokens(value) : unicodeTokens(value);
}

/**
 * The definition: a camelCase hump is a boundary; lower-casing is Unicode's, so that "İ" (U+0130)
 * and the Kelvin sign still yield the ASCII letters they lower-case to.
 */
function unicodeTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** `unicodeTokens` for ASCII text, in one pass without regular expressions. */
function asciiTokens(value: string): string[] {
  // ASCII lower-casing keeps every index, so tokens are cut from the lower-cased value.
  const lower = value.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let previous = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const upper = isUpper(c);
    if (upper || isLower(c) || isDigit(c)) {
      if (start >= 0 && upper && isLower(previous)) {
        out.push(lower.slice(start, i));
        start = i;
      } else if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
    previous = c;
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}
