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
