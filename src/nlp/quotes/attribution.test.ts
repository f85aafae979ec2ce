import { describe, expect, it } from 'vitest';
import { quotesOf } from './fixture.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect');

describe('issue 7: quote spans', () => {
  it('joins two parts around an attribution sentence with an appositive', () => {
    const text =
      '"This is a disgusting day," said Gwen Moore, head of the Congressional Black Caucus, on Friday. "Donald Trump is a fraud."';
    const quotes = quotesOf(text).filter((q) => q.kind !== 'indirect');
    expect(quotes).toEqual([
      {
        text: 'This is a disgusting day," said Gwen Moore, head of the Congressional Black Caucus, on Friday. "Donald Trump is a fraud.',
        kind: 'direct',
        speaker: 'Gwen Moore',
      },
    ]);
  });

  it('reads quoted phrases of one sentence as one quote', () => {
    const text =
      'Donald Trump spoke on Friday. Trump called her “disgusting” and “a con” on Friday.';
    expect(quotesOf(text)).toContainEqual({
      text: 'disgusting” and “a con',
      kind: 'partial',
      speaker: 'Donald Trump',
    });
  });

  it('ends a transcript turn where the next speaker’s label opens a paragraph', () => {
    const text =
      'Chris Wallace interviewed Mike Pence on Sunday. The transcript follows: "WALLACE: Let us start with the debate.\n\n"PENCE: Well, look, it is serious business.\n\n"WALLACE: Thank you, sir."';
    expect(quotesOf(text).map((q) => [q.text, q.speaker])).toEqual([
      ['WALLACE: Let us start with the debate.', 'Chris Wallace'],
      ['PENCE: Well, look, it is serious business.', 'Mike Pence'],
      ['WALLACE: Thank you, sir.', 'Chris Wallace'],
    ]);
  });
});

describe('issue 7: speakers', () => {
  it.each([
    [
      'a name before a long appositive',
      '"It is an invasion of the state domain," Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said.',
      'Scott Pruitt',
    ],
    [
      'a name after doubled apostrophes and a long appositive',
      "''It has the virtue of being responsible,'' Leonard Burman, director of the Tax Policy Center and a professor at Syracuse University, said of the plan.",
      'Leonard Burman',
    ],
    [
      'the same paragraph’s next quote',
      '“You went on television to blame” the workers. “It is gutless,” Elizabeth Warren said.',
      'Elizabeth Warren',
    ],
  ])('finds the speaker of a direct quote from %s', (_name, text, speaker) => {
    expect(quotesOf(text)[0]?.speaker).toBe(speaker);
  });

  it('takes the speaker from a name inside the subject phrase', () => {
    const text = 'Hillary Clinton rested. Clinton’s campaign says she will be back on Thursday.';
    expect(indirect(text)).toEqual([
      { text: 'she will be back on Thursday', kind: 'indirect', speaker: 'Hillary Clinton' },
    ]);
  });

  it('does not take the sentence subject for a cue with an unnamed subject of its own', () => {
    const text =
      'After some setbacks, Tom Clarke’s work has been meeting the standards, one state official said.';
    expect(indirect(text)).toEqual([
      {
        text: 'After some setbacks, Tom Clarke’s work has been meeting the standards',
        kind: 'indirect',
        speaker: 'one state official',
      },
    ]);
  });
});

describe('issue 7: reported speech', () => {
  it.each([
    [
      'a belief without that',
      'Barack Obama believes his climate work will be his legacy.',
      'his climate work will be his legacy',
    ],
    [
      'a stance verb with its object',
      'Donald Trump has vowed to bring back mining jobs.',
      'bring back mining jobs',
    ],
    [
      'a cue before a clause with a place',
      'Hillary Clinton said at a stop in Toledo, Ohio, that the plan was unfair.',
      'the plan was unfair',
    ],
  ])('finds %s', (_name, text, quote) => {
    expect(indirect(text).map((q) => q.text)).toEqual([quote]);
  });

  it('reads the clause of a noun of saying, with its owner as speaker', () => {
    const text =
      'Donald Trump spoke. Reporters checked Donald Trump’s claim that there were thousands of shootings.';
    expect(indirect(text)).toEqual([
      { text: 'there were thousands of shootings', kind: 'indirect', speaker: 'Donald Trump' },
    ]);
  });

  it('splits two coordinated attributions with their own speakers', () => {
    const text =
      'Democrats want policies that raise more revenue, and Republicans want policies that cut rates.';
    expect(indirect(text).map((q) => [q.text, q.speaker])).toEqual([
      ['policies that raise more revenue', 'Democrats'],
      ['policies that cut rates', 'Republicans'],
    ]);
  });

  it.each([
    ['a cue word used as a noun', 'His claims about the vote were false, and the report was late.'],
    ['a cue word inside a name', 'The United States and Britain signed the treaty.'],
    [
      'an inverted subject with an appositive',
      '"We were floored," said Hope Hicks, a campaign spokeswoman.',
    ],
  ])('finds no reported clause in %s', (_name, text) => {
    expect(indirect(text)).toEqual([]);
  });
});
