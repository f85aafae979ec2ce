import { describe, expect, it } from 'vitest';
import { defaultComponents } from '../../analyze/components.js';
import { defaultResources } from '../../analyze/resources.js';
import { Doc } from '../../doc/doc.js';
import { Pipeline } from '../../doc/pipeline.js';
import type { Entity } from '../../doc/types.js';

const pipeline = new Pipeline(defaultComponents(defaultResources()), {
  disable: ['quotes', 'events'],
});

function entities(text: string, published = '1996-08-30'): Doc {
  const doc = new Doc(text, { published: { value: published, source: 'given' } });
  pipeline.run(doc);
  return doc;
}

function entityNamed(doc: Doc, text: string): Entity | undefined {
  const mention = doc.mentions.find((m) => m.kind === 'name' && m.text === text);
  return mention ? doc.entities[mention.entity] : undefined;
}

describe('linking people by their titles', () => {
  it('codes an unknown person by the country and role before the title', () => {
    const doc = entities(
      'Kyrgyz Prime Minister Nikolai Tanaev met Pakistan President Ali Khanzada.',
    );
    expect(entityNamed(doc, 'Nikolai Tanaev')?.actor).toBe('KGZGOV');
    expect(entityNamed(doc, 'Ali Khanzada')?.actor).toBe('PAKGOV');
  });

  it('takes the role from lower-case role words ("opposition leader")', () => {
    const doc = entities('Zimbabwe opposition leader Morgan Tsvangirai spoke.');
    expect(entityNamed(doc, 'Morgan Tsvangirai')?.actor).toBe('ZWEOPP');
  });

  it('codes a spokesman by the institution named before the title', () => {
    const doc = entities(
      'State Department spokesman Glyn Davies and German Foreign Ministry spokesman Martin Erdmann spoke.',
    );
    expect(entityNamed(doc, 'Glyn Davies')?.actor).toBe('USAGOV');
    expect(entityNamed(doc, 'Martin Erdmann')?.actor).toBe('DEUGOV');
  });

  it('codes a former office holder as an elite, not the office', () => {
    const doc = entities('Former Tanzanian president Julius Nyerere arrived.');
    expect(entityNamed(doc, 'Julius Nyerere')?.actor).toBe('TZAELI');
  });

  it('codes a title without a country as its role of unknown country when none dominates', () => {
    const doc = entities('Judge Alejandro Rivera said the case was closed.');
    expect(entityNamed(doc, 'Alejandro Rivera')?.actor).toBe('---JUD');
  });

  it("uses the article's dominant country for a title without one", () => {
    const doc = entities(
      'Colombia said on Friday that the talks in Colombia would go on. Judge Alejandro Rivera said the case was closed in Colombia.',
    );
    expect(entityNamed(doc, 'Alejandro Rivera')?.actor).toBe('COLJUD');
  });

  it('finds a leader under another spelling of the name', () => {
    const doc = entities('Sudanese President Omar El Bashir spoke.', '2010-05-01');
    expect(entityNamed(doc, 'Omar El Bashir')).toMatchObject({
      actor: 'SDNGOV',
      name: 'Omar al-Bashir',
    });
  });

  it('folds a surname named before or after the full name into one entity', () => {
    const doc = entities(
      'Yeltsin backs Lebed plan.\nRussian security chief Alexander Lebed said Lebed was ready.',
    );
    const lebed = entityNamed(doc, 'Alexander Lebed');
    expect(lebed?.actor).toBe('RUSGOV');
    expect(lebed?.mentions).toHaveLength(3);
  });
});

describe('linking metonyms and institutions', () => {
  it('codes seats of government as the government', () => {
    const doc = entities('The Kremlin and Whitehall disagreed with the White House.');
    expect(entityNamed(doc, 'Kremlin')?.actor).toBe('RUSGOV');
    expect(entityNamed(doc, 'Whitehall')?.actor).toBe('GBRGOV');
    expect(entityNamed(doc, 'White House')?.actor).toBe('USAGOV');
  });

  it('codes a capital acting as the government apart from the capital as a place', () => {
    const doc = entities('Moscow sent troops to the region. Talks were held in Moscow.');
    const actors = doc.mentions
      .filter((m) => m.text === 'Moscow')
      .map((m) => doc.entities[m.entity]?.actor);
    expect(actors).toEqual(['RUSGOV', 'RUS']);
  });

  it('codes an unknown ministry by the demonym before it', () => {
    const doc = entities('The German Foreign Ministry said talks would go on.');
    expect(entityNamed(doc, 'Foreign Ministry')?.actor).toBe('DEUGOV');
  });
});

describe('placing cities on the map', () => {
  it('places a city by the region named after it, and by the gazetteer otherwise', () => {
    const texas = entityNamed(entities('A storm hit Paris, Texas on Friday.'), 'Paris');
    expect(texas).toMatchObject({ country: 'USA', actor: null });
    expect(texas?.lat).toBeCloseTo(33.66, 1);
    const france = entityNamed(entities('Talks opened in Paris on Friday.'), 'Paris');
    expect(france).toMatchObject({ country: 'FRA', actor: 'FRA' });
    expect(france?.lon).toBeCloseTo(2.35, 1);
  });

  it('places an ambiguous city in the country the article names', () => {
    const pakistan = entityNamed(
      entities('Police in Hyderabad said Pakistan would act. Pakistan denied it.'),
      'Hyderabad',
    );
    expect(pakistan?.country).toBe('PAK');
    const india = entityNamed(entities('Police in Hyderabad said India would act.'), 'Hyderabad');
    expect(india?.country).toBe('IND');
  });
});

describe('placing a big city', () => {
  it('keeps Paris in France when the article names only the United States', () => {
    const doc = entities('The United States said talks would be held in Paris.');
    expect(entityNamed(doc, 'Paris')?.country).toBe('FRA');
  });
});

describe('linking known organisations', () => {
  it('keeps apart two organisations that share an actor code', () => {
    const doc = entities('Boeing signed a deal with Exxon Mobil.');
    const boeing = entityNamed(doc, 'Boeing');
    const exxon = entityNamed(doc, 'Exxon Mobil');
    expect(boeing?.actor).toBe('MNCUSA');
    expect(exxon?.actor).toBe('MNCUSA');
    expect(boeing).not.toBe(exxon);
  });

  it('makes one entity of an organisation’s name and its acronym from the dictionaries', () => {
    const doc = entities(
      'The United Nations met in Geneva. Then UN officials and U.N. envoys left.',
    );
    const un = entityNamed(doc, 'The United Nations');
    expect(un?.actor).toBe('IGOUNO');
    expect(entityNamed(doc, 'UN')).toBe(un);
    expect(entityNamed(doc, 'U.N.')).toBe(un);
  });
});
