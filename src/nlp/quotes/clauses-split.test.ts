import { describe, expect, it } from 'vitest';
import { quotesOf } from './fixture.js';

const view = (text: string) => quotesOf(text).map((q) => [q.text, q.speaker]);

/** Cases from the classified errors of the PolNeAR dev split (`eval:quotes -- --errors`). */
describe('issue 7: one attribution per cue', () => {
  it.each([
    [
      'a second verb after `and`',
      'Donald Trump outlined his cybersecurity plan and vowed to punish leakers.',
      [
        ['his cybersecurity plan', 'Donald Trump'],
        ['punish leakers', 'Donald Trump'],
      ],
    ],
    [
      'a participle after a comma',
      'Hillary Clinton mocked the complaint, saying anybody who complains is having a bad night.',
      [
        ['the complaint', 'Hillary Clinton'],
        ['anybody who complains is having a bad night', 'Hillary Clinton'],
      ],
    ],
    [
      'a participle cue between two quoted parts',
      '"We cannot afford this," Donald Trump said, adding later, "NATO is costing us a fortune."',
      [
        ['We cannot afford this,', 'Donald Trump'],
        ['NATO is costing us a fortune.', 'Donald Trump'],
      ],
    ],
    [
      'a cue inside its sentence, closed by a comma',
      'It would take three weeks to convene the DNC, he said, and the fight could be paralyzing.',
      [['It would take three weeks to convene the DNC', null]],
    ],
  ])('splits %s', (_name, text, quotes) => {
    expect(view(text)).toEqual(quotes);
  });

  it.each([
    [
      'a noun phrase after an inverted cue',
      'The meeting deteriorated from there, said one GOP source in the room.',
      'The meeting deteriorated from there',
    ],
    [
      'a clause opening with a phrase before `according to`',
      'In 2014, Ferguson had 115 instances of violent crime, according to the FBI.',
      'In 2014, Ferguson had 115 instances of violent crime',
    ],
    ['a stance of a noun or adjective', 'Warren has been critical of Wells Fargo.', 'Wells Fargo'],
  ])('finds %s', (_name, text, quote) => {
    expect(quotesOf(text).map((q) => q.text)).toEqual([quote]);
  });
});

describe('issue 7: speakers', () => {
  it.each([
    [
      'after a name with an abbreviation in its appositive',
      '"The veto will be overridden," Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.',
      'Mitch McConnell',
    ],
    [
      'after a name with an appositive between dashes',
      'Aaron Kall spoke. Kall -- co-editor of a book on debates -- said the candidate made announcements.',
      'Aaron Kall',
    ],
    [
      'named by `according to` before a quotation',
      'Rush Limbaugh spoke. According to Limbaugh, "If it was left up to Hillary, she would not say anything."',
      'Rush Limbaugh',
    ],
  ])('finds the speaker %s', (_name, text, speaker) => {
    expect(quotesOf(text).at(-1)?.speaker).toBe(speaker);
  });

  it('gives a quotation with no cue the speaker of the reported clause it follows', () => {
    const text =
      'Adam Schiff spoke. The administration may be slow to act, Schiff said. "The other factor is the election."';
    expect(view(text)).toEqual([
      ['The administration may be slow to act', 'Adam Schiff'],
      ['The other factor is the election.', 'Adam Schiff'],
    ]);
  });
});
