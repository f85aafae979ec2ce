import { describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer.js';

const analyzer = new Analyzer({ published: '2023-03-06' });

function events(text: string) {
  return analyzer.analyzeBody(text).events.map((e) => ({
    dyad: `${e.source.actor}>${e.target.actor}`,
    code: e.code,
    negated: e.negated,
    modality: e.modality,
  }));
}

describe('the CAMEO coder', () => {
  it.each([
    ['Chile and Peru signed a fisheries agreement.', ['CHL>PER 057', 'PER>CHL 057']],
    ['Japan criticised China over the drills.', ['JPN>CHN 111']],
    ['Turkey accused Greece of provocation.', ['TUR>GRC 112']],
    ['Russia attacked Ukraine.', ['RUS>UKR 190']],
    ['Kenya and Ethiopia signed a trade agreement in Nairobi.', ['KEN>ETH 057', 'ETH>KEN 057']],
    ['Pakistan condemned the Indian army for violating the ceasefire.', ['PAK>INDMIL 111']],
    ['Israel launched airstrikes on Gaza.', ['ISR>PSE 195']],
    ['Germany sent tanks to Ukraine, Chancellor Olaf Scholz announced.', ['DEU>UKR 072']],
  ])('%s', (text, expected) => {
    expect(
      events(text)
        .map((e) => `${e.dyad} ${e.code}`)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it.each([
    [
      'a nationality stands for its country',
      'Serbia rejected an Australian ultimatum.',
      ['SRB>AUS 127'],
    ],
    [
      'two nationalities share one agent noun',
      'Senior Hungarian and Romanian officials met in Vienna.',
      ['HUNGOV>ROUGOV 040', 'ROUGOV>HUNGOV 040'],
    ],
    ['a place with an agent noun', 'Sudan accused Darfur rebels of attacks.', ['SDN>SDNREB 1123']],
    ['a verb after a determiner is a noun', 'Kenya and Ethiopia held a trade fair.', []],
    [
      'no subject across a complement clause',
      'Chile and Peru agree that disputes should be resolved by arbitration.',
      ['CHL>PER 030', 'PER>CHL 030'],
    ],
    ['the only actor with no target acts alone', 'Serbia lifted the curfew.', ['SRB>null 0813']],
    [
      'one actor acts on the place it acts in',
      'Serbia lifted the curfew in Montenegro.',
      ['SRB>MNE 0813'],
    ],
    [
      'a compound meets in a place, not with it',
      'India and Japan held talks in Moscow.',
      ['IND>JPN 046', 'JPN>IND 046'],
    ],
    [
      'a title and its name are one member of a compound',
      'Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed a treaty.',
      ['CHLGOV>PERGOV 057', 'PERGOV>CHLGOV 057'],
    ],
    [
      'the subject stands before an appositive',
      'Pakistan, a close ally of China, has criticised India.',
      ['PAK>IND 111'],
    ],
    [
      'a second verb shares the first one’s subject',
      'Pakistan criticised India and accused Afghanistan of provocation.',
      ['PAK>IND 111', 'PAK>AFG 112'],
    ],
    [
      'members joined with adjectives between them are one compound',
      'Japan and the ever cautious Germany criticised Russia.',
      ['JPN>RUS 111', 'DEU>RUS 111'],
    ],
    [
      'a relative clause after a comma is no member of a compound',
      'Japan, which Germany supports, criticised Russia.',
      ['JPN>RUS 111'],
    ],
    [
      'an agent "of" an actor across modifiers',
      'Israel released the mayor of the northern city of Nablus.',
      ['ISR>PSEGOV 0841'],
    ],
    [
      'a country shares the agent noun of the nationality joined to it',
      'US and British activists criticised China.',
      ['USAOPP>CHN 111', 'GBROPP>CHN 111'],
    ],
    [
      'a protest is aimed at the place it happens in',
      'Kenyan and Ugandan teachers staged a protest in Tanzania.',
      ['KENEDU>TZA 141', 'UGAEDU>TZA 141'],
    ],
    [
      'the agent of a passive a few words after its verb',
      'Kenya was criticised at the summit by Uganda.',
      ['UGA>KEN 111'],
    ],
    [
      'a short parenthesis is no clause break',
      'Kenya (a regional power) criticised Uganda.',
      ['KEN>UGA 111'],
    ],
    [
      'a nationality before a name without a code stands for its country',
      'Iraqi Kurds attacked Turkey.',
      ['IRQ>TUR 190'],
    ],
    [
      'the agreeing codes when the act agreed to has no code',
      'Turkey has agreed to share information with Greece.',
      ['TUR>GRC 030'],
    ],
    [
      'an agent noun in a place is that place’s',
      'Rebels in Mali attacked Niger.',
      ['MLIREB>NER 190'],
    ],
    [
      'an agent noun a nationality claims stays that country’s in another place',
      'Russian troops in Syria attacked Turkey.',
      ['RUSMIL>TUR 190'],
    ],
    [
      'a pronoun subject after a reporting verb is the reporter',
      'Kenya announced that it will expel Ugandan diplomats.',
      ['KEN>UGAGOV 1313'],
    ],
    [
      'an act announced on a condition is a threat',
      'Nigeria announced that it will withdraw its troops from Chad unless Chad holds elections.',
      ['NGA>TCD 130'],
    ],
    [
      'a plan to act against someone is a threat',
      'Kenya plans to impose a curfew in Nairobi.',
      ['KEN>null 1323'],
    ],
    [
      '"is opposed to" is a stance, not a passive',
      'Chile is opposed to talks with Peru.',
      ['CHL>PER 125'],
    ],
    [
      'a bombing by no state body is unconventional violence',
      'Rebels killed Malian soldiers in a car bombing.',
      ['---REB>MLIMIL 1832'],
    ],
    [
      'an armed group that kills uses unconventional violence',
      'Somali militants killed Kenyan soldiers.',
      ['SOMREB>KENMIL 1823'],
    ],
    [
      'a state army that kills uses military force',
      'The Kenyan army killed Somali militants.',
      ['KENMIL>SOMREB 190'],
    ],
    [
      'claiming one’s own attack is claiming responsibility, and the claiming no allegation',
      'The group Boko Haram claimed that it had attacked Nigeria.',
      ['NGAREB>NGA 015'],
    ],
    [
      'a reported obligation whose act has no code is a demand all the same',
      'Ghana reiterated that Togo must rethink its tariffs.',
      ['GHA>TGO 100'],
    ],
    [
      'an agent noun from a place across a hyphenated modifier',
      'Japan met dissidents from military-ruled Myanmar.',
      ['JPN>MMROPP 040'],
    ],
    [
      'a name in apposition after a titled actor leaves the actor the subject',
      'Kenya’s foreign minister, Ababu Namwamba, launched a mediation effort between Sudan and Chad.',
      ['KENGOV>SDN 045', 'KENGOV>TCD 045'],
    ],
    [
      '"up to" a number is a quantity, not the particle of "give up"',
      'Japan will give up to 50 million dollars to Kenya.',
      ['JPN>KEN 0331'],
    ],
    [
      'seeking to act is the intent to act',
      'Chile is seeking to deepen cooperation with Peru.',
      ['CHL>PER 031'],
    ],
    [
      'blocking streets is dissent',
      'Thousands of protesters blocked streets in Nairobi.',
      ['---CVLOPP>KEN 144'],
    ],
    [
      'what is received from someone is their act ("received assurances from")',
      'Kenya received assurances from China.',
      ['CHN>KEN 030'],
    ],
    [
      'a participle after its actor ("officials suspected of") is a passive: they suspect no one',
      'Kenya arrested 28 Chilean government officials suspected of taking bribes.',
      ['KEN>CHLGOV 173'],
    ],
    [
      'a participle after a common noun, with "by", is a passive whose noun is no actor',
      'Kenya praised an agreement forced on Somalia by Ethiopia.',
      ['KEN>SOM 051'],
    ],
    [
      'a participle after its actor noun, with "by", is acted on by the agent',
      'Kenyan troops attacked by Somali militias retreated.',
      ['SOMUAF>KENMIL 190'],
    ],
    [
      'the longest agent before "of" wins, and a possessive adds its own ("exiled leaders of X\'s Muslim…")',
      "Kenya expelled exiled leaders of Egypt's Muslim Brotherhood.",
      ['KEN>EGYOPPMUS 174'],
    ],
    [
      "saying another actor attacked is accusing it (PETRARCH's SAY transformation, 112)",
      'Kenya said that Somalia had attacked its border posts.',
      ['KEN>SOM 112'],
    ],
    [
      'saying one attacked is claiming it (015)',
      'Kenya said it had attacked Somalia.',
      ['KEN>SOM 015'],
    ],
    [
      "wanting another actor to attack is an appeal to it (PETRARCH's WANT transformation, 021)",
      'Kenya wants Ethiopia to attack Somalia.',
      ['KEN>ETH 021'],
    ],
    [
      'a passive\'s subject is the object its pattern wants after the verb ("- * EVIDENCE")',
      'Evidence against Somalia was presented by Kenya.',
      ['KEN>SOM 1124'],
    ],
    [
      "a pair `[042:043]` is PETRARCH-2's active and passive meaning: no hosting back",
      'Kenya attended the Ethiopian festival.',
      ['KEN>ETH 042'],
    ],
    [
      'a mutual pair `[046:046]` codes each way',
      'Kenya held talks with Ethiopia.',
      ['KEN>ETH 046', 'ETH>KEN 046'],
    ],
    [
      'threatening to act is the threat of the act, not the act (1313), made now',
      'Kenya threatened to expel Somali diplomats.',
      ['KEN>SOMGOV 1313'],
    ],
    [
      'a reminder to X that it must act is a demand of X; issuing it is no material cooperation',
      'Kenya issued a stern reminder to Somalia that it must cooperate fully with inspectors.',
      ['KEN>SOM 102'],
    ],
    [
      'a demand "today that" is the demand for the act, once',
      'Kenya reiterated its demand today that Somalia release the prisoners.',
      ['KEN>SOM 1053'],
    ],
    [
      'a noun phrase set off by commas after an actor describes it: no event inside',
      'Kenya, a key ally in the war against Somalia, has refused to deploy peacekeepers in Ethiopia.',
      ['KEN>ETH 122'],
    ],
    [
      'a subject before a parenthesis and an intent cue ("X, like most members, plans to")',
      'Kenya, like most other members, plans to impose sanctions on Somalia.',
      ['KEN>SOM 1312'],
    ],
    [
      'a place after a closing report and its adjunct takes no part: the lone actor acts alone',
      'Kenyan troops fired at the camp, witnesses said, in a rare incident in Somalia.',
      ['KENMIL>null 190'],
    ],
    [
      'refusing to act codes the refusal of the act once, not a bare refusal beside it',
      'Kenya declined to lift sanctions on Somalia.',
      ['KEN>SOM 1244'],
    ],
    [
      'calling something unacceptable criticises it (111)',
      'Kenya called the Somali proposal unacceptable.',
      ['KEN>SOM 111'],
    ],
    [
      'a mutual act read as intended is intended both ways',
      'Kenya and Somalia said the talks would resume.',
      ['KEN>SOM 036', 'SOM>KEN 036'],
    ],
    [
      "the only actor's statement with nothing else reported stands alone (010)",
      'Kenya said the border was calm.',
      ['KEN>null 010'],
    ],
    [
      'protesters who destroy property riot (145)',
      'Kenyan protesters destroyed Chinese shops.',
      ['KENCVLOPP>CHN 145'],
    ],
    [
      'an army that fires missiles uses military force, not a non-military bombing',
      'Israeli aircraft using missiles killed Lebanese civilians.',
      ['ISRMIL>LBNCVL 190'],
    ],
    [
      '"general" before "strike" is no general',
      'Kenyan workers held a general strike.',
      ['KENLAB>null 143'],
    ],
    [
      'a hostile act that may come "if" something happens is the threat of it',
      'Kenya may halt its mediation between Sudan and Chad if the fighting continues.',
      ['KEN>SDN 135', 'KEN>TCD 135'],
    ],
    [
      'withdrawing inspectors reduces international involvement (1662), announced: a threat',
      'Kenya announced that it will withdraw its inspectors from Somalia.',
      ['KEN>SOM 136'],
    ],
    [
      'a possessive naming the subject is no object',
      'Kenya reneged on its commitment to the Somali people.',
      ['KEN>SOMCVL 120'],
    ],
    [
      'a word of an actor’s own name is no trigger ("aid groups")',
      'American aid groups criticized Israel.',
      ['USANGODEV>ISR 111'],
    ],
    [
      'calling off a strike is a concession',
      'Nigerian teachers called off a four-day strike.',
      ['NGAEDU>null 080'],
    ],
    [
      'dropping atomic bombs is the use of nuclear weapons (2042), the bombs no second event',
      'The United States dropped atomic bombs on Japan.',
      ['USA>JPN 2042'],
    ],
    [
      'a place after "in" far from the verb is where, not who',
      'The UN chief spoke in Nairobi at the start of a regional trip aimed at pushing for a ceasefire in Somalia.',
      ['IGOUNOGOV>null 010'],
    ],
    [
      'a place after "in" right before the verb stands for the group in it',
      'Opposition parties in Nepal have organized a general strike.',
      ['NPLOPP>null 143'],
    ],
    [
      'capturing a town occupies territory (192), not "taking part" in PETRARCH’s TAKE block',
      'Rwandan troops captured part of the town of Goma.',
      ['RWAMIL>null 192'],
    ],
    [
      'the reporter of a closing attribution takes no part: the act has its only actor',
      'Kenyan troops withdrew on Monday, the Somali government said.',
      ['KENMIL>null 0874'],
    ],
    [
      'a pronoun subject before an intent cue ("that it is prepared to") is the reporter',
      'Kenya announced that it is prepared to impose martial law.',
      ['KEN>null 1324'],
    ],
    [
      'an agent noun of a region is its country’s',
      'Residents of the Golan Heights criticized Israel.',
      ['SYRCVL>ISR 111'],
    ],
    [
      'a group of a people no dictionary codes is an actor of its agent noun',
      'A group of Chenchen refugees staged a protest against the Kenyan government.',
      ['---REF>KENGOV 141'],
    ],
    [
      'an agent noun of a region is its country’s past a nationality before the region',
      'Inhabitants of the Syrian Golan Heights criticized Israel.',
      ['SYRCVL>ISR 111'],
    ],
  ])('%s', (_, text, expected) => {
    expect(
      events(text)
        .map((e) => `${e.dyad} ${e.code}`)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('names the words and the dictionary line that coded an event', () => {
    const analysis = analyzer.analyzeBody('Japan criticised China over the drills.');
    const event = analysis.events[0];
    expect(analysis.article.text.slice(event?.trigger.start, event?.trigger.end)).toBe(
      'criticised',
    );
    expect(event?.rule).toMatch(/^event-patterns\.tsv:\d+$/u);
  });

  it('codes nothing in a sentence that reports no event', () => {
    expect(events('France and Germany are neighbours in Europe.')).toEqual([]);
  });

  it('codes a cooperative act not done as its refusal (CAMEO 12x)', () => {
    expect(events('Iran did not sign the agreement with Iraq.')).toEqual([
      { dyad: 'IRN>IRQ', code: '127', negated: false, modality: 'asserted' },
    ]);
    expect(events('Iran said it will not meet Iraq.').map((e) => e.code)).toContain('125');
  });

  it('marks a hostile act not done as negated', () => {
    expect(events('Russia did not attack Ukraine.')).toEqual([
      { dyad: 'RUS>UKR', code: '190', negated: true, modality: 'asserted' },
    ]);
  });

  it('leaves a negation before "and" to the verb before it', () => {
    expect(events('Russia did not wait and attacked Ukraine.')).toEqual([
      { dyad: 'RUS>UKR', code: '190', negated: false, modality: 'asserted' },
    ]);
  });

  it('codes cooperation withheld unless a condition is met as the threat to withhold it (131x)', () => {
    expect(
      events('Norway said it would not provide aid to Mali unless the junta steps down.'),
    ).toEqual([{ dyad: 'NOR>MLI', code: '1311', negated: false, modality: 'asserted' }]);
  });

  it('codes a cooperative act in the future tense as the intent to do it (03x)', () => {
    expect(events('Germany will send tanks to Ukraine.')).toEqual([
      { dyad: 'DEU>UKR', code: '0332', negated: false, modality: 'intended' },
    ]);
    expect(events('Norway is willing to provide aid to Mali.')).toEqual([
      { dyad: 'NOR>MLI', code: '033', negated: false, modality: 'intended' },
    ]);
  });

  it('codes the act agreed to, as the intent to do it, not the agreeing', () => {
    expect(events('Japan agreed to lift sanctions on Iran.')).toEqual([
      { dyad: 'JPN>IRN', code: '0354', negated: false, modality: 'intended' },
    ]);
  });

  it('codes a hostile act announced for the future as the threat (13x)', () => {
    expect(events('Russia will attack Ukraine.')).toEqual([
      { dyad: 'RUS>UKR', code: '1384', negated: false, modality: 'intended' },
    ]);
  });

  it('keeps a hostile act promised ("pledged to expel") as that act, intended', () => {
    expect(events('Qatar pledged to expel Egyptian diplomats.')).toEqual([
      { dyad: 'QAT>EGYGOV', code: '161', negated: false, modality: 'intended' },
    ]);
  });

  it('reads "prepared to" as an intent only after "be": "is prepared to visit", not "prepared to visit"', () => {
    expect(events('The Indian premier is prepared to attend the games in Beijing.')).toEqual([
      { dyad: 'INDGOV>CHN', code: '036', negated: false, modality: 'intended' },
    ]);
    expect(events('The Indian premier prepared to attend the games in Beijing.')).toEqual([
      { dyad: 'INDGOV>CHN', code: '042', negated: false, modality: 'expected' },
    ]);
  });

  it('codes a name and its title in apposition as one actor ("X, the UN secretary-general,")', () => {
    expect(events('Karl Berger, the UN secretary-general, visited Iraq.')).toEqual([
      { dyad: 'IGOUNOGOV>IRQ', code: '042', negated: false, modality: 'asserted' },
    ]);
  });

  it('codes the act decided on as done ("voted to lift"), not as intended', () => {
    expect(events('Serbia voted to lift the curfew in Montenegro.')).toEqual([
      { dyad: 'SRB>MNE', code: '0813', negated: false, modality: 'asserted' },
    ]);
  });

  it('reads "would" in reported speech as a promise, not a hypothesis', () => {
    expect(events('Iraq said it would release Iranian prisoners.')).toEqual([
      { dyad: 'IRQ>IRN', code: '0353', negated: false, modality: 'intended' },
    ]);
    expect(events('Iraq would release Iranian prisoners.')[0]?.modality).toBe('hypothetical');
  });

  it('marks an act after a verb of denial as denied, not done', () => {
    expect(events('Iran denied supplying drones to Russia.')).toEqual([
      { dyad: 'IRN>RUS', code: '072', negated: false, modality: 'denied' },
    ]);
    expect(events('Iran supplied drones to Russia.')[0]?.modality).toBe('asserted');
  });

  it('codes an act someone is told to do as the demand for it (10x), by whoever demands it', () => {
    expect(events('Japan demanded that Iran release the prisoners.')).toEqual([
      { dyad: 'JPN>IRN', code: '1053', negated: false, modality: 'asserted' },
    ]);
    expect(events('Japan said Iran must release the prisoners.')).toEqual([
      { dyad: 'JPN>IRN', code: '1053', negated: false, modality: 'asserted' },
    ]);
    expect(events('Iran must release the prisoners.')).toEqual([]);
  });

  it('finds the act agreed to across time words ("agreed on Saturday to send")', () => {
    expect(events('Norway agreed on Saturday to provide aid to Mali.')).toEqual([
      { dyad: 'NOR>MLI', code: '033', negated: false, modality: 'intended' },
    ]);
  });

  it('marks a planned act as intended', () => {
    expect(events('India and Japan plan to expand defence cooperation.')[0]?.modality).toBe(
      'intended',
    );
  });

  it('marks an event inside a quotation as the speaker’s claim', () => {
    const text = 'Antony Blinken spoke on Monday. "Russia attacked Ukraine," Blinken said.';
    expect(events(text)).toContainEqual({
      dyad: 'RUS>UKR',
      code: '190',
      negated: false,
      modality: 'reported',
    });
  });
});

describe('the CAMEO coder on hostile input', () => {
  it('keeps a list of 300 countries to a bounded number of events', () => {
    const names = ['France', 'Germany', 'Italy', 'Spain', 'Poland', 'Japan'];
    const list = Array.from({ length: 300 }, (_, i) => names[i % names.length]).join(', ');
    const coded = events(`${list} and Chile criticised Peru and ${list}.`);
    expect(coded.length).toBeGreaterThan(0);
    expect(coded.length).toBeLessThanOrEqual(144);
  });

  it('codes a 2000-word sentence without crashing', () => {
    const filler = Array.from({ length: 2000 }, (_, i) =>
      i % 50 === 0 ? 'Russia attacked Ukraine' : 'and',
    ).join(' ');
    expect(() => events(`${filler}.`)).not.toThrow();
  });
});

describe('the CAMEO coder on names and lone acts', () => {
  it('does not take a capitalised word inside a sentence for a verb ("Bill Clinton")', () => {
    const in1999 = new Analyzer({ published: '1999-01-01' });
    const coded = in1999.analyzeBody('President Bill Clinton imposed sanctions on Iran.').events;
    expect(coded.map((e) => `${e.source.actor}>${e.target.actor} ${e.code}`)).toContain(
      'USAGOV>IRN 163',
    );
  });

  it('codes a protest with no target even where the sentence names another actor', () => {
    expect(
      events('Kenyan teachers went on strike in protest, Uganda said.').map(
        (e) => `${e.dyad} ${e.code}`,
      ),
    ).toContain('KENEDU>null 143');
  });
});

describe('the CAMEO coder on intents, surrenders and peoples', () => {
  const coded = (text: string) => events(text).map((e) => `${e.dyad} ${e.code}`);

  it('codes a commitment to an act with no intent code of its own as the intent to cooperate', () => {
    expect(coded('Chile agreed to investigate the incident with Peru.')).toEqual(['CHL>PER 030']);
  });

  it('codes a committed intent with no target even where the sentence names another actor', () => {
    const text = 'food aid to flood-hit districts after talks with Uganda.';
    expect(coded(`Kenya will provide ${text}`)).toEqual(['KEN>null 0333']);
    // A wish is no commitment, and an act a condition names is not committed to.
    expect(coded(`Kenya wants to provide ${text}`)).toEqual([]);
    expect(
      coded('Chile will cut off aid to Peru unless Bolivia agrees to pay its debts.'),
    ).not.toContain('BOL>null 030');
  });

  it('reads the purpose of an intended act as intended', () => {
    expect(
      coded('Uganda said Kenya is willing to send tents to help the victims of the floods.'),
    ).toEqual(['KEN>---CVL 033']);
  });

  it('codes troops sent to keep the peace as peacekeeping, not a show of force', () => {
    expect(coded('Chile is ready to send 500 troops to a peacekeeping mission in Haiti.')).toEqual([
      'CHL>HTI 0334',
    ]);
  });

  it('codes an armed group that surrenders as a military surrender', () => {
    expect(coded('Colombian rebels surrendered.')).toEqual(['COLREB>null 0874']);
  });

  it('takes a people of a place for the actor, not the place', () => {
    expect(coded('Serbs of northern Kosovo demanded autonomy from Albania.')).toEqual([
      'SRB>ALB 1044',
    ]);
  });

  it("codes an armed group's attack on civilians as an assault, on troops as a fight", () => {
    expect(coded('Somali militiamen attacked Kenyan refugees.')).toEqual(['SOMUAF>KENREF 180']);
    expect(coded('Somali rebels attacked Kenyan troops.')).toEqual(['SOMREB>KENMIL 190']);
  });

  it('codes a call for elections with no target where the sentence names another actor', () => {
    const after = 'after talks with Uganda failed.';
    expect(coded(`Kenyan opposition leaders demanded early elections ${after}`)).toEqual([
      'KENOPP>null 0241',
    ]);
    expect(coded(`Kenyan opposition leaders demanded more money ${after}`)).toEqual([]);
  });

  it('codes suing as a lawsuit (115), not an arrest', () => {
    expect(coded('A Kenyan businessman is suing Uganda for damages.')).toEqual(['KENBUS>UGA 115']);
  });

  it('codes easing a state of emergency as 0814', () => {
    expect(coded('Kenya eased emergency measures in the north.')).toEqual(['KEN>null 0814']);
  });

  it('reads past a comma inside a number to the target', () => {
    expect(coded('Kenya donated 50,000 tonnes of maize to Uganda.')).toEqual(['KEN>UGA 073']);
  });

  it('codes a ban on protests as a restriction of political freedoms (1721)', () => {
    expect(coded('Kenya banned all protests against Uganda.')).toEqual(['KEN>UGA 1721']);
  });

  it('codes violence by civilians during protests as a riot, and shunning work as a strike', () => {
    expect(coded('Kenyan students threw stones at Ugandan police during protests.')).toContain(
      'KENEDU>UGACOP 145',
    );
    expect(coded('Kenyan workers shunned work to protest against Uganda.')).toContain(
      'KENLAB>UGA 143',
    );
  });

  it('does not read a command to act as a visit', () => {
    const travel = (text: string) => coded(text).filter((e) => / 04[23]$/u.test(e));
    expect(travel('A Kenyan judge ordered former minister John Doe to appear in court.')).toEqual(
      [],
    );
    // ORDER keeps the patterns PETRARCH wrote for it ("- * ENVOY [042:043]  # ORDER").
    expect(travel('Kenya ordered its envoy to Uganda.')).toEqual(['KEN>UGA 042']);
  });

  it('codes an order to do a coded act as the act, and an order to do anything else as a demand', () => {
    expect(coded('Kenya ordered the Ugandan newspaper Monitor to suspend publication.')).toEqual([
      'KEN>UGAMED 1721',
    ]);
    expect(coded('A Kenyan judge ordered Ugandan officials to appear on October 16.')).toEqual([
      'KENJUD>UGAGOV 100',
    ]);
  });

  it('codes the purpose of a sending or summoning as the event, done by the sender', () => {
    expect(coded('Kenya sent 200 troops to Uganda on Monday to investigate the killings.')).toEqual(
      ['KEN>UGA 090'],
    );
    expect(coded('Kenya summoned the Ugandan ambassador to complain about the raids.')).toEqual([
      'KEN>UGAGOV 114',
    ]);
    expect(coded('Kenya sent troops to Somalia.')).toEqual(['KEN>SOM 154']);
  });

  it.each([
    [
      'a warm welcome given is hosting (043)',
      'Kenya gave a warm welcome to Ugandan President Yoweri Museveni.',
      'KEN>UGAGOV 043',
    ],
    [
      'a withdrawal carried out is a military retreat (0874)',
      'Kenya completed the withdrawal of its troops from Somalia.',
      'KEN>SOM 0874',
    ],
    [
      'a call for sanctions against an actor rallies opposition to it (113)',
      'Kenya called for sanctions against Uganda.',
      'KEN>UGA 113',
    ],
  ])('%s', (_, text, expected) => {
    expect(coded(text)).toEqual([expected]);
  });

  it('reads readying force as a show of force (150), not the force', () => {
    expect(coded('The Kenyan army prepared to resume shelling Ugandan positions.')).toEqual([
      'KENMIL>UGA 150',
    ]);
  });

  it('takes a title naming another country for that country, whatever coreference linked it to', () => {
    // Coreference links "the US President" to Kamau; the mention itself says it is the US's.
    expect(
      coded(
        'Newly appointed Kenyan Prime Minister John Kamau has refused to respond to a demand from the US President to adhere to the peace deal.',
      ),
    ).toEqual(['KENGOV>USAGOV 124']);
  });

  it('codes blowing up what is built as destroying property (1712), and a convoy still as an attack', () => {
    expect(coded('Kenyan rebels blew up two power lines near Nairobi.')).toEqual([
      'KENREB>KEN 1712',
    ]);
    expect(coded('Kenyan rebels blew up a Ugandan army convoy.')).toEqual(['KENREB>UGAMIL 190']);
  });

  it('codes a cut announced as decided ("would") as the cut, and one announced for later as its threat', () => {
    expect(coded('Kenya announced on Monday it would cut all aid to Uganda.')).toEqual([
      'KEN>UGA 162',
    ]);
    expect(coded('Kenya announced on Monday that it will cut all aid to Uganda.')).toEqual([
      'KEN>UGA 1311',
    ]);
  });

  it('codes forgiveness or an apology offered as given, other cooperation offered as intended', () => {
    expect(
      coded('Ugandan leaders said they are willing to forgive Kenyan President Uhuru Kenyatta.'),
    ).toEqual(['UGAGOV>KENGOV 056']);
    expect(coded('Uganda is willing to apologize to Kenya.')).toEqual(['UGA>KEN 055']);
    expect(coded('Uganda is willing to help Kenya.')).toEqual(['UGA>KEN 033']);
  });

  it('reads "arrested" by its own code, not by a pattern PETRARCH wrote for "took"', () => {
    expect(coded('Kenyan soldiers arrested 40 Ugandans.')).toEqual(['KENMIL>UGA 173']);
  });

  it('reaches a name set off with its title from a verb before the name', () => {
    expect(
      coded('Kenya rejected calls by Kofi Annan, UN secretary-general, to adopt reforms.'),
    ).toEqual(['KEN>IGOUNOGOV 122']);
  });

  it('codes charges as an accusation before a court (115), not an arrest', () => {
    expect(coded('Kenya charged two Ugandan officials with fraud.')).toEqual(['KEN>UGAGOV 115']);
  });

  it('reads a noun that is the object of a future verb as announced', () => {
    expect(
      events('Russia said it would tighten the naval blockade of Ukraine.').map((e) => e.code),
    ).toEqual(['137']);
  });
});
