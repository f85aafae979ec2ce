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

describe('issue 7: speakers shared along a sentence', () => {
  it('gives a second cue after `, and has` the first cue’s speaker', () => {
    const text =
      'Donald Trump spoke on Monday. Mr. Trump has attacked loopholes that benefit others, and has called for eliminating the carried interest loophole.';
    expect(view(text)).toContainEqual([
      'eliminating the carried interest loophole',
      'indirect',
      'Donald Trump',
    ]);
  });

  it('gives a stance noun in the predicate to the sentence’s subject', () => {
    const text = 'Peter Morgan has been a consistent and outspoken supporter of the new rules.';
    expect(view(text)).toEqual([['the new rules', 'indirect', 'Peter Morgan']]);
  });

  it('keeps a stance noun after a participle with the subject', () => {
    const text =
      'Donald Trump spoke in Ohio. He made the criticism while showing support for a wall.';
    expect(view(text)).toEqual([['a wall', 'indirect', 'Donald Trump']]);
  });

  it('does not give a stance noun across another name', () => {
    const text = 'Peter Morgan met Barack Obama, who voiced support for the old rules.';
    const rules = view(text).find((q) => q[0] === 'the old rules');
    expect(rules?.[2]).not.toBe('Peter Morgan');
  });
});

describe('issue 7: the subject that opens the sentence', () => {
  it('gives a later cue of the first clause the person who opens the sentence', () => {
    const text =
      'Mitch McConnell met with her and other Burmese leaders and came away convinced that the country had changed.';
    expect(view(text)).toEqual([['the country had changed', 'indirect', 'Mitch McConnell']]);
  });

  it('gives it across a name after a preposition: `agreed with X and seemed to think`', () => {
    const text =
      'Jim Anderson largely agreed with Bob McLenny and seemed to think that she was pandering.';
    expect(view(text)).toEqual([['she was pandering', 'indirect', 'Jim Anderson']]);
  });

  it('takes an untyped full name opening the sentence for a participle cue', () => {
    const text =
      'House Speaker Paul Ryan, R-Wis., despite admitting that the bill had flaws, backed it.';
    expect(view(text)[0]?.[2]).toBe('Paul Ryan');
  });

  it('does not give it across another name that may be the subject', () => {
    const text =
      'Mitch McConnell met Barack Obama and came away convinced that the country had changed.';
    expect(view(text)[0]?.[2]).not.toBe('Mitch McConnell');
  });
});

describe('issue 7: a participle after a comma', () => {
  it('takes the subject of the clause, not a name in the phrase before the comma', () => {
    const text =
      'Sheikh Hasina spoke on Monday. "People fight over resources," she said in the Oval Office, emphasizing that the talks were hard.';
    expect(view(text)).toContainEqual(['the talks were hard', 'indirect', 'Sheikh Hasina']);
  });
});

describe('issue 7: a floating quantifier between subject and cue', () => {
  it('reads `Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested`', () => {
    const text =
      'Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that the bank be broken up.';
    expect(view(text)[0]?.[2]).toBe('Robert Menendez');
  });
});
