import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { Pipeline } from '../../doc/pipeline.js';
import { defaultKnowledge } from '../knowledge/load.js';
import { sentences } from '../sentences/index.js';
import { tokens } from '../tokens/index.js';
import { createEntityRecogniser } from './index.js';

const kb = defaultKnowledge();
const names = (text: string) =>
  new Pipeline([tokens, sentences, createEntityRecogniser(kb)])
    .run(new Doc(text))
    .mentions.map((m) => [m.text, m.type, m.key]);

describe('a title word that is a surname', () => {
  it('ends a name after a given name ("Larry King"), and is that person alone later', () => {
    const found = names('The host Larry King spoke. King said he was paid.');
    expect(found).toEqual([
      ['Larry King', 'PERSON', 'name:Larry King'],
      ['King', 'PERSON', 'name:Larry King'],
    ]);
  });

  it('is a name after an honorific ("Mr. King")', () => {
    expect(names('He spoke, Mr. King said.')).toEqual([['King', 'PERSON', 'name:King']]);
  });

  it('stays a role without an honorific or an earlier name ("The King said")', () => {
    expect(names('The King said he was paid.')).toEqual([]);
  });
});

describe('one word found as a person', () => {
  it('is that person later, also opening a sentence (`President Obama … Obama emphasized`)', () => {
    expect(names('He met President Obama in Laos. Obama emphasized the point.')).toEqual([
      ['Obama', 'PERSON', 'name:Obama'],
      ['Laos', 'GPE', expect.any(String)],
      ['Obama', 'PERSON', 'name:Obama'],
    ]);
  });
});
