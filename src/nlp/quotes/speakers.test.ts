import { describe, expect, it } from 'vitest';
import { isAuxiliary } from './speakers.js';

describe('isAuxiliary', () => {
  it('takes auxiliaries, negations and -ly adverbs of five letters or more, in any case', () => {
    for (const word of ['had', 'Also', 'not', "n't", 'N’T', 'frequently', 'early', 'Naïvely'])
      expect(isAuxiliary(word), word).toBe(true);
  });

  it('leaves other words, short -ly words and words with non-letters', () => {
    for (const word of ['said', 'fly', 'holy', 'well-ly', '1990ly', 'ly', '', 'nott'])
      expect(isAuxiliary(word), word).toBe(false);
  });
});
