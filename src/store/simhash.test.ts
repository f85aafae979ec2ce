import { describe, expect, it } from 'vitest';
import { bands, hammingDistance, nearestDuplicate, simhash } from './simhash.js';

const STORY = [
  'The council of the northern district voted on Monday to build a new bridge over the river,',
  'officials said, after years of complaints about traffic on the old crossing. Work is due to',
  'start in the spring and to take two years, and the bridge will carry cyclists and buses.',
  'The mayor told reporters that the cost would be shared with the regional government, which',
  'has promised to pay for half of the project. Opposition members argued that the money should',
  'go to schools instead, and several residents of the riverside streets said they feared the',
  'noise of the building site. A public meeting about the plans will be held next month in the',
  'town hall, where engineers will present three designs and answer questions from the public.',
].join(' ');

describe('SimHash near-duplicates', () => {
  it('keeps a syndicated copy with a changed dateline within 3 bits', () => {
    const copy = `LONDON (Wire) - ${STORY} Reporting by Jane Doe.`;
    expect(hammingDistance(simhash(STORY), simhash(copy))).toBeLessThanOrEqual(3);
  });

  it('puts a different story far away', () => {
    const other =
      'Shares fell sharply in Tokyo on Tuesday as investors sold technology stocks ahead of the central bank meeting, traders said, and the yen rose against the dollar.';
    expect(hammingDistance(simhash(STORY), simhash(other))).toBeGreaterThan(10);
  });

  it('finds the earliest near-duplicate among candidates', () => {
    const hash = simhash(STORY);
    const flipped = (BigInt(`0x${hash}`) ^ 1n).toString(16).padStart(16, '0');
    expect(
      nearestDuplicate(hash, [
        { id: 9, simhash: flipped },
        { id: 4, simhash: hash },
      ]),
    ).toBe(4);
    expect(nearestDuplicate(hash, [{ id: 2, simhash: 'ffffffffffffffff' }])).toBe(null);
  });

  it('splits a hash into four 16-bit bands', () => {
    expect(bands('0123456789abcdef')).toEqual(['0123', '4567', '89ab', 'cdef']);
  });
});
