import { describe, expect, it } from 'vitest';
import { referentsOn } from './referents-fixture.js';

const referents = referentsOn('2016-10-01');
const whoRefersTo = (text: string) => referents(text, 'who');

describe('a relative `who` after a name', () => {
  it('stands for the name across an appositive closed by a comma', () => {
    const text =
      'Mitch McConnell spoke. Obama met McConnell, now the Senate majority leader, who in 2010 said no.';
    expect(whoRefersTo(text)).toEqual(['Mitch McConnell']);
  });

  it('does not cross a clause inside the commas', () => {
    const text = 'Mitch McConnell spoke. Obama met McConnell, and the aides said, who knows.';
    expect(whoRefersTo(text)).toEqual([]);
  });
});
