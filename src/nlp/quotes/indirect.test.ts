import { describe, expect, it } from 'vitest';
import { mentionTextsOf, quotesOf } from './fixture.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect');

describe('indirect speech', () => {
  it.each([
    [
      'X said <clause>',
      'Rishi Sunak said the deal would protect jobs in Britain.',
      'the deal would protect jobs in Britain',
      'Rishi Sunak',
    ],
    [
      'X said that <clause>',
      'Rishi Sunak said that the deal would protect jobs.',
      'the deal would protect jobs',
      'Rishi Sunak',
    ],
    [
      'X said on <day> that <clause>',
      'Rishi Sunak said on Monday that the deal would protect jobs.',
      'the deal would protect jobs',
      'Rishi Sunak',
    ],
    [
      'X said <pronoun> was … that',
      'Rishi Sunak said he was convinced that the deal would hold.',
      'he was convinced that the deal would hold',
      'Rishi Sunak',
    ],
    [
      'X told reporters <clause>',
      'Rishi Sunak told reporters the deal would protect jobs.',
      'the deal would protect jobs',
      'Rishi Sunak',
    ],
    [
      'X warned that <clause>',
      'Rishi Sunak warned that prices would rise again.',
      'prices would rise again',
      'Rishi Sunak',
    ],
    [
      'X added that <clause>',
      'Rishi Sunak added that prices would rise again.',
      'prices would rise again',
      'Rishi Sunak',
    ],
    [
      'X insisted <clause>',
      'Rishi Sunak insisted the plan was working well.',
      'the plan was working well',
      'Rishi Sunak',
    ],
    [
      'X denied that <clause>',
      'Rishi Sunak denied that the plan had failed.',
      'the plan had failed',
      'Rishi Sunak',
    ],
    [
      'X believes that <clause>',
      'Rishi Sunak believes that the plan is working.',
      'the plan is working',
      'Rishi Sunak',
    ],
    [
      'X called for <object>',
      'Rishi Sunak called for an inquiry into the contracts.',
      'an inquiry into the contracts',
      'Rishi Sunak',
    ],
    [
      '<clause>, X said',
      'The deal would protect jobs in Britain, Rishi Sunak said.',
      'The deal would protect jobs in Britain',
      'Rishi Sunak',
    ],
    [
      '<clause>, said X',
      'The deal would protect jobs in Britain, said Rishi Sunak.',
      'The deal would protect jobs in Britain',
      'Rishi Sunak',
    ],
    [
      'a role nominal as subject',
      'Rishi Sunak spoke in Leeds. The British prime minister said the deal would protect jobs.',
      'the deal would protect jobs',
      'Rishi Sunak',
    ],
    [
      'a pronoun as subject',
      'Rishi Sunak spoke in Leeds. He said the deal would protect jobs.',
      'the deal would protect jobs',
      'Rishi Sunak',
    ],
  ])('reads %s', (_name, text, quote, speaker) => {
    expect(indirect(text)).toContainEqual({ text: quote, kind: 'indirect', speaker });
  });

  it.each([
    ['a pronoun', 'The car stopped, but Rishi Sunak said he ran.', 'he ran'],
    ['a name', 'The car stopped, but Rishi Sunak said Smith would go.', 'Smith would go'],
  ])(
    'reports the clause after the cue, not the one before, when %s and a verb follow it',
    (_name, text, quote) => {
      expect(indirect(text)).toEqual([{ text: quote, kind: 'indirect', speaker: 'Rishi Sunak' }]);
    },
  );

  it.each([
    [
      'sources said',
      'The deal would protect jobs in Britain, sources said.',
      'The deal would protect jobs in Britain',
      'sources',
    ],
    [
      'officials told',
      'Officials told reporters the deal would protect jobs.',
      'the deal would protect jobs',
      'Officials',
    ],
    [
      'one study found',
      'Though the plan cuts taxes, one study found it would cost $4 trillion.',
      'it would cost $4 trillion',
      'one study',
    ],
    [
      'experts on a subject said',
      'Experts on North Korea and nuclear nonproliferation said the test was its biggest yet.',
      'the test was its biggest yet',
      'Experts',
    ],
    [
      'people named by what they do',
      'But environmentalists worry that the state would pay.',
      'the state would pay',
      'environmentalists',
    ],
  ])('names an unnamed source by its common noun: %s', (_name, text, quote, speaker) => {
    expect(indirect(text)).toEqual([{ text: quote, kind: 'indirect', speaker }]);
  });

  it.each([
    [
      'a share of a poll',
      'Clinton led by four points. Twelve percent indicated that they were not sure.',
      'they were not sure',
      'Twelve percent',
    ],
    [
      'a body past a time phrase',
      'Mexico waited, though an arbitration panel in 2001 found the United States was in breach.',
      'the United States was in breach',
      'an arbitration panel',
    ],
    [
      'a work that shows',
      'Imports cost more. Another slide shows that most avocados are grown in Mexico.',
      'most avocados are grown in Mexico',
      'Another slide',
    ],
    [
      'past a modal verb',
      'If they failed, the government could deny them mining permits until the work was done.',
      'them mining permits until the work was done',
      'the government',
    ],
    [
      'a quantifier opening its clause',
      'To varying degrees, all agreed that the plan would raise taxes on the rich.',
      'the plan would raise taxes on the rich',
      'all',
    ],
  ])('names any noun phrase in the cue’s subject slot: %s', (_name, text, quote, speaker) => {
    expect(indirect(text)).toContainEqual({ text: quote, kind: 'indirect', speaker });
  });

  it.each([
    [
      'a noun phrase',
      'There are some economists who argue that corporate taxes should be low.',
      'corporate taxes should be low',
      'some economists',
    ],
    [
      'a name, past the place that says where it is',
      'The shift will placate nervous Democrats on Capitol Hill, who have argued that it helps them.',
      'it helps them',
      'Democrats',
    ],
  ])(
    'gives a relative pronoun before the cue what it stands for: %s',
    (_name, text, quote, speaker) => {
      expect(indirect(text)).toContainEqual({ text: quote, kind: 'indirect', speaker });
      expect(mentionTextsOf(text, speaker)).toContain(/who/u.exec(text)?.[0]);
    },
  );

  it('gives a speaking "it" the body or work that spoke just before, as a mention of it', () => {
    const text = 'The report says the deal failed. It also points out that costs rose sharply.';
    expect(indirect(text).map((q) => q.speaker)).toEqual(['The report', 'The report']);
    expect(mentionTextsOf(text, 'The report')).toEqual(['The report', 'It']);
  });

  it('gives a participle after a comma the name that opens the clause before it', () => {
    const text =
      'Pressured by the analyses, as well as complaints over the plan’s costs, Trump revised his plan, promising to focus its benefits on average Americans.';
    expect(indirect(text)).toContainEqual({
      text: 'focus its benefits on average Americans',
      kind: 'indirect',
      speaker: 'Trump',
    });
  });

  it('gives a first-person cue outside quotation marks the author, and not one inside them', () => {
    const text =
      'Mr. Trump, I have a deal for you. I believe that your tax returns are being audited. "I think the audit is fair," Mr. Trump said.';
    expect(indirect(text)).toContainEqual({
      text: 'your tax returns are being audited',
      kind: 'indirect',
      speaker: 'the author',
    });
    expect(mentionTextsOf(text, 'the author')).toEqual(['I']);
  });

  it('does not give a speaking "they" a person whose name ends in s', () => {
    const text = 'Chris Williams said the deal failed. They also argue that costs rose sharply.';
    expect(indirect(text).map((q) => q.speaker)).toEqual(['Chris Williams', null]);
  });

  it.each([
    ['a noun of saying', 'Kaine is a lawyer who is a staunch opponent of the death penalty.'],
    ['a participle', 'The firms hid their havens, in many cases reporting that profits fell.'],
    ['a passive', 'About one of every nine voters this fall is expected to vote.'],
  ])('gives no common-noun speaker to %s', (_name, text) => {
    const quotes = indirect(text);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.speaker).toBeNull();
  });

  it('keeps "another source" apart from "a source", and "the source" with it', () => {
    const text =
      'The deal is dead, a source said. The talks will resume, another source said. The deal is off, the source added.';
    expect(indirect(text).map((q) => q.speaker)).toEqual([
      'a source',
      'another source',
      'a source',
    ]);
  });

  it('lets the owner of a possessive speak for the noun: Clinton’s campaign says', () => {
    const text = 'Hillary Clinton rested. Clinton’s campaign says she will be back on Thursday.';
    expect(indirect(text)).toEqual([
      { text: 'she will be back on Thursday', kind: 'indirect', speaker: 'Hillary Clinton' },
    ]);
  });

  it.each([
    [
      'a participle with no subject',
      'Having pledged support until 2030, the two countries also plan joint work.',
    ],
    ['a cue with a prepositional object', 'Rishi Sunak said in Leeds.'],
    [
      'a cue that attributes a direct quote',
      '"We will act," Rishi Sunak said on Friday as he entered the talks.',
    ],
  ])('finds no reported clause in %s', (_name, text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe('sources of reports', () => {
  it.each([
    [
      'According to reports, <clause>',
      'According to reports, both countries have exchanged a white paper.',
      'both countries have exchanged a white paper',
      null,
    ],
    [
      'According to X, <clause>',
      'According to Reuters, both countries have exchanged a white paper.',
      'both countries have exchanged a white paper',
      'Reuters',
    ],
    [
      '<clause>, according to X',
      'Both countries have exchanged a white paper, according to Reuters.',
      'Both countries have exchanged a white paper',
      'Reuters',
    ],
    [
      'As reported by X, <clause>',
      'As reported by Reuters earlier this month, both countries have exchanged a white paper.',
      'both countries have exchanged a white paper',
      'Reuters',
    ],
    [
      'a headline label',
      'Rishi Sunak: The deal will protect jobs',
      'The deal will protect jobs',
      'Rishi Sunak',
    ],
  ])('records %s as an attribution of the sentence', (_name, text, quote, speaker) => {
    expect(indirect(text)).toEqual([{ text: quote, kind: 'indirect', speaker }]);
  });
});
