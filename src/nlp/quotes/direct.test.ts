import { describe, expect, it } from 'vitest';
import { entityNamesOf, mentionTextsOf, quotesOf } from './fixture.js';

describe('direct quotes and their speakers', () => {
  it.each([
    [
      'a cue and name after the quote',
      'Emmanuel Macron spoke in Paris. "We will act," Macron said.',
      { text: 'We will act,', kind: 'direct', speaker: 'Emmanuel Macron' },
    ],
    [
      'a cue before the name after the quote',
      'Olaf Scholz arrived late. "The talks were hard," said Scholz.',
      { text: 'The talks were hard,', kind: 'direct', speaker: 'Olaf Scholz' },
    ],
    [
      'a title before the name',
      'Angela Merkel left early. "It is over," said Chancellor Angela Merkel.',
      { text: 'It is over,', kind: 'direct', speaker: 'Angela Merkel' },
    ],
    [
      'an appositive between name and cue',
      '"It is over," Joe Biden, the American president, said.',
      { text: 'It is over,', kind: 'direct', speaker: 'Joe Biden' },
    ],
    [
      'a cue and colon before the quote',
      'Joe Biden said: "We stand with our allies."',
      { text: 'We stand with our allies.', kind: 'direct', speaker: 'Joe Biden' },
    ],
    [
      'a partial quote with a naming cue',
      'Joe Biden called the plan "reckless" on Monday.',
      { text: 'reckless', kind: 'partial', speaker: 'Joe Biden' },
    ],
    [
      'a pronoun resolved through coreference',
      'Angela Merkel met the press. "We are ready," she said.',
      { text: 'We are ready,', kind: 'direct', speaker: 'Angela Merkel' },
    ],
    [
      'the sentence after a quote closed by two apostrophes',
      "Tom Reed spoke first. Angela Merkel came later. ''Why are we not doing this now?'' Ms. Merkel asked. The talks ended.",
      { text: 'Why are we not doing this now?', kind: 'direct', speaker: 'Angela Merkel' },
    ],
    [
      'a signature after a hyphen on the next line',
      'Joe Biden and Tom Reed debated.\n\n"I helped write that bill."\n\n- Tom Reed.',
      { text: 'I helped write that bill.', kind: 'direct', speaker: 'Tom Reed' },
    ],
    [
      'a signature after a dash',
      'Voters wrote in. “He scares me.” ― Joe Biden',
      { text: 'He scares me.', kind: 'direct', speaker: 'Joe Biden' },
    ],
  ])('finds the speaker from %s', (_name, text, expected) => {
    expect(quotesOf(text)).toContainEqual(expected);
  });

  it.each([
    [
      'split by the attribution',
      '"We will," Emmanuel Macron said, "respond."',
      'We will," Emmanuel Macron said, "respond.',
    ],
    [
      'split by an attribution sentence',
      '"We are ready," Emmanuel Macron said. "The rest is politics."',
      'We are ready," Emmanuel Macron said. "The rest is politics.',
    ],
  ])('joins a quote %s into one', (_name, text, joined) => {
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe(joined);
    expect(quotes[0]?.speaker).toBe('Emmanuel Macron');
  });

  it('keeps a quote over several paragraphs as one, with its speaker', () => {
    const text =
      'Emmanuel Macron spoke. "We will act on prices.\n\n"And we will act on wages," Macron said.';
    expect(quotesOf(text)).toEqual([
      {
        text: 'We will act on prices.\n\n"And we will act on wages,',
        kind: 'direct',
        speaker: 'Emmanuel Macron',
      },
    ]);
  });

  it.each([
    [
      'the name the colon closes',
      'The surge does not surprise Republican pollster Daron Shaw: “Lesser-known candidates often win.”',
      'Daron Shaw',
    ],
    [
      'the subject of the clause before the colon',
      'When Wallace died in 1998, President Clinton released the following statement: “We offer our condolences.”',
      'Clinton',
    ],
  ])('gives a quote opened after a colon %s', (_name, text, speaker) => {
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([speaker]);
  });

  it('gives a split quote cued by "I said" the author', () => {
    const text = 'I was not off to a good start. “Okay,” I said, “I am not shy.”';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['the author']);
  });

  it('reads a verb with its particle as the cue: "shot back"', () => {
    const text =
      'After Gov. Jerry Brown spoke during a debate, Hillary Clinton shot back, “I suppose I could have stayed home.”';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Hillary Clinton']);
  });

  it('carries the speaker over to the quote that opens the next paragraph', () => {
    const text = '"We will act," Emmanuel Macron said.\n\n"The decision is taken."';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Emmanuel Macron', 'Emmanuel Macron']);
  });

  it('leaves the speaker empty rather than guess when there is no cue', () => {
    expect(quotesOf('"Nothing is decided yet," was all that could be heard.')).toEqual([
      { text: 'Nothing is decided yet,', kind: 'direct', speaker: null },
    ]);
  });

  it('reads a text that is read out right after the quote as its speaker', () => {
    expect(quotesOf('"Nothing is decided yet," the statement read.')).toEqual([
      { text: 'Nothing is decided yet,', kind: 'direct', speaker: 'the statement' },
    ]);
  });

  it('gives "it added" the body that spoke the quote before', () => {
    const text =
      '“The plan will fail,” the Times wrote on Sunday.\n\n“Its costs are hidden,” it further wrote.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Times', 'Times']);
    expect(mentionTextsOf(text, 'Times')).toEqual(['Times', 'it']);
  });

  it('names the subject of the cue even when it is no name and no speaking noun', () => {
    expect(quotesOf('"Nothing is decided yet," the sign said.')).toEqual([
      { text: 'Nothing is decided yet,', kind: 'direct', speaker: 'the sign' },
    ]);
  });

  it('does not carry a speaker across a quote that has its own cue', () => {
    const text = '"We will act," Emmanuel Macron said. The sign said: "Nothing is decided."';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Emmanuel Macron', 'The sign']);
  });

  it.each([
    ['a book', '"Nothing is decided yet," the book said.', 'the book'],
    ['a person by role', '"Nothing is decided yet," said one official.', 'one official'],
    ['a work', 'According to the poll, "nothing is decided yet."', 'the poll'],
    [
      'a sentence-opening subject before a participle',
      'Protesters marching through the streets chanted "No justice, no peace" all night.',
      'Protesters',
    ],
  ])('names a common-noun speaker: %s', (_name, text, speaker) => {
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([speaker]);
  });

  it('gives a participle cue after a comma the clause subject, not the name before the comma', () => {
    const text =
      'Hillary Clinton chimed in on Twitter, saying the police should release the videos "without delay."';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Hillary Clinton']);
  });

  it.each([
    [
      'a name after a dateline and a title',
      'BERLIN, May 3 (AP) — Former Chancellor Olaf Scholz criticized the new budget as a “reckless gamble” during a visit to Hamburg.',
      'Olaf Scholz',
    ],
    [
      'a pronoun resolved by coreference after an opening place, across a participle',
      'Angela Merkel returned on Monday. In Brussels she toured the plant while showing support for the “green deal” plan.',
      'Angela Merkel',
    ],
    [
      'a possessive after a prepositional opener, across a participle after a comma',
      'Emmanuel Macron lost the vote. At the party congress in Lyon his allies forced a change, striking out a pledge of “total reform” from the text.',
      'Emmanuel Macron',
    ],
    [
      'a pronoun after an opening clause closed by a comma',
      'Olaf Scholz flew home. Although the summit in Rome failed, he hailed a “clean energy” pact.',
      'Olaf Scholz',
    ],
    [
      'the subject after a participle that opens the sentence',
      'Mocking the “silly season,” Joe Biden left the hall early.',
      'Joe Biden',
    ],
  ])('gives a quote with no cue the subject of its clause: %s', (_name, text, speaker) => {
    expect(quotesOf(text).filter((q) => q.kind === 'partial')).toEqual([
      expect.objectContaining({ speaker }),
    ]);
  });

  it.each([
    [
      'a subject with no name',
      'Angela Merkel spoke on Monday. At the summit in Rome, the “quiet period” ended.',
    ],
    [
      'a passive clause after a dateline',
      'BERLIN, May 3 (AP) — The new budget was described as a “reckless gamble” by critics.',
    ],
    [
      'a quote inside a clause with a subject of its own',
      'Angela Merkel spoke on Monday. It sends a clear message that the “elites” can do as they please.',
    ],
    [
      'a preposition in -ing opening the sentence',
      'During the “silly season,” Joe Biden left the hall early.',
    ],
  ])('leaves a quote with no cue unattributed without a clause subject: %s', (_name, text) => {
    const partials = quotesOf(text).filter((q) => q.kind === 'partial');
    expect(partials.map((q) => q.speaker)).toEqual([null]);
  });

  it('adds no entity for a speaking noun that no quote takes', () => {
    const text = 'Officials said nothing. "We will act," Emmanuel Macron said.';
    expect(entityNamesOf(text)).toEqual(['Emmanuel Macron']);
  });

  it('leaves out a title in quotation marks', () => {
    expect(quotesOf('He appeared on "Fox News Sunday" this week.')).toEqual([]);
  });
});

describe('a second quote after an attribution sentence', () => {
  it('keeps a cue of its own after its closing mark (`“…,” added Rep. X`)', () => {
    const text =
      '“It is a dog whistle,” said Rep. Gwen Moore. “It is an insult to a whole community,” added Rep. Jim Clyburn, the assistant leader of the caucus.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker])).toEqual([
      ['It is a dog whistle,', 'Gwen Moore'],
      ['It is an insult to a whole community,', 'Jim Clyburn'],
    ]);
  });
});
