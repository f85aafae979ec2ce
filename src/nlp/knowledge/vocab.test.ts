import { describe, expect, it } from 'vitest';
import { defaultKnowledge } from './load.js';
import { phraseKey } from './phrase.js';

const kb = defaultKnowledge();
const roleOf = (words: string): string | undefined =>
  kb.roleNouns.find((r) => phraseKey(r.words) === phraseKey(words))?.role;
const titleOf = (words: string): string | null | undefined =>
  kb.titles.find((t) => phraseKey(t.words) === phraseKey(words))?.implies;

describe('role nouns and titles', () => {
  it.each([
    ['minister', 'GOV'],
    ['prime minister', 'GOV'],
    ['defence minister', 'GOVMIL'],
    ['troops', 'MIL'],
    ['police', 'COP'],
    ['rebels', 'REB'],
    ['lawmakers', 'GOVLEG'],
    ['judge', 'JUD'],
    ['opposition', 'OPP'],
    ['farmers', 'AGR'],
  ])('codes the role noun %s as %s', (words, role) => {
    expect(roleOf(words)).toBe(role);
  });

  it.each([
    ['President', 'HOS'],
    ['Prime Minister', 'HOG'],
    ['PM', 'HOG'],
    ['Defence Minister', 'DEF'],
    ['Foreign Minister', 'FOR'],
    ['Gen.', 'MIL'],
    ['Mr', null],
  ])('reads the title %s as %s', (words, implies) => {
    expect(titleOf(words)).toBe(implies);
  });

  it('keeps curated role nouns ahead of Phoenix ones', () => {
    expect(kb.roleNouns.find((r) => r.words === 'defence minister')?.source).toBe('curated');
  });
});
