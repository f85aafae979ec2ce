import { describe, expect, it } from 'vitest';
import { tenseAt } from './tense.js';

/** The tense `tenseAt` reads for the expression written in brackets. */
function tenseOf(marked: string): string | undefined {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return tenseAt(marked.replace('[', '').replace(']', ''), start, end);
}

// [sentence with the expression in brackets, tense]
// biome-ignore format: a table reads better one row a line
const CASES: Array<[string, string | undefined]> = [
  ['The minister met his counterpart [Tuesday].', 'past'],
  ['The minister will meet his counterpart [Tuesday].', 'future'],
  ['The minister said the talks will be held [Tuesday].', 'future'],
  ['The talks were held [Tuesday].', 'past'],
  ['The dividend is payable [Jan. 2] to holders of record.', 'future'],
  ['The group might arrive as early as [Tuesday].', 'future'],
  ['Trading is to resume in Paris [Tuesday].', 'future'],
  ["They'll decide on [Monday].", 'future'],
  ['On [Friday], the government announced new rules.', 'past'],
  ['On [Friday], the government will announce new rules.', 'future'],
  ['The company will redeem its preferred shares on [Oct. 31].', 'future'],
  ['She hoped aid would come, where the [Aug. 7] blasts killed 257 people.', 'past'],
  ['Markets open [Monday].', undefined],
];

describe('clause tense', () => {
  it.each(CASES)('%s is %s', (marked, expected) => {
    expect(tenseOf(marked)).toBe(expected);
  });

  it('reads only the sentence of the expression', () => {
    expect(tenseOf('The vote was held. Results come [Monday].')).toBeUndefined();
  });
});
