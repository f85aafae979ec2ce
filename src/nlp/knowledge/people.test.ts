import { describe, expect, it } from 'vitest';
import { defaultKnowledge } from './load.js';
import type { Person } from './types.js';

const kb = defaultKnowledge();
const person = (name: string): Person | undefined =>
  kb.lookup(name).flatMap((h) => (h.kind === 'person' ? [h.entry] : []))[0];

describe('people and offices', () => {
  it.each([
    ['Sergei Shoigu', '2021-12', 'RUS', 'DEF'],
    ['Sergey Shoygu', '2021-12-06', 'RUS', 'DEF'],
    ['Rajnath Singh', '2021-12-06', 'IND', 'DEF'],
    ['Rajnath Singh', '2016', 'IND', 'INT'],
    ['Narendra Modi', '2021-12-06', 'IND', 'HOG'],
    ['Vladimir Putin', '2021-12-06', 'RUS', 'HOS'],
    ['Vladimir Putin', '2010-06', 'RUS', 'HOG'],
  ])('%s on %s holds %s %s', (name, date, country, role) => {
    const p = person(name);
    expect(p).toBeDefined();
    const office = p ? kb.officeOn(p, date) : undefined;
    expect(office?.country).toBe(country);
    expect(office?.role).toBe(role);
  });

  it("knows who was Russia's defence minister in December 2021", () => {
    const holders = kb
      .peopleBySurname('Shoigu')
      .filter((p) => kb.officeOn(p, '2021-12', 'RUS')?.role === 'DEF');
    expect(holders.map((p) => p.id)).toEqual(['Q32024']);
  });

  it('ends Shoigu as defence minister in May 2024', () => {
    const p = person('Sergei Shoigu');
    const def = p?.offices.find((o) => o.role === 'DEF');
    expect(def?.end).toBe('2024-05-14');
    expect(p && kb.officeOn(p, '2024-06')).toBeUndefined();
  });

  it('gives the running office when no date is asked', () => {
    const p = person('Narendra Modi');
    expect(p && kb.officeOn(p, null)).toMatchObject({ country: 'IND', role: 'HOG', end: null });
  });

  it('refuses a malformed date', () => {
    const p = person('Narendra Modi');
    expect(p && kb.officeOn(p, 'last week')).toBeUndefined();
  });

  it('finds people by surname, whatever the case', () => {
    expect(kb.peopleBySurname('modi').map((p) => p.id)).toContain('Q1058');
    expect(kb.peopleBySurname('Putin').map((p) => p.id)).toContain('Q7747');
  });

  it('finds a long name misspelt by one letter of the surname, and no short name', () => {
    expect(kb.peopleByNearSpelling('Abdelaziz Bouteflicka').map((p) => p.name)).toEqual([
      'Abdelaziz Bouteflika',
    ]);
    expect(kb.peopleByNearSpelling('Laurent Gbago').map((p) => p.name)).toEqual(['Laurent Gbagbo']);
    expect(kb.peopleByNearSpelling('Vladimir Putn').map((p) => p.name)).toEqual(['Vladimir Putin']);
    expect(kb.peopleByNearSpelling('Jon Smyth')).toEqual([]);
  });

  it('gives an undated text the code that ended last when none still runs', () => {
    const p = person('Moody Awori');
    expect(p && kb.codeOn(p, null)?.code).toBe('KENGOV');
  });
});
