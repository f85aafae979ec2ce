import { describe, expect, it } from 'vitest';
import { mentionTextsOf, quotesOf } from './fixture.js';

const speakers = (text: string) => quotesOf(text).map((q) => [q.text, q.speaker]);

describe('a share of people as the subject of a cue', () => {
  it.each([
    ['Six in 10 say they trust him.', 'Six in 10'],
    ['Nearly nine out of 10 say it takes effort.', 'Nearly nine out of 10'],
    ['About 9 percent said they were undecided.', 'About 9 percent'],
    ['On economic issues, 42% say they lean left.', '42%'],
    ['A third of independents, 33%, say they will not vote.', '33%'],
  ])('`%s` names %s', (sentence, speaker) => {
    const quotes = quotesOf(`The poll was released on Monday. ${sentence}`);
    expect(quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it('is no subject after a preposition', () => {
    const quotes = quotesOf('The poll was released on Monday. Of 42% polled, most said yes.');
    expect(quotes.map((q) => q.speaker)).not.toContain('42%');
  });
});

describe('a place before the head of a speaking noun phrase', () => {
  it('modifies the phrase, which speaks', () => {
    const text = 'Turnout rose. Florida election officials say turnout was high.';
    expect(speakers(text)).toEqual([['turnout was high', 'Florida election officials']]);
  });
});

describe('a verb of the manner of saying', () => {
  it('is a cue right after a quotation', () => {
    const text = 'Donald Trump spoke in Iowa. “Sit down! Go back to Univision!” Trump barked.';
    expect(speakers(text)).toContainEqual(['Sit down! Go back to Univision!', 'Donald Trump']);
  });

  it('is no cue before a clause', () => {
    const text = 'Donald Trump started the campaign in Iowa with a rally.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('a paragraph closed by a colon', () => {
  it('names the subject of its clause as the speaker of the quote that opens the next one', () => {
    const text =
      'When Wallace died in 1998, President Bill Clinton released the following statement:\n\n“He was a great journalist and we will miss him.”';
    expect(speakers(text)).toEqual([
      ['He was a great journalist and we will miss him.', 'Bill Clinton'],
    ]);
  });
});

describe('a quotation right after a sentence of reported speech', () => {
  it('takes the speaker of that sentence', () => {
    const text =
      'Elizabeth Warren called the bank’s conduct a scandal that had gone on for years. “It is gutless leadership.”';
    expect(speakers(text)).toContainEqual(['It is gutless leadership.', 'Elizabeth Warren']);
  });
});

describe('a transcript line', () => {
  it('is spoken by its capitalised label', () => {
    const text =
      'Here is the transcript.\n\nQ: Do you think the law should be reinstated?\n\nA: If I could snap my fingers, I would reinstate it.';
    expect(speakers(text)).toEqual([
      ['Do you think the law should be reinstated', 'Q'],
      ['If I could snap my fingers, I would reinstate it', 'A'],
    ]);
  });

  it('is not spoken by a rubric', () => {
    const text =
      'The post was removed.\n\nUPDATE: The company said the auction had been cancelled.';
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('UPDATE');
  });
});

describe('a cue with its subject inverted after it', () => {
  it('takes that subject, not a name inside the reported clause', () => {
    const text =
      'Cruz won the runoff easily. Cruz benefited from the Tea Party wave and from a low turnout among moderate voters, said Mark Jones, a political scientist at Rice University in Houston.';
    expect(speakers(text)).toContainEqual([
      'Cruz benefited from the Tea Party wave and from a low turnout among moderate voters',
      'Mark Jones',
    ]);
  });
});

describe('the subject a participle cue shares', () => {
  it('is found past a phrase opening the sentence', () => {
    const text =
      'Donald Trump spoke. At a rally in Westchester County on Tuesday night, Mr. Trump struck a measured tone, saying he would win.';
    expect(speakers(text)).toContainEqual(['he would win', 'Donald Trump']);
  });

  it('may be a people in the plural', () => {
    const text =
      'The Russians used the presence of Nusra fighters to justify airstrikes around Aleppo, saying the group was a terrorist organization.';
    expect(speakers(text)).toEqual([['the group was a terrorist organization', 'Russians']]);
  });
});

describe('a quotation after a colon', () => {
  it('is not spoken by the object of a preposition the colon closes', () => {
    const text =
      'Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "Stop attacking your own party." Trump will try.';
    expect(speakers(text)).toContainEqual(['Stop attacking your own party.', 'Mitch McConnell']);
  });
});

describe('a share of a relative pronoun', () => {
  it('speaks for the noun phrase before it', () => {
    const text =
      'This has not gone over well with family members of 9/11 victims, many of whom say the veto is a betrayal.';
    expect(speakers(text)).toEqual([['the veto is a betrayal', 'victims']]);
  });
});

describe('the name after a cue of telling', () => {
  it('is the audience, not the speaker', () => {
    const text =
      'The issue may not play the same role in Iowa. It will not decide the caucuses, Sen. Chuck Grassley (R-Iowa) told POLITICO.';
    expect(speakers(text)).toContainEqual(['It will not decide the caucuses', 'Chuck Grassley']);
  });

  it('speaks for no quote when the teller goes unnamed', () => {
    const text =
      'The plan was drafted in May. “We are nowhere near the end game,” told The Huffington Post.';
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('Huffington Post');
  });
});

describe('a title right before a name', () => {
  it('is no speaker of its own', () => {
    const text = '“We are committed to transparency,” said spokesman John Kirby.';
    expect(speakers(text)).toEqual([['We are committed to transparency,', 'John Kirby']]);
  });
});

describe('an appositive before a cue', () => {
  it('does not reach back over the end of a sentence', () => {
    const text =
      '“We are committed,” said John Kirby, referring to Kerry. Brian Fallon, a spokesman for the Clinton campaign, said, “The department had a process.”';
    expect(speakers(text)).toContainEqual(['The department had a process.', 'Brian Fallon']);
  });
});

describe('a quotation that opens the next paragraph', () => {
  it('takes the speaker of the attribution closing the paragraph before', () => {
    const text =
      'Unemployment dipped to 4.9 percent in January, something you would not know if you listen to his rivals, Barack Obama said.\n\n“Those who are running down the economy have no plan.”';
    expect(speakers(text)).toContainEqual([
      'Those who are running down the economy have no plan.',
      'Barack Obama',
    ]);
  });
});

describe('a quotation after a sentence with a verb of saying and no reported clause', () => {
  it('takes the subject of that verb', () => {
    const text =
      'Attorney General Loretta Lynch announced on Monday a lawsuit against the state. “We are seeking a court order against the law.”';
    expect(speakers(text)).toContainEqual([
      'We are seeking a court order against the law.',
      'Loretta Lynch',
    ]);
  });
});

describe('a speaking noun that is the object of issuing', () => {
  it('leaves the speech to its issuer', () => {
    const text =
      'Senate Majority Leader Mitch McConnell issued a statement saying that the next president should fill the vacancy.';
    expect(speakers(text)).toEqual([
      ['the next president should fill the vacancy', 'Mitch McConnell'],
    ]);
  });
});

describe('an object pronoun before a cue', () => {
  it('is no speaking noun phrase', () => {
    const text = 'The deals limit what the FBI can do, sources who reviewed them told POLITICO.';
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('them');
  });
});

describe('an appositive that ends in a name of its own', () => {
  it('gives the cue to that name', () => {
    const text =
      'Speaking at a rally in Berea, Ohio, the last candidate standing in the Republican primary, Gov. John Kasich (R-OH), said, “We will win this state.”';
    expect(speakers(text)).toEqual([['We will win this state.', 'John Kasich']]);
  });
});

describe('a hedge', () => {
  it('attributes its clause to no one, not to its subject', () => {
    const text =
      'The Fed held rates on Tuesday. The central bank is expected to raise them in December.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a passive cue before a quotation', () => {
  it('does not make its subject the speaker', () => {
    const text =
      'The Philippines’ president, Rodrigo Duterte, has been called the “Trump of the East” for his remarks.';
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('Rodrigo Duterte');
  });
});

describe('a subject that goes on to say', () => {
  it('speaks the quotation', () => {
    const text =
      'The group sent an email on Monday. The email went on to say, “We are disgusted by the remarks.”';
    expect(speakers(text)).toEqual([['We are disgusted by the remarks.', 'The email']]);
  });
});

describe('a quotation with no cue in a clause with a common-noun subject', () => {
  it('is spoken by that subject', () => {
    const text =
      'The campaign released the ad on Monday. The ad targets a “rigged economy” and its defenders.';
    expect(speakers(text)).toEqual([['rigged economy', 'The ad']]);
  });

  it('is spoken by no one when the subject is passive', () => {
    const text = 'The plan was called a “rigged deal” by nobody in particular.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a poll that opens the sentence', () => {
  it('speaks for the share of its respondents', () => {
    const text =
      'The race tightened in May. According to a Gallup survey, 51 percent of respondents said the country is on the wrong track.';
    expect(speakers(text)).toEqual([['the country is on the wrong track', 'Gallup']]);
  });
});

describe('continue before a verb', () => {
  it('is no cue of its own (`continues to grow`)', () => {
    const text = 'Hillary Clinton continues to grow her lead in the polls.';
    expect(quotesOf(text)).toEqual([]);
  });

  it('carries the cue after it to its own subject (`continued to defend`)', () => {
    const text = 'Senator Maria Lopez met the staff, and continued to defend the decision.';
    expect(speakers(text)).toEqual([['the decision', 'Maria Lopez']]);
  });
});

describe('a name after a pronoun and its verb', () => {
  it('is no subject of a participle cue (`it attacked Trump, saying`)', () => {
    const text =
      'The ad ran on Monday. Meanwhile, it attacked Maria Lopez, saying she “cannot lead.”';
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('Maria Lopez');
  });
});

describe('a speaking noun phrase before its cue', () => {
  it('keeps its `of` phrase (`Critics of the deal said`)', () => {
    expect(speakers('Critics of the deal said that it fails.')).toEqual([
      ['it fails', 'Critics of the deal'],
    ]);
  });

  it('speaks past an adverb between commas (`Officials, however, said`)', () => {
    expect(speakers('Officials, however, said the plan works.')).toEqual([
      ['the plan works', 'Officials'],
    ]);
  });
});

describe('a speaking they with no named group before it', () => {
  it('stands for the plural speaking noun just before (`crew members … They described`)', () => {
    const text =
      'The agency interviewed more than 20 former crew members. They described a chaotic set.';
    expect(speakers(text)).toEqual([['a chaotic set', '20 former crew members']]);
  });

  it('stands for no singular noun (`the editor … They said`)', () => {
    const text = 'The agency interviewed the editor. They said the set was calm.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a participle after with and its subject', () => {
  it('is spoken by that subject, not the sentence’s (`with some polls indicating`)', () => {
    const text =
      'Senator Maria Lopez leads in Ohio, with some polls indicating that the race is close.';
    expect(speakers(text)).toEqual([['the race is close', 'some polls']]);
  });

  it('takes a share of people as that subject (`with 40 percent supporting`)', () => {
    const text = 'Senator Maria Lopez is losing ground, with 40 percent supporting a rival.';
    expect(speakers(text)).toEqual([['a rival', '40 percent']]);
  });
});

describe('a verb joined to its subject’s clause by but', () => {
  it('shares the subject across a weekday (`but on Tuesday wrote`)', () => {
    const text =
      'Maria Lopez spoke on Monday. Maria Lopez has been critical of the plan but on Tuesday wrote that the race is close.';
    expect(speakers(text)).toEqual([['the race is close', 'Maria Lopez']]);
  });
});

describe('a relative clause before the cue', () => {
  it('gives no cue of its own (`officials who spoke on condition of anonymity said`)', () => {
    const text = 'Two officials who spoke on condition of anonymity said the talks had stalled.';
    expect(speakers(text)).toEqual([['the talks had stalled', 'Two officials']]);
  });

  it('leaves the verb after it to the name before it (`Republicans who have praised … warned`)', () => {
    const text =
      'Senator Maria Lopez spoke. Even Democrats who have praised her candidacy warned on Tuesday that the plan is dead.';
    const [quote] = quotesOf(text);
    expect(quote?.text).toBe('the plan is dead');
    expect(quote?.speaker).toMatch(/Democrats/u);
  });
});

describe('a verb of saying that closes the sentence', () => {
  it('attributes the whole sentence, a cue verb inside included (`X plans to …, officials said`)', () => {
    const text =
      'The mine closed in May. Patriot plans to sell the mine to a rival, officials said.';
    expect(speakers(text)).toEqual([['Patriot plans to sell the mine to a rival', 'officials']]);
  });

  it('is no closing cue inside a clause of its own (`…, X had some explaining to do`)', () => {
    const text =
      'Maria Lopez lost the debate. After Tom Reed vowed to cut taxes, Maria Lopez had some explaining to do.';
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(['Tom Reed']);
  });
});

describe('a title-case headline', () => {
  it('has its capitalised words before the verb as the speaker (`Retired General Reveals`)', () => {
    const text =
      'Retired General Reveals Demoralizing Experience Of Serving Abroad.\nHe spoke on Monday.';
    expect(speakers(text)[0]).toEqual([
      'Demoralizing Experience Of Serving Abroad',
      'Retired General',
    ]);
  });
});

describe('a cue before an infinitive', () => {
  it('attributes no clause before its comma (`…, Patriot could threaten to walk away`)', () => {
    const text =
      'Regulators met on Monday. If the state held up the deal, Patriot could threaten to walk away.';
    expect(speakers(text)).not.toContainEqual(['If the state held up the deal', 'Patriot']);
  });
});

describe('a poll in a phrase that opens the sentence', () => {
  it('speaks for a share of a group (`In a … poll, 75 percent of Republicans said`)', () => {
    const text =
      'Voters are split. In a September Gallup poll, 75 percent of Republicans said the deal was bad.';
    expect(speakers(text)).toEqual([['the deal was bad', 'Gallup']]);
  });

  it('is no clause a closing cue reports (`In a poll …, 28 percent of voters said yes`)', () => {
    const text =
      'Voters are split. In a poll conducted by Gallup, just 28 percent of voters said yes.';
    expect(speakers(text).map(([content]) => content)).not.toContain(
      'In a poll conducted by Gallup',
    );
  });
});

describe('a possessive pronoun before a speaking noun', () => {
  it('is the determiner of the phrase that speaks (`His aides say`), not the speaker', () => {
    const text = 'Bobby Scott is frustrated. His aides say the law is weak.';
    expect(speakers(text)).toEqual([['the law is weak', 'His aides']]);
  });
});

describe('the pronoun in the subject slot of a cue', () => {
  it('becomes a mention of the speaker found through the sentence (`unless it wants to`)', () => {
    const text =
      'The FBI needs to stay out of this election process now unless it wants to lose face.';
    expect(speakers(text)).toEqual([['lose face', 'FBI']]);
    expect(mentionTextsOf(text, 'FBI')).toContain('it');
  });
});

describe('a named source that closes the sentence', () => {
  it('attributes all of it, cue verbs inside included (`X plans to …, according to an aide`)', () => {
    const text =
      'Maria Lopez spoke. Lopez plans to visit Charlotte next week, according to a campaign aide.';
    expect(speakers(text)).toEqual([
      ['Lopez plans to visit Charlotte next week', 'a campaign aide'],
    ]);
  });
});

describe('compared to', () => {
  it('is a preposition of comparison, no cue (`14 percent of the vote compared to 65 percent`)', () => {
    const text = 'Tom Reed holds only 14 percent of the vote compared to 65 percent for his rival.';
    expect(quotesOf(text)).toEqual([]);
  });
});
