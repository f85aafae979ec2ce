import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { Pipeline } from '../../doc/pipeline.js';
import { defaultKnowledge } from '../knowledge/load.js';
import { sentences } from '../sentences/index.js';
import { tokens } from '../tokens/index.js';
import { createEntityRecogniser } from './index.js';

const kb = defaultKnowledge();
const typed = (text: string) =>
  new Pipeline([tokens, sentences, createEntityRecogniser(kb)])
    .run(new Doc(text))
    .mentions.map((m) => [m.text, m.type]);

describe('an unknown run of names', () => {
  it('is a person when it opens with a known given name (`John Stumpf`)', () => {
    expect(typed('The bank chief John Stumpf spoke.')).toEqual([['John Stumpf', 'PERSON']]);
  });

  it('keeps a one-word place after a given name as its surname (`Jim Jordan`)', () => {
    expect(typed('Rep. Jim Jordan met George Washington.')).toEqual([
      ['Jim Jordan', 'PERSON'],
      ['George Washington', 'PERSON'],
    ]);
  });

  it('ends before a known place without the word joining them (`King Abdullah of Jordan`)', () => {
    expect(typed('He met King Abdullah of Jordan.')).toEqual([
      ['Abdullah', 'PERSON'],
      ['Jordan', 'GPE'],
    ]);
  });

  it.each([
    ['a place', 'The aide, Mr. Rhodes, spoke.', [['Rhodes', 'PERSON']]],
    ['a title word', 'The aide, Mr. Prince, spoke.', [['Prince', 'PERSON']]],
    ['a role it addresses, not', 'Thank you, Mr. President.', []],
  ])('is a surname after an honorific where it would be %s', (_name, text, expected) => {
    expect(typed(text)).toEqual(expected);
  });

  it('is an ordinary word when one capitalised word opens a clause after a colon', () => {
    expect(typed('Gaza City: Four children were killed.')).toEqual([['Gaza City', 'GPE']]);
  });

  it('stays untyped when its first word is no given name', () => {
    expect(typed('The group Acme Widgets spoke.')).toEqual([['Acme Widgets', 'MISC']]);
  });

  it('is an organisation when it ends in an airline’s head word (`Qantas Airways`)', () => {
    expect(typed('Qantas Airways and Acme Airlines spoke.')).toEqual([
      ['Qantas Airways', 'ORG'],
      ['Acme Airlines', 'ORG'],
    ]);
  });
});

describe('a role title inside a run of names', () => {
  it('ends the organisation before it and opens the person after it', () => {
    expect(
      typed('Foreign Ministry Spokesman Zhao Lijian and House Speaker Paul Ryan met.'),
    ).toEqual([
      ['Foreign Ministry', 'ORG'],
      ['Zhao Lijian', 'PERSON'],
      ['Paul Ryan', 'PERSON'],
    ]);
  });
});

describe('a middle initial', () => {
  const keyed = (text: string) =>
    new Pipeline([tokens, sentences, createEntityRecogniser(kb)])
      .run(new Doc(text))
      .mentions.map((m) => [m.text, m.type, m.key.split(':')[0]]);

  it('stays inside an unknown person’s name after a given name (`Benjamin J. Rhodes`)', () => {
    expect(typed('Benjamin J. Rhodes, an adviser, and George H. W. Smith spoke.')).toEqual([
      ['Benjamin J. Rhodes', 'PERSON'],
      ['George H. W. Smith', 'PERSON'],
    ]);
  });

  it('is skipped to find a known person (`Donald J. Trump` is Donald Trump)', () => {
    expect(keyed('Donald J. Trump spoke.')).toEqual([['Donald J. Trump', 'PERSON', 'person']]);
  });

  it('does not join a word that is no given name to the next sentence (`a Plan B. Obama`)', () => {
    expect(typed('They need a Plan B. Obama disagreed.')).toEqual([
      ['Plan B', 'MISC'],
      ['Obama', 'PERSON'],
    ]);
  });
});

describe('members of a party', () => {
  it('are a group (NORP), also opening a sentence (`Democrats want`)', () => {
    expect(typed('Democrats want more, and Republicans want less.')).toEqual([
      ['Democrats', 'NORP'],
      ['Republicans', 'NORP'],
    ]);
  });
});

describe('one unknown word opening a sentence', () => {
  it('is a name when shaped as one (`McLenney said`)', () => {
    expect(typed('McLenney said it.')).toEqual([['McLenney', 'MISC']]);
  });

  it('is the name it was earlier in the text (`… PolitiFact. PolitiFact rated`)', () => {
    expect(typed('He cited Politifact on Monday. Politifact rated the claim.')).toEqual([
      ['Politifact', 'MISC'],
      ['Politifact', 'MISC'],
    ]);
  });

  it('is an ordinary word otherwise (`Voters said`)', () => {
    expect(typed('Voters said it.')).toEqual([]);
  });
});

describe('an organisation named by its shape', () => {
  it.each([
    [
      'a head word last',
      'Shares rose on the Acme Stock Exchange.',
      [['Acme Stock Exchange', 'ORG']],
    ],
    ['a company suffix', 'Profits at Zenvo Holdings fell.', [['Zenvo Holdings', 'ORG']]],
    [
      'a head word before `of` or `for`',
      'He met the National Bank of Zenvo and the Council for Kestrel Studies.',
      [
        ['National Bank of Zenvo', 'ORG'],
        ['Council for Kestrel Studies', 'ORG'],
      ],
    ],
  ])('is recognised by %s', (_name, text, expected) => {
    expect(typed(text)).toEqual(expected);
  });

  it('joins words by `&`, and by `and` after a head word before `of`', () => {
    expect(
      typed('Bear Stearns & Co spoke to the Ministry of Science and Technology officials.'),
    ).toEqual([
      ['Bear Stearns & Co', 'ORG'],
      ['Ministry of Science and Technology', 'ORG'],
    ]);
  });

  it('takes a known place after a head word and `of` (`Bank of England`)', () => {
    expect(typed('The Bank of England and the University of Michigan agreed.')).toEqual([
      ['Bank of England', 'ORG'],
      ['University of Michigan', 'ORG'],
    ]);
  });

  it('ends a run at a place made an adjective (`Zenvo-based Kestrel Bank`)', () => {
    expect(typed('The Zenvo-based Kestrel Bank fell.')).toEqual([
      ['Zenvo-based', 'MISC'],
      ['Kestrel Bank', 'ORG'],
    ]);
  });

  it('follows a lower-case noun for a kind of organisation (`the daily Liberté`)', () => {
    expect(typed('An editorial in the daily Liberté and the consultancy Kestrel Risks.')).toEqual([
      ['Liberté', 'ORG'],
      ['Kestrel Risks', 'ORG'],
    ]);
  });
});

describe('a word in capitals', () => {
  it('is an organisation (`the NLD`)', () => {
    expect(typed('Leaders of the NLD met FIFA officials.')).toEqual([
      ['NLD', 'ORG'],
      ['FIFA', 'ORG'],
    ]);
  });

  it.each([
    ['a common term', 'State TV said GDP grew.'],
    ['after a number', 'It won a 1.2 bln SKR order.'],
    ['among words in capitals', 'JAPAN BEAT SYRIA IN ASIAN CUP.'],
    ['in parentheses after lower-case words', 'It buys liquefied natural gas ( LNGX ) now.'],
  ])('is no organisation as %s', (_name, text) => {
    expect(typed(text).filter(([, type]) => type === 'ORG')).toEqual([]);
  });

  it('in parentheses makes the name before it an organisation', () => {
    expect(typed('The Zenvo Kestrel Tamarin ( ZKT ) said so.')).toEqual([
      ['Zenvo Kestrel Tamarin', 'ORG'],
      ['ZKT', 'ORG'],
    ]);
  });
});

describe('an unknown name-shaped run', () => {
  it('is a person after a lower-case role noun (`coach Aime Jacquet`)', () => {
    expect(typed('The team thanked coach Aime Jacquet.')).toEqual([['Aime Jacquet', 'PERSON']]);
  });

  it.each([
    ['a role', 'Kingsley Ezenwa, a spokesman for the group, spoke.'],
    ['an age', 'Maiko Marumo, 31, spoke.'],
  ])('is a person before %s in apposition', (_name, text) => {
    expect(typed(text)[0]?.[1]).toBe('PERSON');
  });
});

describe('the same name elsewhere in the document', () => {
  it('types an untyped name as the organisation it is there (`Jones Medical … Corp.`)', () => {
    expect(typed('Zenvo Medical rose. Zenvo Medical Corp. sells drugs.')).toEqual([
      ['Zenvo Medical', 'ORG'],
      ['Zenvo Medical Corp.', 'ORG'],
    ]);
  });

  it('types one word in parentheses after an organisation as it (`Bank of Ghana (BoG)`)', () => {
    expect(typed('The Kestrel Bank (KeB) said the KeB would act.')).toEqual([
      ['Kestrel Bank', 'ORG'],
      ['KeB', 'ORG'],
      ['KeB', 'ORG'],
    ]);
  });

  it('types an untyped surname as the person named in full there', () => {
    expect(typed('It went to Vaas quickly. The bowler was coach Chaminda Vaas.')).toEqual([
      ['Vaas', 'PERSON'],
      ['Chaminda Vaas', 'PERSON'],
    ]);
  });
});

describe('a speaker of a quotation', () => {
  it.each([
    ['after it and a speech verb', '“We will act,” said Claver Ruzindaza.', 'Claver Ruzindaza'],
    ['after it before a speech verb', '“It is over,” Marandi said.', 'Marandi'],
  ])('is a person %s', (_name, text, name) => {
    expect(typed(text)).toContainEqual([name, 'PERSON']);
  });
});

describe('a person in apposition', () => {
  it('follows a role noun between commas (`The assailant, Tetsuya Yamagami,`)', () => {
    expect(typed('The assailant, Tetsuya Yamagami, was arrested.')).toEqual([
      ['Tetsuya Yamagami', 'PERSON'],
    ]);
  });

  it('precedes a role noun added for news of the world (`X, a counsellor at`)', () => {
    expect(typed('Li Guangjun, a counsellor at the embassy, spoke.')).toEqual([
      ['Li Guangjun', 'PERSON'],
    ]);
  });
});

describe('a place named by its shape', () => {
  it.each([
    [
      'a head word last',
      'Rain fell on Marsabit County and the Tana River.',
      ['Marsabit County', 'Tana River'],
    ],
    ['a head word first', 'Fish are dying in Lake Kestrel.', ['Lake Kestrel']],
    ['a place noun after it', 'An office in the rural Kamonyi district opened.', ['Kamonyi']],
    ['a place noun and `of` before it', 'The province of Guanacaste grew.', ['Guanacaste']],
    ['`police` after it', 'On Monday, Zenvo police said so.', ['Zenvo']],
  ])('is a place by %s', (_name, text, names) => {
    expect(typed(text)).toEqual(names.map((name) => [name, 'LOC']));
  });

  it('is no place when it is an adjective before a place noun (`the Jewish state`)', () => {
    expect(typed('Leaders of the Jewish state met.')).not.toContainEqual(['Jewish', 'LOC']);
  });
});

describe('an organisation after a city', () => {
  it('takes a city that is no capital into its name (`Chicago Police Department`)', () => {
    expect(typed('They turned to the Chicago Police Department.')).toEqual([
      ['Chicago Police Department', 'ORG'],
    ]);
  });

  it('leaves a capital a place of its own (`Nairobi Police Department`)', () => {
    expect(typed('They turned to the Nairobi Police Department.')[0]).toEqual(['Nairobi', 'GPE']);
  });
});

describe('names in the same document', () => {
  it('types a full name as a person when its last word stands alone elsewhere', () => {
    expect(typed('Taleni Nengola joined the team. Later, Nengola left.')).toEqual([
      ['Taleni Nengola', 'PERSON'],
      ['Nengola', 'PERSON'],
    ]);
  });

  it('types an untyped name as the place the same text is elsewhere', () => {
    expect(typed('The province of Guanacaste grew. Guanacaste is dry.')).toEqual([
      ['Guanacaste', 'LOC'],
      ['Guanacaste', 'LOC'],
    ]);
  });

  it.each([
    ['people', 'Meet Sally Jatta, Bintou Ndure and Majula Joof.', 'PERSON'],
    ['places', 'It rained in Nairobi, Zenvo Kestrel and Mombasa.', 'GPE'],
  ])('types untyped names listed with %s as them', (_name, text, type) => {
    expect(typed(text).every(([, t]) => t === type)).toBe(true);
  });

  it('makes no list of a comma alone (`the governor of Nayarit, Miguel Navarro`)', () => {
    expect(typed('He met Ana Lopez, Zenvo Kestrel.')).toContainEqual(['Zenvo Kestrel', 'MISC']);
  });
});
