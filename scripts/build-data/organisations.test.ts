import { describe, expect, it } from 'vitest';
import { mergeVariants } from './organisations.js';

const org = (name: string, code: string, aliases: string[] = []) => ({ name, aliases, code });

describe('mergeVariants', () => {
  it('makes one entry of names that differ by a leading "The", an acronym’s dots or its initials', () => {
    const merged = mergeVariants([
      org('The UN', 'IGOUNO'),
      org('U.N.', 'IGOUNO'),
      org('United Nations', 'IGOUNO'),
      org('The United Nations', 'IGOUNO'),
    ]);
    expect(merged).toEqual([
      org('United Nations', 'IGOUNO', ['The UN', 'U.N.', 'The United Nations']),
    ]);
  });

  it('keeps apart different organisations that share a code', () => {
    const merged = mergeVariants([org('Boeing', 'MNCUSA'), org('Exxon Mobil', 'MNCUSA')]);
    expect(merged.map((o) => o.name)).toEqual(['Boeing', 'Exxon Mobil']);
  });

  it('leaves an acronym alone when two names of its code have its initials', () => {
    const merged = mergeVariants([
      org('Asian Bank', 'MNC'),
      org('Atlas Brands', 'MNC'),
      org('AB', 'MNC'),
    ]);
    expect(merged).toHaveLength(3);
  });

  it('does not join names alike under different codes', () => {
    expect(mergeVariants([org('The Union', 'A'), org('Union', 'B')])).toHaveLength(2);
  });
});
