import type { SentenceWords } from '../entities/words.js';

/** Longest appositive (words) between a name and the `who` that still stands for the name. */
const MAX_APPOSITIVE = 10;

/** Words that open a clause of its own inside what would be an appositive. */
const CLAUSE_WORDS =
  /^(?:who|whom|which|that|when|where|while|and|but|or|said|says|["“”;:()—–]|-+)$/u;

/**
 * Word index of the relative pronoun that follows a name at word `after` (where the name ends):
 * `Trump who`, `Trump, who`, or after an appositive closed by a comma (`McConnell, now the Senate
 * majority leader, who`); otherwise -1.
 */
export function relativeAfterName(words: SentenceWords, after: number): number {
  if (words.lower(after) !== ',') return after;
  if (/^(?:who|which)$/u.test(words.lower(after + 1))) return after + 1;
  for (let k = after + 1; k <= after + MAX_APPOSITIVE && k < words.length; k++) {
    const word = words.lower(k);
    if (word === ',') return /^(?:who|which)$/u.test(words.lower(k + 1)) ? k + 1 : -1;
    if (CLAUSE_WORDS.test(word)) return -1;
  }
  return -1;
}
