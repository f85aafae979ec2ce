import { describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer.js';
import { defaultResources } from '../analyze/resources.js';
import { parseActors } from '../nlp/knowledge/actor-dictionary.js';
import { parseAgents } from './dicts/petrarch-agents.js';
import { parsePetrarchVerbs } from './dicts/petrarch-verbs.js';
import type { UserDictionaries } from './dicts/user.js';
import { userResources } from './dicts/user.js';

/** Small dictionaries of our own, in PETRARCH's formats, over invented places. */
const USER: UserDictionaries = {
  actors: [
    parseActors(
      'VALMORA [VAL]\nKESTRIA [KES]\nORVANDE [ORV]\nTHADRIC_MOLL_\n\t[VALGOV 20100101-20151231]\n\t[VALOPP]\n',
      'test.actors',
    ),
  ],
  agents: parseAgents('MAYOR [~GOV]\nPOLICE {} [~COP]\n', 'test.agents'),
  patterns: parsePetrarchVerbs(
    '--- ATTACK [190] ---\nATTACK\n--- MEET [040] ---\nMEET {MET}\n--- VISIT [042:043] ---\nVISIT\n--- CRITICIZE [111] ---\nCRITICIZE\n',
    'test.verbs',
  ),
  discards: { sentence: [['football']], story: [] },
  replace: true,
  warnings: [],
};

function coded(text: string, date = '2012-05-01'): string[] {
  const resources = userResources(defaultResources(), USER, date);
  const analysis = new Analyzer({ published: date, resources }).analyzeBody(text);
  return analysis.events.map((e) => `${e.source.actor}>${e.target.actor} ${e.code}`).sort();
}

describe('coder mechanics with user dictionaries', () => {
  it.each([
    [
      'compound subject, one event each',
      'Valmora and Kestria attacked Orvande.',
      ['KES>ORV 190', 'VAL>ORV 190'],
    ],
    [
      'compound with no object: each way',
      'Valmora and Kestria met on Tuesday.',
      ['KES>VAL 040', 'VAL>KES 040'],
    ],
    ['passive "was attacked by"', 'Orvande was attacked by Kestria.', ['KES>ORV 190']],
    ['agent "the mayor of X"', 'The mayor of Valmora criticized Kestria.', ['VALGOV>KES 111']],
    ['agent "X police"', 'Kestria police attacked Orvande.', ['KESCOP>ORV 190']],
    ['paired codes', 'Valmora visited Kestria.', ['KES>VAL 043', 'VAL>KES 042']],
    ['a discard phrase codes nothing', 'Valmora attacked Kestria in the football final.', []],
    [
      'a discard phrase with punctuation attached is no match, as in PETRARCH',
      'Valmora attacked Kestria after the football, officials said.',
      ['VAL>KES 190'],
    ],
    [
      'an agent "in" a place after a sentence-initial article is the place\'s',
      'A mayor in Valmora criticized Kestria.',
      ['VALGOV>KES 111'],
    ],
    [
      'a gerund after a determiner and an adjective is a noun',
      'Valmora condemned the brutal attacking of Kestria.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(coded(text)).toEqual(expected);
  });

  it.each([
    ['2012-05-01', ['VALGOV>KES 111']],
    ['2019-05-01', ['VALOPP>KES 111']],
  ])('codes a dated actor as it was on %s', (date, expected) => {
    expect(coded('Thadric Moll criticized Kestria.', date)).toEqual(expected);
  });
});
