import type { SentenceWords } from '../entities/words.js';
import { isCapitalised } from '../entities/words.js';
import { PERSON_ROLE_NOUNS, ROLE_LIMIT_WORDS, ROLE_MODIFIERS } from './vocabulary.js';

/**
 * Reads `the [modifiers or capitalised words] <role noun>` at word `i` (`the Republican nominee`,
 * `the Vermont senator`) and returns the word after it, or undefined. A role followed by `of` or
 * a possessive (`the president of France`, `the senator's aide`) is left alone.
 */
export function readRoleNominal(words: SentenceWords, i: number): number | undefined {
  if (words.lower(i) !== 'the') return undefined;
  for (let j = i + 1; j <= i + ROLE_LIMIT_WORDS && j < words.length; j++) {
    const lower = words.lower(j);
    if (PERSON_ROLE_NOUNS.has(lower)) {
      const next = words.lower(j + 1);
      if (next === 'of' || next === '’s' || next === "'s" || next === '’' || next === "'")
        return undefined;
      if (PERSON_ROLE_NOUNS.has(next)) continue;
      return j + 1;
    }
    if (!ROLE_MODIFIERS.has(lower) && !isCapitalised(words.word(j))) return undefined;
  }
  return undefined;
}
