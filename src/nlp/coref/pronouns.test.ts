import { describe, expect, it } from 'vitest';
import { referentsOn } from './referents-fixture.js';

const referents = referentsOn('2022-07-01');

describe('issue 6: pronouns agree in gender', () => {
  it('gives "she" the woman, not the man named after her', () => {
    const text = 'Sheikh Hasina met Rahim Uddin Khan in Dhaka. She said the talks went well.';
    expect(referents(text, 'She')).toEqual(['Sheikh Hasina']);
  });

  it('gives "she" the woman over a later name whose gender is not known', () => {
    const text =
      'Mrs. Clinton listed a dozen little-known Trump enterprises. "Trump suits were made in Mexico," she said.';
    expect(referents(text, 'she')).toEqual(['Clinton']);
  });

  it('gives "her" to a woman the article marks as one ("his wife")', () => {
    const text = 'Boris Yeltsin visited his wife Naina Yeltsin in hospital. He spoke to her.';
    expect(referents(text, 'her')).toEqual(['Naina Yeltsin']);
  });
});

describe('issue 6: a sentence-opening pronoun', () => {
  it('takes the person reported on, not the one reporting, when it does not speak', () => {
    const text =
      'Yastrzhembsky said Boris Yeltsin had travelled to the sanatorium. He was likely to return on Saturday.';
    expect(referents(text, 'He')).toEqual(['Boris Yeltsin']);
  });

  it('takes the speaker when it speaks again', () => {
    const text =
      'The remark was a joke, Awami League general secretary Obaidul Quader said of Sheikh Hasina. He further said she would offer tea.';
    expect(referents(text, 'He')).toEqual(['Obaidul Quader']);
  });

  it('counts an untyped name with a title as a person', () => {
    const text =
      'Former Tanzanian president Julius Nyerere met Lamberto Dini. Nyerere was due to get a prize. He leaves Rome on Monday.';
    expect(referents(text, 'He')).toEqual(['Julius Nyerere']);
  });
});

describe('issue 7: speaker pronouns', () => {
  it('gives a speaking pronoun after a long quotation the last speaker', () => {
    const text = [
      'Sheikh Hasina said on Monday that Dhaka was ready.',
      '"We built roads. We built bridges. We built schools. We built ports. We built hope," she said.',
    ].join(' ');
    expect(referents(text, 'she')).toEqual(['Sheikh Hasina']);
  });

  it('leaves a pronoun that does not speak unresolved beyond the window', () => {
    const text =
      'Sheikh Hasina spoke in Dhaka. Roads were built. Bridges were built. Schools were built. Ports were built. She was proud.';
    expect(referents(text, 'She')).toEqual([]);
  });
});

describe('issue 7: a speaker named after `said` and a title', () => {
  it('makes the untyped name in `said 9/11 widow X` a speaker for a later "She"', () => {
    const text =
      '"They are wrong. They lie. They cheat. They never stop," said 9/11 widow Terry Strada. She continued, "We will fight."';
    expect(referents(text, 'She')).toEqual(['Terry Strada']);
  });

  it('does not make a name after `said Tuesday` a speaker', () => {
    const text =
      'The senator said Tuesday Terry Strada was wrong. "We built roads. We built bridges. We built schools. We built ports," she said.';
    expect(referents(text, 'she')).not.toContain('Terry Strada');
  });
});

describe('issue 7: a chain of subject pronouns', () => {
  it('keeps the person in reach of a fourth "He" after the name', () => {
    const text = [
      'Donald Trump took offense at the suggestion.',
      'He praised the housing collapse.',
      'He mocked the tax code.',
      'He blamed the banks.',
      'He also suggested that vendors were paid.',
    ].join(' ');
    expect(referents(text, 'He')).toEqual([
      'Donald Trump',
      'Donald Trump',
      'Donald Trump',
      'Donald Trump',
    ]);
  });
});
