import { describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer.js';

const analyzer = new Analyzer({ published: '2023-03-06' });

function coded(text: string): string[] {
  return analyzer
    .analyzeBody(text)
    .events.filter((e) => !e.negated)
    .map((e) => `${e.source.actor}>${e.target.actor} ${e.code}`)
    .sort();
}

/** Rules that keep spurious events and wrong participants out of real news sentences. */
describe('the CAMEO coder on news structure', () => {
  it.each([
    [
      'a country before a dollar amount names a currency, not an actor',
      'Japan pledged to give US$40 million in aid to Kenya.',
      (e: string[]) => e.every((x) => !x.includes('USA')),
    ],
    [
      'a country name that ends a company name is no country',
      'Chile has held talks with Air France about new routes.',
      (e: string[]) => e.every((x) => !x.includes('FRA')),
    ],
    [
      'a place part ("South", "East") before a country is no company name',
      'Israel threatened to ban voting in East Jerusalem.',
      (e: string[]) => e.some((x) => x.startsWith('ISR>')),
    ],
    [
      'an adverb between the auxiliary and the participle keeps the passive',
      'Several villages in Syria were systematically destroyed by gunmen and violence has spread to every Iraqi province.',
      (e: string[]) => e.every((x) => !x.startsWith('SYR>') && !x.startsWith('IRQ>')),
    ],
    [
      '"took action" is no seizure',
      'The Kenyan president took action to end the strike.',
      (e: string[]) => e.every((x) => !x.endsWith(' 171')),
    ],
    [
      'charging with a crime is still an accusation',
      'Germany charged France with espionage.',
      (e: string[]) => e.some((x) => x.startsWith('DEU>FRA 11')),
    ],
    [
      'a closing attribution is no event of its own beside the act it reports',
      'Kenya will pay $5 million for the stake, a Ugandan official said Friday.',
      (e: string[]) => e.every((x) => !x.startsWith('UGA')),
    ],
    [
      'a verb form after an article and a name is a noun ("an EU aid package")',
      'Hungary blocked an EU aid package for Ukraine.',
      (e: string[]) => e.length > 0 && e.every((x) => !x.endsWith(' 060')),
    ],
    [
      'a verb form after a preposition and a noun is a noun ("over tax increases")',
      'Protesters in Nairobi clashed with police over tax increases.',
      (e: string[]) => e.length > 0 && e.every((x) => !x.endsWith(' 060')),
    ],
    [
      'a participle after its noun and before a preposition is a passive ("Americans jailed in")',
      'Venezuela released six Americans jailed in Caracas.',
      (e: string[]) => e.length > 0 && e.every((x) => !x.startsWith('USA>')),
    ],
    [
      'an actor’s own word that is also a verb ("forces") hides no verb after it',
      'Russian forces fired missiles at Kyiv.',
      (e: string[]) => e.includes('RUSMIL>UKR 194'),
    ],
    [
      'an actor before a past tense is the subject of the reported clause',
      'The Kenyan president said Ethiopian troops crossed the border.',
      (e: string[]) => e.includes('KENGOV>null 010'),
    ],
    [
      'a title after "and" opens the next member of a compound, not an agent of the first',
      'President Macron and Chancellor Scholz held talks in Berlin.',
      (e: string[]) => e.includes('FRAGOV>DEUGOV 046') && e.includes('DEUGOV>FRAGOV 046'),
    ],
    [
      'receiving a leader is hosting a visit',
      'The Egyptian president received the Israeli prime minister in Cairo.',
      (e: string[]) => e.includes('EGYGOV>ISRGOV 043'),
    ],
    [
      'a country in the name of a sea is no actor',
      'China and Russia held joint drills in the Sea of Japan.',
      (e: string[]) => e.length > 0 && e.every((x) => !x.includes('JPN')),
    ],
    [
      'the agent of a participle after the verb is not its target',
      'Germany signed a deal backed by the United States with France.',
      (e: string[]) => e.includes('DEU>FRA 057') && e.every((x) => !x.includes('USA')),
    ],
    [
      'a verb form after "by" and a word is the means, no act of its own',
      'Japan and Australia signed the pact by video link.',
      (e: string[]) => e.length > 0 && e.every((x) => x.endsWith(' 057')),
    ],
    [
      'a verb form after a hyphenated modifier is a noun, no act of its own',
      'Kenya and Ethiopia agreed to expand cross-border trade.',
      (e: string[]) => e.length > 0 && e.every((x) => !x.endsWith(' 060')),
    ],
    [
      'an actor before an auxiliary is the subject of the reported clause, not whom the statement is to',
      'The Kenyan president said Ethiopia would win the race, and told Uganda it had a strong economy.',
      (e: string[]) => e.every((x) => !x.startsWith('KENGOV>ETH')) && e.includes('KENGOV>UGA 010'),
    ],
  ])('%s', (_name, text, check) => {
    expect(check(coded(text))).toBe(true);
  });

  it.each([
    [
      'the agent of a passive is the phrase after "by", not an actor inside its own object',
      'Forty villagers were killed by a series of raids on the Kenyan town of Garissa.',
      [],
    ],
    ['"took place" is no seizure', 'The meeting of Chile and Peru took place in Lima.', []],
    [
      'charging a price is no accusation',
      'Germany is charging French customers more than others.',
      [],
    ],
    [
      "an actor right after an infinitive is its object, not the next verb's subject",
      'A plot to kill the Kenyan president failed in Somalia.',
      [],
    ],
    [
      "an actor past a coded infinitive is that infinitive's object, not the first verb's",
      'Turkey approved a measure on Tuesday to send troops into Syria.',
      ['TUR>SYR 154'],
    ],
    [
      "a statement's target is not an actor of the clause it reports",
      'Chile says that the collapse of Peru would be a disaster.',
      ['CHL>null 010'],
    ],
    [
      'a statement may stand without a target where the sentence names other actors',
      'Chile says there were concerns they would stay in Peru.',
      ['CHL>null 012'],
    ],
    [
      'an actor several words into what a statement reports is not its target',
      'Chile said nearly 2,000 workers at three Peruvian factories were unhappy.',
      (e: string[]) => e.every((x) => !x.includes('>PER')),
    ],
    [
      'a place after "at" and a count is where the subject is, not who acts',
      'Workers at four Peruvian factories had a two hour stoppage on Monday to protest the cuts.',
      (e: string[]) => e.every((x) => !x.startsWith('PER>')),
    ],
    [
      'the act an appeal asks someone to do is asked for, not done',
      'Unions are asking the Chilean government to respect the ruling of Peru.',
      (e: string[]) => e.every((x) => !x.startsWith('CHLGOV>')),
    ],
    [
      "an infinitive of purpose after a verb's object is done by its subject, not the object",
      'Some members boycotted the UN to prevent further action.',
      (e: string[]) => e.every((x) => !x.startsWith('IGOUNO>')),
    ],
    [
      'an infinitive after a verb that tells its object to act is still done by the object',
      'Chile urged Peru to withdraw its troops.',
      (e: string[]) => e.some((x) => x.startsWith('CHL>PER')),
    ],
    [
      'two names sharing a head word are two actors',
      'North and South Korea exchanged artillery fire.',
      ['KOR>PRK 193', 'PRK>KOR 193'],
    ],
  ] as [string, string, string[] | ((e: string[]) => boolean)][])('%s', (_name, text, expected) => {
    if (typeof expected === 'function') expect(expected(coded(text))).toBe(true);
    else expect(coded(text)).toEqual([...expected].sort());
  });
});
