import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../analyze/analyzer.js';
import { insideQuotation, nounBetween } from './groups.js';

const analyzer = new Analyzer({ published: '2016-10-01' });

/** The entity name each mention with the given text refers to, in order. */
function referents(text: string, pronoun: string): string[] {
  const analysis = analyzer.analyzeBody(text);
  const found: { start: number; name: string }[] = [];
  for (const e of analysis.entities)
    for (const m of e.mentions)
      if (m.text === pronoun) found.push({ start: m.start, name: e.name });
  return found.sort((a, b) => a.start - b.start).map((f) => f.name);
}

describe('issue 7: a speaking "it" or "they" takes an organisation or a group', () => {
  it('gives "it" before a cue verb the organisation named before it', () => {
    const text =
      'Although the IMF did not single out any proposal, it referenced rising tension in advanced economies.';
    expect(referents(text, 'it')).toEqual(['IMF']);
  });

  it('gives "they" before a cue verb a group named in the plural', () => {
    const text = 'Senate Republicans met on Monday. They said the deal was a mistake.';
    expect(referents(text, 'They')).toEqual(['Senate Republicans']);
  });

  it('leaves "it" alone when a noun phrase stands between (`the letter`)', () => {
    const text = 'The IMF sent a letter on Thursday. It says the plan is risky.';
    expect(referents(text, 'It')).toEqual([]);
  });

  it('leaves "it" alone when it does not speak', () => {
    const text = 'The IMF met on Monday. It is based in Washington.';
    expect(referents(text, 'It')).toEqual([]);
  });

  it('leaves "it" inside a quotation alone', () => {
    const text = 'The IMF met on Monday. Lagarde said, "When it says growth is slow, it means it."';
    expect(referents(text, 'it')).toEqual([]);
  });
});

describe('the group-pronoun checks', () => {
  it.each([
    ['it', ['sent', 'a', 'letter'], true],
    ['it', ['did', 'not', 'single', 'out', 'trump'], false],
    ['they', ['interviewed', '20', 'crew', 'members'], true],
    ['they', ['met', 'on', 'monday', 'and', 'was', 'told'], false],
  ] as const)('%s after %j: a noun phrase between is %s', (pronoun, words, expected) => {
    expect(nounBetween(pronoun, words)).toBe(expected);
  });

  it('tells an open quotation', () => {
    expect(insideQuotation('Trump said, “When')).toBe(true);
    expect(insideQuotation('As “The Journal” wrote,')).toBe(false);
    expect(insideQuotation('He said, "When')).toBe(true);
  });
});

describe('issue 7: a speaking relative pronoun after an organisation or group', () => {
  it('gives `which` before a cue verb the organisation named just before it', () => {
    const text =
      'They turned to the Chicago Police Department which reported 3,000 shootings in the city.';
    expect(referents(text, 'which')).toEqual(['Police Department']);
  });

  it('does not give `who` an organisation: `a staffer at the State Department who told`', () => {
    const text = 'A staffer at the State Department who told his aides to keep quiet was fired.';
    expect(referents(text, 'who')).toEqual([]);
  });
});
