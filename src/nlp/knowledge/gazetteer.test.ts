import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';

const gazetteer = new Gazetteer({
  countries: [],
  places: [],
  people: [],
  organisations: [
    { name: "Kurdistan Workers' Party", aliases: ['PKK'], code: 'KURREB' },
    { name: 'Bank of England', aliases: [], code: 'GBRBUS' },
  ],
  norps: [],
});

describe('Gazetteer.hasLongerKey', () => {
  it('is true for a key that a longer key continues by a word or a joined possessive', () => {
    expect(gazetteer.hasLongerKey('bank')).toBe(true);
    expect(gazetteer.hasLongerKey('bank of')).toBe(true);
    expect(gazetteer.hasLongerKey('kurdistan workers')).toBe(true);
    expect(gazetteer.hasLongerKey("kurdistan workers'")).toBe(true);
  });

  it('is false for whole keys nothing continues, and for unknown starts', () => {
    expect(gazetteer.hasLongerKey('bank of england')).toBe(false);
    expect(gazetteer.hasLongerKey('pkk')).toBe(false);
    expect(gazetteer.hasLongerKey('ban')).toBe(false);
    expect(gazetteer.hasLongerKey('the')).toBe(false);
  });
});

describe('Gazetteer.peopleBySurname', () => {
  const people = new Gazetteer({
    countries: [],
    places: [],
    people: [{ id: 'p1', name: 'Sergei Shoigu', aliases: [], offices: [] }],
    organisations: [],
    norps: [],
  });

  it('answers the same for a surname asked again, in any case', () => {
    expect(people.peopleBySurname('Shoigu').map((p) => p.id)).toEqual(['p1']);
    expect(people.peopleBySurname('Shoigu').map((p) => p.id)).toEqual(['p1']);
    expect(people.peopleBySurname('SHOIGU').map((p) => p.id)).toEqual(['p1']);
    expect(people.peopleBySurname('Sergei')).toEqual([]);
  });
});
