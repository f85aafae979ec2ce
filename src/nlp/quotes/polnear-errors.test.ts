import { describe, expect, it } from 'vitest';
import { quotesOf } from './fixture.js';

const view = (text: string) => quotesOf(text).map((q) => [q.text, q.kind, q.speaker]);

/** Cases from the classified errors of the PolNeAR dev split (`eval:quotes -- --errors`). */
describe('issue 7: speakers from the PolNeAR error classes', () => {
  it('does not take the cue of a next sentence that introduces a quote of its own', () => {
    const text =
      'Pat Caddell spoke on Monday. Caddell continued: "This is in their heads." In a statement, Peabody Energy said: "We will fight this."';
    expect(view(text)[0]).toEqual(['This is in their heads.', 'direct', 'Pat Caddell']);
  });

  it('takes the speaker of `He said:` closing the paragraph before the quote', () => {
    const text =
      'Donald Trump spoke in Chicago. He said:\n\n"We have a situation where our inner cities are dangerous."';
    expect(view(text)).toEqual([
      ['We have a situation where our inner cities are dangerous.', 'direct', 'Donald Trump'],
    ]);
  });

  it('gives a passive cue no speaker: its subject was spoken of', () => {
    const text = 'Ariel Quiros was accused of hiding millions from investors.';
    expect(view(text)).toEqual([['hiding millions from investors', 'indirect', null]]);
  });

  it('gives a participle cue the subject of the speech cue before it', () => {
    const text =
      '"We will get there together," Loretta Lynch said at a news conference, announcing that the inquiry was closed.';
    expect(view(text)).toContainEqual(['the inquiry was closed', 'indirect', 'Loretta Lynch']);
  });
});

describe('issue 7: reported clauses from the PolNeAR error classes', () => {
  it.each([
    [
      'a phrase opening the clause after `that`',
      'The poll shows that in a head-to-head contest, Clinton leads Trump.',
      'in a head-to-head contest, Clinton leads Trump',
    ],
    [
      'a verb of belief without `that`',
      'John Clarke hoped utilities would buy the credits.',
      'utilities would buy the credits',
    ],
    [
      'a verb of belief closing the sentence',
      'Hillary Clinton was rushed to a hospital on Sunday, The Post has learned.',
      'Hillary Clinton was rushed to a hospital on Sunday',
    ],
    [
      'a hedge that attributes to no one',
      'The accord is expected to be ratified next month.',
      'The accord is expected to be ratified next month',
    ],
  ])('finds %s', (_name, text, quote) => {
    expect(quotesOf(text).map((q) => q.text)).toEqual([quote]);
  });

  it.each([
    [
      'a subject and its appositive before a cue',
      'Hope Hicks, a campaign spokeswoman, did not respond to my messages.',
      'Hope Hicks, a campaign spokeswoman',
    ],
    [
      'a show title after a network’s possessive',
      'Mike Pence told CNN\'s "State of the Union" that the ticket was united.',
      'State of the Union',
    ],
    [
      'a show title after `on`',
      'Mike Pence said on "Fox News Sunday," that the ticket was united.',
      'Fox News Sunday,',
    ],
  ])('does not read %s as a quote', (_name, text, wrong) => {
    expect(quotesOf(text).map((q) => q.text)).not.toContain(wrong);
  });
});
