import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { tokenize } from './index.js';

function words(text: string): string[] {
  const doc = new Doc(text);
  tokenize(doc);
  return Array.from({ length: doc.tokens.length }, (_, i) => doc.tokenText(i));
}

describe('tokenize', () => {
  it.each([
    ["India's engagement", ['India', "'s", 'engagement']],
    ['military-technical cooperation', ['military-technical', 'cooperation']],
    ['the 2+2 talks', ['the', '2+2', 'talks']],
    ['the U.S. and U.K. said', ['the', 'U.S.', 'and', 'U.K.', 'said']],
    ['Gen. Smith met Mr. Jones', ['Gen.', 'Smith', 'met', 'Mr.', 'Jones']],
    ['$1,500.50 or 3.5%', ['$', '1,500.50', 'or', '3.5%']],
    ['see https://example.com/a?b=1.', ['see', 'https://example.com/a?b=1', '.']],
    ['mail press@un.org now', ['mail', 'press@un.org', 'now']],
    ['“Yes,” he said…', ['“', 'Yes', ',', '”', 'he', 'said', '…']],
    ['IndiaNarrative.com reported', ['IndiaNarrative.com', 'reported']],
    ["they don't", ['they', 'do', "n't"]],
  ])('splits %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives offsets that slice the text back', () => {
    const text = 'Putin met Modi in New Delhi on December 6.';
    const doc = new Doc(text);
    tokenize(doc);
    for (let i = 0; i < doc.tokens.length; i++) {
      expect(text.slice(doc.tokens.start(i), doc.tokens.end(i))).toBe(doc.tokenText(i));
    }
  });

  it('survives emoji, control characters and mixed scripts', () => {
    expect(words('Hi 👋🏽 \u0007 Москва 東京')).toEqual([
      'Hi',
      '👋',
      '🏽',
      '\u0007',
      'Москва',
      '東京',
    ]);
  });

  it('gives no tokens for empty or blank text', () => {
    expect(words('')).toEqual([]);
    expect(words(' \n\t\u00a0\u2028 ')).toEqual([]);
  });

  it('issue 5: splits runs like a+a+a+… in time linear in their length', () => {
    // Each token start used to rescan the rest of the run for an e-mail address: 80 kB took 50 s.
    const run = 'a+'.repeat(200_000);
    const doc = new Doc(run);
    tokenize(doc);
    expect(doc.tokens.length).toBe(400_000);
  });

  it('keeps e-mail addresses whole, up to a 64-character local part', () => {
    expect(words(`write to ${'x'.repeat(64)}@un.org`)).toEqual([
      'write',
      'to',
      `${'x'.repeat(64)}@un.org`,
    ]);
  });
});
