import { describe, expect, it } from 'vitest';
import { findMarkedQuotes } from './marks.js';
import { MAX_QUOTE_CHARS } from './vocabulary.js';

const contents = (text: string) =>
  findMarkedQuotes(text).map((q) => text.slice(q.open + 1, q.close));

describe('quotation marks', () => {
  it('never lets an unbalanced mark swallow the next paragraphs', () => {
    const text = 'He said "this never closes.\n\nA new paragraph "with a real quote" here.';
    expect(contents(text)).toEqual(['with a real quote']);
  });

  it.each([
    [
      'curly opening, straight closing',
      '“Our roads are crumbling," she said.',
      'Our roads are crumbling,',
    ],
    ['straight opening, curly closing', 'He said "it is over” and left.', 'it is over'],
    ['the matching mark first', '“It is over,” he said, "done."', 'It is over,'],
    [
      'a closing mark that opens',
      '― Jane Doe\n\n”Mr. Trump scares me.” ― John Roe',
      'Mr. Trump scares me.',
    ],
  ])('pairs mixed double marks: %s', (_name, text, quote) => {
    expect(contents(text)[0]).toBe(quote);
  });

  it('bounds a quote in a paragraph with no closing mark', () => {
    const text = `"${'word '.repeat(100_000)}`;
    expect(findMarkedQuotes(text)).toEqual([]);
  });

  it('bounds a quote continued over many paragraphs that never closes', () => {
    const text = `"${'Some words here.\n\n"'.repeat(2000)}`;
    expect(findMarkedQuotes(text)).toEqual([]);
    expect(MAX_QUOTE_CHARS).toBeLessThan(text.length);
  });

  it.each([
    ['straight marks', 'He said "we will act" today.', ['we will act']],
    ['curly marks', 'He said “we will act” today.', ['we will act']],
    ['doubled apostrophes', "He said ''we will act'' today.", ['we will act']],
    ['guillemets', 'Il a dit «nous agirons» hier.', ['nous agirons']],
    [
      'a nested single quote',
      'She said "he called it \'fake\' twice" then.',
      ["he called it 'fake' twice"],
    ],
    [
      'a quote over two paragraphs, reopened on the second',
      '"We will act.\n\n"And we will win," he said.',
      ['We will act.\n\n"And we will win,'],
    ],
    ['an apostrophe, not a mark', "It's the senators' plan.", []],
  ])('pairs %s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});
