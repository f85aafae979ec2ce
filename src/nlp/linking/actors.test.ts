import { describe, expect, it } from 'vitest';
import { defaultComponents } from '../../analyze/components.js';
import { defaultResources } from '../../analyze/resources.js';
import { Doc } from '../../doc/doc.js';
import { Pipeline } from '../../doc/pipeline.js';

const pipeline = new Pipeline(defaultComponents(defaultResources()), {
  disable: ['quotes', 'events'],
});

/** The actor of the entity of the first name mention with this text. */
function actorOf(text: string, name: string, published: string): string | null | undefined {
  const doc = new Doc(text, { published: { value: published, source: 'given' } });
  pipeline.run(doc);
  const mention = doc.mentions.find((m) => m.kind === 'name' && m.text === name);
  return mention ? (doc.entities[mention.entity]?.actor ?? null) : undefined;
}

describe('issue 6: actors the tables lacked', () => {
  it.each([
    // Phoenix's dated codes: a leader before the leaders table's own terms begin.
    ['Boris Yeltsin met the press in Moscow.', 'Boris Yeltsin', '1996-08-30', 'RUSGOV'],
    ['Yeltsin met the press in Moscow.', 'Yeltsin', '1996-08-30', 'RUSGOV'],
    ['Benjamin Netanyahu flew to Cairo.', 'Benjamin Netanyahu', '1997-02-01', 'ISRGOV'],
    // A surname alone that the tables list.
    ['Putin said Russia would respond.', 'Putin', '2023-05-01', 'RUSGOV'],
    // Former leaders are elites.
    ['Moon Jae-in met Lee in Seoul.', 'Moon Jae-in', '2023-05-01', 'KORELI'],
    // International organisations written in full.
    [
      'The European Community on Monday gave its backing.',
      'European Community',
      '1991-05-06',
      'IGOEEC',
    ],
    [
      'Ministers met at the Asia-Pacific Economic Cooperation (APEC) forum.',
      'APEC',
      '2004-11-20',
      'IGO',
    ],
    [
      "The Kurdistan Workers' Party attacked a post.",
      "Kurdistan Workers' Party",
      '2004-01-01',
      'TURREB',
    ],
    ['The Bush administration said it would veto the bill.', 'Bush', '2005-03-01', 'USAGOV'],
    // A title naming no country is held in the person's own, not the article's dominant one.
    ['Secretary of State John Kerry met Lavrov.', 'John Kerry', '2021-12-06', 'USAGOV'],
    // "Minister of Education" is a title, not part of the name it precedes.
    [
      'Italian Minister of Education Stefania Giannini spoke.',
      'Stefania Giannini',
      '2015-01-01',
      'ITAGOV',
    ],
  ])('%s → %s', (text, name, published, actor) => {
    expect(actorOf(text, name, published)).toBe(actor);
  });
});

describe('issue 6: parties by the date', () => {
  it.each([
    ['The BNP called a strike in Dhaka and Chittagong.', 'BNP', '2022-07-01', 'BGDOPP'],
    ['The BNP called a strike in Dhaka and Chittagong.', 'BNP', '2003-07-01', 'BGDGOV'],
    ['The Awami League met in Dhaka and Chittagong.', 'Awami League', '2022-07-01', 'BGDGOV'],
    ['KDP fighters took Arbil, in Iraq, from Iraq.', 'KDP', '1996-08-30', 'IRQREB'],
  ])('%s (%s on %s) → %s', (text, name, published, actor) => {
    expect(actorOf(text, name, published)).toBe(actor);
  });

  it('codes a person by the party named after the name', () => {
    const text = 'On Monday, Kim Sang-ho and Lee Ji-min from the ruling People Power Party spoke.';
    expect(actorOf(text, 'Kim Sang-ho', '2022-07-01')).toBe('KORGOV');
    expect(actorOf(text, 'Lee Ji-min', '2022-07-01')).toBe('KORGOV');
  });
});

describe('issue 6: titles in apposition and institutions by their words', () => {
  it.each([
    ['Viktor Hramov, speaker of the Belarus parliament, said no.', 'Viktor Hramov', 'BLRGOV'],
    ["Oleg Tsepko, Lukashenko's political adviser, said no.", 'Oleg Tsepko', 'BLRGOV'],
    ['He met the U.S. special envoy to Burundi, Mark Dalton, on Friday.', 'Mark Dalton', 'USAGOV'],
    // An organisation's title in apposition gives the organisation's code.
    ['Karl Berger, the UN secretary-general, said no.', 'Karl Berger', 'IGOUNO'],
  ])('%s', (text, name, actor) => {
    expect(actorOf(text, name, '1996-08-30')).toBe(actor);
  });

  it('does not take a clause after a comma for a title', () => {
    const text = "Moscow's Central Clinical Hospital, where the president was treated, is closed.";
    expect(actorOf(text, 'Central Clinical Hospital', '1996-08-30')).toBeNull();
  });

  it('joins an acronym defined in brackets to its name', () => {
    const text =
      'Dhaka and Dhaka again: the Election Commission (EC) met in Bangladesh. The EC said so.';
    const doc = new Doc(text, { published: { value: '2022-07-01', source: 'given' } });
    pipeline.run(doc);
    const ec = doc.mentions.filter((m) => m.text === 'EC');
    expect(ec).toHaveLength(2);
    expect(new Set(ec.map((m) => doc.entities[m.entity]?.name))).toEqual(
      new Set(['Election Commission']),
    );
  });

  it.each([
    ['The U.S. Air Force flew over Iraq, the United States said.', 'Air Force', 'USAMIL'],
    [
      'South Korea and Seoul: the National Police Agency said so in South Korea.',
      'National Police Agency',
      'KORCOP',
    ],
    [
      'South Korea and Seoul: the Ministry of Government Legislation said so in South Korea.',
      'Ministry of Government Legislation',
      'KORGOV',
    ],
  ])('%s', (text, name, actor) => {
    expect(actorOf(text, name, '2022-07-01')).toBe(actor);
  });
});

describe('issue 6: Bonn as the seat of government before 1999', () => {
  it('codes Bonn acting as DEUGOV in 1996 and as a plain city in 2005', () => {
    expect(actorOf('Bonn appeals for peace in the region.', 'Bonn', '1996-08-30')).toBe('DEUGOV');
    expect(actorOf('Bonn appeals for peace in the region.', 'Bonn', '2005-08-30')).toBeNull();
  });

  it('leaves "the former Yugoslavia" without an actor, and Yugoslavia in 1996 is SRB', () => {
    const text =
      'Poland will sign a pact with Yugoslavia, the only state of the former Yugoslavia to ask.';
    const doc = new Doc(text, { published: { value: '1996-08-30', source: 'given' } });
    pipeline.run(doc);
    const actors = doc.mentions
      .filter((m) => m.text === 'Yugoslavia')
      .map((m) => doc.entities[m.entity]?.actor);
    expect(actors).toEqual(['SRB', null]);
  });
});

describe('a titled surname in an undated text', () => {
  function undatedActorOf(text: string, name: string): string | null | undefined {
    const doc = pipeline.run(new Doc(text));
    const mention = doc.mentions.find((m) => m.kind === 'name' && m.text === name);
    return mention ? (doc.entities[mention.entity]?.actor ?? null) : undefined;
  }

  it('is the one person of that surname who held the office the title names', () => {
    expect(undatedActorOf('President Bush threatened Russia.', 'Bush')).toBe('USAGOV');
  });

  it('is no office holder where no one of that surname held that office, only the title', () => {
    expect(undatedActorOf('Archbishop Bush threatened Russia.', 'Bush')).toBe('---CHR');
  });

  it.each([
    // An unknown name before the title may own it: no guess.
    ['The UAW President Ron Gettelfinger spoke.', 'Ron Gettelfinger', null],
    ['Nigerian junior foreign minister Dubem Oniya summoned the envoy.', 'Dubem Oniya', 'NGAGOV'],
    // A known person titled in an undated text: the title's role in their own country.
    ['President Francois Mitterrand welcomed the envoy.', 'Francois Mitterrand', 'FRAGOV'],
  ])('%s → %s', (text, name, actor) => {
    expect(undatedActorOf(text, name)).toBe(actor);
  });
});
