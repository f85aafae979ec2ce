import { describe, expect, it } from 'vitest';
import { defaultKnowledge, loadKnowledge } from './load.js';

const kb = defaultKnowledge();
const kinds = (phrase: string): string[] => kb.lookup(phrase).map((h) => h.kind);
const countryOf = (phrase: string, kind: string): string | undefined => {
  for (const h of kb.lookup(phrase)) {
    if (h.kind !== kind) continue;
    if (h.kind === 'country' || h.kind === 'demonym') return h.entry.iso3;
    if (h.kind === 'place' || h.kind === 'regionAdjective') return h.entry.country ?? undefined;
  }
  return undefined;
};

describe('loadKnowledge', () => {
  it.each([
    ['India', 'country', 'IND'],
    ['Indian', 'demonym', 'IND'],
    ['New Delhi', 'place', 'IND'],
    ['Russia', 'country', 'RUS'],
    ['Russian', 'demonym', 'RUS'],
    ['Moscow', 'place', 'RUS'],
    ['U.S.', 'country', 'USA'],
    ['US', 'country', 'USA'],
    ['America', 'country', 'USA'],
    ['Britain', 'country', 'GBR'],
    ['UK', 'country', 'GBR'],
    ['Burma', 'country', 'MMR'],
    ['Emirati', 'demonym', 'ARE'],
    ['Chinese', 'demonym', 'CHN'],
    ['East Timor', 'country', 'TLS'],
    ['Guinea', 'country', 'GIN'],
  ])('finds %s as a %s of %s', (phrase, kind, iso3) => {
    expect(countryOf(phrase, kind)).toBe(iso3);
  });

  it('finds India by name, adjective and capital, whatever the case', () => {
    expect(kinds('india')).toContain('country');
    expect(kinds('INDIAN')).toContain('demonym');
    expect(kinds('new   delhi')).toContain('place');
    expect(kb.countries.get('IND')?.capital).toBe('New Delhi');
  });

  it.each([
    ['IND', 'India'],
    ['RUS', 'Russia'],
    ['USA', 'United States'],
    ['CHN', 'China'],
    ['VNM', 'Vietnam'],
    ['EGY', 'Egypt'],
    ['DZA', 'Algeria'],
    ['MMR', 'Myanmar'],
  ])('names %s %s', (iso3, name) => {
    expect(kb.countries.get(iso3)?.name).toBe(name);
  });

  it.each([
    ['Central Asia', 'place'],
    ['Central Asian', 'regionAdjective'],
    ['the Middle East', 'place'],
    ['Southeast Asian', 'regionAdjective'],
    ['Soviet', 'norp'],
  ])('knows the region word %s', (phrase, kind) => {
    expect(kinds(phrase)).toContain(kind);
  });

  it('gives the CAMEO region code of a named region', () => {
    const hit = kb.lookup('Central Asia').find((h) => h.kind === 'place');
    expect(hit?.kind === 'place' ? hit.entry.regionCode : undefined).toBe('CAS');
  });

  it.each([
    ['United Nations', 'IGOUNO'],
    ['Amnesty International', 'NGOHRIAMN'],
    ['NATO', 'IGOWSTNAT'],
  ])('codes the organisation %s as %s', (phrase, code) => {
    const codes = kb
      .lookup(phrase)
      .flatMap((h) => (h.kind === 'organisation' ? [h.entry.code] : []));
    expect(codes).toContain(code);
  });

  it('refuses an empty phrase', () => {
    expect(kb.lookup('')).toEqual([]);
    expect(kb.lookup('   ')).toEqual([]);
    expect(kb.peopleBySurname('')).toEqual([]);
  });

  it('does not treat common English words as names', () => {
    expect(kinds('the')).toEqual([]);
    expect(kinds('government')).toEqual([]);
  });

  it('knows how far a matcher must look ahead', () => {
    expect(kb.maxPhraseTokens).toBeGreaterThanOrEqual(5);
    expect(kb.maxPhraseTokens).toBeLessThan(30);
  });

  it('loads once per process', () => {
    expect(defaultKnowledge()).toBe(kb);
  });

  it('names the missing file when the data folder is wrong', () => {
    expect(() => loadKnowledge('/nonexistent')).toThrow(
      /NG_E005: \/nonexistent\/lexicon\/countries.json/,
    );
  });
});
