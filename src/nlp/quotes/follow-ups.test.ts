import { describe, expect, it } from 'vitest';
import { quotesOf } from './fixture.js';

const view = (text: string) => quotesOf(text).map((q) => [q.text, q.kind, q.speaker]);

describe('a quotation that follows the attribution of another', () => {
  it('takes the speaker of the quotation whose cue closes the sentence before it', () => {
    const text =
      '“We are at war,” Michael Flynn, a top Trump surrogate, said Thursday on Fox News’s “Fox and Friends.” “There is a lot of frustration.”';
    expect(view(text)).toContainEqual([
      'There is a lot of frustration.',
      'direct',
      'Michael Flynn',
    ]);
  });

  it('does not take it from a cue before the quotation', () => {
    const text =
      'Michael Flynn said: “We are at war.” Another sentence follows. “There is frustration.”';
    expect(view(text)).toContainEqual(['There is frustration.', 'direct', null]);
  });
});

describe('a headline', () => {
  it('reads a title-case `X Says …` as a name and its cue', () => {
    const text =
      'Obama Says Museum Tells the Story\n\nPresident Obama dedicated the museum on Saturday.';
    expect(view(text)[0]).toEqual(['Museum Tells the Story', 'indirect', 'Obama']);
  });

  it('reads a name and cue after a rubric and colon, not the rubric as the source', () => {
    const text = 'The Latest: Trump urges supporters to watch the debate\n\nDonald Trump spoke.';
    expect(view(text)[0]).toEqual(['supporters to watch the debate', 'indirect', 'Donald Trump']);
  });

  it('keeps a label before a colon as the source when no cue follows it', () => {
    const text = 'Pat Caddell: Democrat voters worried about Clinton\n\nHe spoke.';
    expect(view(text)[0]).toEqual([
      'Democrat voters worried about Clinton',
      'indirect',
      'Pat Caddell',
    ]);
  });
});

describe('a relative pronoun before a time phrase and its cue', () => {
  it('gives `who in 2010 said` the name the relative stands for', () => {
    const text =
      'Mitch McConnell spoke. Obama met McConnell, now the Senate majority leader, who in 2010 said that the sanctions should stay.';
    expect(view(text)).toContainEqual(['the sanctions should stay', 'indirect', 'Mitch McConnell']);
  });

  it('does not give `which officials said` the relative’s name', () => {
    const text = 'Mitch McConnell spoke. The deal, which officials said was good, passed.';
    expect(view(text).every(([, , speaker]) => speaker !== 'Mitch McConnell')).toBe(true);
  });
});

describe('naming cues in the plural present', () => {
  it('reads `X and Y call them "…" and describe …` after a fronted clause', () => {
    const text =
      'Barack Obama and Hillary Clinton spoke. When attackers are caught, Obama and Clinton call them "lone wolves" and describe their acts as crimes.';
    expect(view(text)).toEqual([
      ['lone wolves', 'partial', 'Hillary Clinton'],
      ['their acts as crimes', 'indirect', 'Hillary Clinton'],
    ]);
  });
});

describe('an infinitive cue', () => {
  it('takes the subject of the verb that governs it', () => {
    const text =
      'The FBI decided after a lengthy investigation not to recommend charges against her.';
    expect(view(text)).toEqual([['charges against her', 'indirect', 'FBI']]);
  });

  it('takes the object of the governing verb when a name stands between', () => {
    const text =
      'Senator Elizabeth Warren pressed John Stumpf, the chief executive, to admit that the bank failed.';
    expect(view(text)).toEqual([['the bank failed', 'indirect', 'John Stumpf']]);
  });

  it('is no cue of its own inside a reported clause', () => {
    const text =
      'After aides insisted in June that Barack Obama would not be pigeonholed to reach black voters, he campaigned.';
    expect(view(text).every(([, , speaker]) => speaker !== 'Barack Obama')).toBe(true);
  });
});
