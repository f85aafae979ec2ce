import { describe, expect, it } from 'vitest';
import { insideQuotation, nounBetween } from './groups.js';
import { referentsOn } from './referents-fixture.js';

const referents = referentsOn('2016-10-01');

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

  it('gives "it" opening a clause as its subject the organisation (`Recently, however, it issued`)', () => {
    const text = 'The IMF met on Monday. Recently, however, it issued a paper welcoming the plan.';
    expect(referents(text, 'it')).toEqual(['IMF']);
  });

  it.each([
    ['it is worth', 'The IMF met on Monday. It is worth remembering the plan.'],
    ['it seems', 'The IMF met on Monday. It seems unfair to many.'],
    ['it is not the subject of a verb', 'The IMF met on Monday. Nobody knew what it was.'],
  ])('leaves "it" alone where it stands for nothing (`%s`)', (_name, text) => {
    expect(referents(text, 'It')).toEqual([]);
    expect(referents(text, 'it')).toEqual([]);
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
    expect(referents(text, 'which')).toEqual(['Chicago Police Department']);
  });

  it('does not give `who` an organisation: `a staffer at the State Department who told`', () => {
    const text = 'A staffer at the State Department who told his aides to keep quiet was fired.';
    // The quote stage reads `who` as the staffer who told.
    expect(referents(text, 'who')).toEqual(['A staffer']);
  });
});

describe('issue 7: a speaking "they" after a pair of named people', () => {
  it('takes the last of the pair, past party labels in parentheses', () => {
    const text =
      'Jon Tester (D-Mont.) and David Vitter (R-La.) spoke on Tuesday. They argue that the bank is too big.';
    expect(referents(text, 'They')).toEqual(['David Vitter']);
  });

  it('keeps the pair that spoke over a plural object of its cue', () => {
    const text =
      'Chuck Grassley and Patrick Leahy wrote on Monday. Mr. Grassley and Mr. Leahy say other changes are needed. The program needs oversight, they say.';
    expect(referents(text, 'they')).toEqual(['Patrick Leahy']);
  });

  it('does not take two names that are no pair (`Tester met Vitter`)', () => {
    const text = 'Jon Tester met David Vitter on Tuesday. They argue that the bank is too big.';
    expect(referents(text, 'They')).toEqual([]);
  });
});
