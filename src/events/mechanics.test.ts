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

/** PETRARCH/TABARI pattern mechanics: `_` joins, words before the verb, a pattern's own negation. */
const PATTERN_DICTS: UserDictionaries = {
  ...USER,
  actors: [
    ...USER.actors,
    parseActors(
      'ORLAN_DESK [VAL]\nPRINCE OF THORN HALL [KES]\nTHE_VALES [VAL/ORV]\n',
      'test2.actors',
    ),
  ],
  agents: parseAgents(
    'MAYOR [~GOV]\nPRESIDENT [~GOV]\nPOLICE {} [~COP]\nMSF {} [NGO~]\n',
    'test2.agents',
  ),
  patterns: parsePetrarchVerbs(
    [
      '&TIES',
      '+ECONOMIC',
      '+MILITARY',
      '--- ABANDON [345] ---',
      'ABANDON',
      '- * NEW_&TIES_RELATIONS [903]',
      '--- CLASH [190] ---',
      'CLASH',
      "- DID N'T * OVER EFFORTS [904]",
      '--- SHOULD [101] ---',
      'SHOULD',
      '- SUGGESTED * APPLY [151]',
      '--- ACT [100] ---',
      'ACT',
      '- INDICATED SHOULD * [1011]',
      '--- VOICE [020] ---',
      'VOICE',
      '- RAISED ITS * [043]',
      '--- CRITICIZE [111] ---',
      'CRITICIZE',
      '--- SHOOT [190] ---',
      'SHOOT {SHOT}',
      '--- DESTROY [1712] ---',
      '+BLOW_UP {+BLEW_UP +BLOWN_UP}',
      '',
    ].join('\n'),
    'test2.verbs',
  ),
};

function codedWith(dicts: UserDictionaries, text: string, date = '2012-05-01'): string[] {
  const resources = userResources(defaultResources(), dicts, date);
  const analysis = new Analyzer({ published: date, resources }).analyzeBody(text);
  return analysis.events
    .filter((e) => !e.negated)
    .map((e) => `${e.source.actor}>${e.target.actor} ${e.code}`)
    .sort();
}

describe('PETRARCH pattern mechanics', () => {
  it.each([
    [
      'words joined by _ stand side by side',
      'Valmora will abandon new economic relations with Kestria.',
      ['VAL>KES 903'],
    ],
    [
      'a word between words joined by _ leaves the verb its own code',
      'Valmora will abandon new global economic relations with Kestria.',
      ['VAL>KES 345'],
    ],
    [
      "a negation the pattern asks for is its code's, not a negated event",
      "Valmora didn't clash over the efforts of Kestria.",
      ['VAL>KES 904'],
    ],
    [
      'the subject stands before the words a pattern asks for before its verb',
      'Valmora suggested Kestria should apply new rules with Orvande.',
      ['VAL>ORV 151'],
    ],
    [
      'a verb a pattern asks for before its own verb codes nothing of its own',
      'Valmora indicated it should have acted against Kestria.',
      ['VAL>KES 1011'],
    ],
    [
      'a pattern asking for the word before its verb reads it as a verb after "its"',
      'Valmora raised its voice for Kestria.',
      ['VAL>KES 043'],
    ],
    [
      'a bare verb form after "a" and modifiers is a noun',
      'Valmora will abandon a total complete clash with Kestria.',
      ['VAL>KES 345'],
    ],
    ['an irregular participle is a passive', 'Orvande was shot by Kestria.', ['KES>ORV 190']],
    ['a phrasal verb is a passive', 'Orvande was blown up by Kestria.', ['KES>ORV 1712']],
  ])('%s', (_, text, expected) => {
    expect(codedWith(PATTERN_DICTS, text)).toEqual(expected);
  });
});

describe('actor mechanics with user dictionaries', () => {
  it.each([
    [
      'a title and the name after it are one actor, coded by the title',
      'Valmora President Orlan Desk criticized Kestria.',
      ['VALGOV>KES 111'],
    ],
    [
      'a prefix agent ([NGO~]) before an actor goes before its code',
      'An MSF Valmora mayor criticized Kestria.',
      ['NGOVALGOV>KES 111'],
    ],
    [
      'bare agent nouns joined by "and" are a compound',
      'Police and mayors criticized Kestria.',
      ['---COP>KES 111', '---GOV>KES 111'],
    ],
    [
      'agent nouns joined by "and" in a compound place go with each member',
      'Police and mayors in Valmora and Kestria criticized Orvande.',
      ['KESCOP>ORV 111', 'KESGOV>ORV 111', 'VALCOP>ORV 111', 'VALGOV>ORV 111'],
    ],
    [
      'a dictionary name around a mention cut short of it is the actor',
      'Valmora criticized the Prince of Thorn Hall.',
      ['VAL>KES 111'],
    ],
    [
      'a name with several codes is a compound of them',
      'Kestria criticized the Vales.',
      ['KES>ORV 111', 'KES>VAL 111'],
    ],
    [
      'the actor opening a sentence is the subject commas hide',
      'Valmora, centre of a row over Orlan, the elder criticized Kestria.',
      ['VAL>KES 111'],
    ],
  ])('%s', (_, text, expected) => {
    expect(codedWith(PATTERN_DICTS, text)).toEqual(expected);
  });
});

/** Dictionaries for the TABARI-era conventions: negation, pronouns, dyads, particles, own forces. */
const TABARI_DICTS: UserDictionaries = {
  ...USER,
  actors: [
    parseActors(
      'VALMORA [VAL]\n+VALMORAN\nKESTRIA [KES]\nORVANDE [ORV]\nTHORNIA [THO]\nORLAN_DESK [VALGOV]\n',
      'test3.actors',
    ),
  ],
  agents: parseAgents('MAYOR [~GOV]\nTROOPS {} [~MIL]\n', 'test3.agents'),
  patterns: parsePetrarchVerbs(
    [
      '--- ATTACK [190] ---',
      'ATTACK',
      '--- CRITICIZE [111] ---',
      'CRITICIZE',
      '--- BUY [061] ---',
      'BUY {BOUGHT}',
      '--- BACK [050] ---',
      'BACK',
      '--- SEND [042] ---',
      'SEND',
      '- * TROOPS [154]',
      '--- FIGHT [190] ---',
      'FIGHT',
      '- * BETWEEN % [193]',
      '--- FEARS [022] ---',
      'FEARS',
      '--- CELEBRATE [181] ---',
      'CELEBRATE',
      '- * FEAST AT ^ ^ + [044]',
      '--- SHELL [195] ---',
      'SHELL',
      '--- AIM [030] ---',
      'AIM',
      '',
    ].join('\n'),
    'test3.verbs',
  ),
};

describe('TABARI conventions with user dictionaries', () => {
  it.each([
    [
      'a negation no pattern asks for leaves the verb its code',
      "Valmora didn't attack Kestria.",
      ['VAL>KES 190'],
    ],
    [
      'an object pronoun after the verb is the sentence’s first actor',
      'Valmora criticized Kestria on Monday to calm things and Orvande attacked him.',
      ['ORV>VAL 190', 'VAL>KES 111'],
    ],
    [
      '"it" after the verb is the sentence’s first actor too',
      'Valmora criticized Kestria on Monday; Orvande fears it may strike again.',
      ['ORV>VAL 022', 'VAL>KES 111'],
    ],
    [
      'a noun matches a pattern that asks for words after it; a `%` compound with no subject acts each way',
      'The flare-up in fighting between Valmora and Kestria alarmed Orvande.',
      ['KES>VAL 193', 'VAL>KES 193'],
    ],
    [
      'a `%` compound after the verb is the target of a subject',
      'Orvande is fighting between Valmora and Kestria.',
      ['ORV>KES 193', 'ORV>VAL 193'],
    ],
    ['an event needs a target (require_dyad)', 'Valmora attacked on Tuesday.', []],
    [
      'each `^` before a `+` skips a whole actor',
      'Valmora celebrated the feast at Orvande with the elders of Kestria in Thornia.',
      ['VAL>THO 044'],
    ],
    [
      'a participle after the plural object of a coded act modifies it, no act of its own',
      'Valmora shelled border posts aimed at Kestria.',
      ['VAL>KES 195'],
    ],
    [
      'a particle after a matched verb is that verb’s, no verb of its own',
      'Valmora bought back the harbour from Kestria.',
      ['VAL>KES 061'],
    ],
    [
      'the source’s own forces a pattern asks for are sent, the place after them is the target',
      'Valmora will send Valmoran troops into Kestria.',
      ['VAL>KES 154'],
    ],
    [
      'a country-less agent set off by commas after a name is that actor',
      'Orlan Desk, the mayor, criticized Kestria.',
      ['VALGOV>KES 111'],
    ],
  ])('%s', (_, text, expected) => {
    expect(codedWith(TABARI_DICTS, text)).toEqual(expected);
  });
});
