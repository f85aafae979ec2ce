/**
 * The one phrase key used by the generated tables and by `Knowledge.lookup`: lower-cased, tokens
 * separated by single spaces, punctuation kept as written ("U.S." → "u.s.").
 * NOTE: coupled to scripts/build-data (the keys in data/lexicon are made with this function).
 */
export function phraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Number of space-separated tokens in a phrase key. */
export function tokenCount(key: string): number {
  if (key === '') return 0;
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}
