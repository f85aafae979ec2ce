import { hash } from 'node:crypto';
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

  it('keeps the hashes stored by earlier versions (MD5 of each word 3-shingle, as node:crypto computes it)', () => {
    const reference = (text: string) => {
      const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const weights = new Array<number>(64).fill(0);
      for (let i = 0; i < Math.max(1, words.length - 2); i++) {
        const digest = hash('md5', words.slice(i, i + 3).join(' '), 'buffer');
        const value = digest.readBigUInt64BE(0);
        for (let bit = 0; bit < 64; bit++)
          weights[bit] = (weights[bit] ?? 0) + ((value >> BigInt(bit)) & 1n ? 1 : -1);
      }
      let out = 0n;
      for (let bit = 63; bit >= 0; bit--) out = out * 2n + ((weights[bit] ?? 0) > 0 ? 1n : 0n);
      return out.toString(16).padStart(16, '0');
    };
    for (const text of [STORY, 'Défense : la Russie et l’Inde coopèrent — 2021', 'one', ''])
      expect(simhash(text)).toBe(reference(text));
  });

  it('splits a hash into four 16-bit bands', () => {
    expect(bands('0123456789abcdef')).toEqual(['0123', '4567', '89ab', 'cdef']);
  });
});
