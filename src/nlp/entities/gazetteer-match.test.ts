import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { Pipeline } from '../../doc/pipeline.js';
import { parseActors } from '../knowledge/actor-dictionary.js';
import { defaultKnowledge } from '../knowledge/load.js';
import { extendKnowledge } from '../knowledge/user-knowledge.js';
import { sentences } from '../sentences/index.js';
import { tokens } from '../tokens/index.js';
import { createEntityRecogniser } from './index.js';

const names = (text: string, kb = defaultKnowledge()) =>
  new Pipeline([tokens, sentences, createEntityRecogniser(kb)])
    .run(new Doc(text))
    .mentions.map((m) => [m.text, m.key]);

describe('gazetteer phrases in the rules recogniser', () => {
  it('finds the longest known phrase, a joined possessive included', () => {
    expect(names("The Kurdistan Workers' Party met in New Delhi.")).toEqual([
      ["Kurdistan Workers' Party", expect.stringMatching(/^(org|party):/)],
      ['New Delhi', 'place:New Delhi'],
    ]);
  });

  it('keeps a title word that starts a known name in the name ("Sri Lanka", not Sri + Lanka)', () => {
    expect(names('Sri Lanka and India met. India welcomed Sri Lanka.').map(([t]) => t)).toEqual([
      'Sri Lanka',
      'India',
      'India',
      'Sri Lanka',
    ]);
  });

  it('keeps a title word that starts a demonym in it ("Sri Lankan", not Sri + Lankan)', () => {
    expect(names('Sri Lankan troops crossed.')).toEqual([
      ['Sri Lankan', expect.stringMatching(/LKA/)],
    ]);
  });

  it("finds a user's phrase of several words that the built-in tables do not start", () => {
    const dictionary = parseActors('ZORBLAX_MOON_GUARD_CORPS [GON]\n', 'user.actors');
    const kb = extendKnowledge(defaultKnowledge(), [dictionary], null);
    expect(names('Officers of the Zorblax Moon Guard Corps left.', kb)).toEqual([
      ['Zorblax Moon Guard Corps', 'org:GON:zorblax moon guard corps'],
    ]);
  });
});
