import { phraseKey } from '../../src/nlp/knowledge/phrase.js';

const SMALL = new Set([
  'of',
  'the',
  'and',
  'de',
  'del',
  'da',
  'des',
  'du',
  'la',
  'le',
  'al',
  'el',
  'es',
  'for',
  'in',
  'on',
  'at',
  'to',
]);

/** "NEW DELHI" → "New Delhi", "BANK OF INDIA" → "Bank of India"; short all-caps tokens that are no common word (UN, NATO) stay when `keepAcronyms` gives the common words. */
export function titleCase(upper: string, options?: { keepAcronyms?: ReadonlySet<string> }): string {
  const common = options?.keepAcronyms;
  return upper
    .split(' ')
    .map((tok, i) => {
      const lower = tok.toLowerCase();
      if (i > 0 && SMALL.has(lower)) return lower;
      const acronym = tok.length <= 5 || !/[AEIOUY]/.test(tok);
      if (common && acronym && !common.has(lower) && /^[A-Z.&]+$/.test(tok)) return tok;
      return lower.replace(
        /(^|[-'’.(/])(\p{L})/gu,
        (_m, p: string, c: string) => p + c.toUpperCase(),
      );
    })
    .join(' ');
}

/**
 * A name variant worth matching: letters with spaces, dots, apostrophes or hyphens, at least two
 * letters, and not a single common lower-case English word ("chance", "target").
 */
export function goodVariant(name: string, common: ReadonlySet<string>): boolean {
  if (!/^\p{L}[\p{L}\p{M} .'’&-]*$/u.test(name)) return false;
  if ((name.match(/\p{L}/gu) ?? []).length < 2) return false;
  const key = phraseKey(name);
  return key.includes(' ') || !common.has(key);
}

/** True when `short` is `long` with a few letters dropped (CountryInfo lost its diacritic letters: "BHOPL"). */
export function isMangledForm(short: string, long: string): boolean {
  if (short.length >= long.length || long.length - short.length > 3) return false;
  if (short.split(' ').length !== long.split(' ').length || short[0] !== long[0]) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}
