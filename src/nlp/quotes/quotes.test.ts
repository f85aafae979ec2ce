import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../analyze/analyzer.js';
import { findMarkedQuotes } from './marks.js';

const analyzer = new Analyzer({ published: '2023-06-01' });

function quotesOf(text: string) {
  const analysis = analyzer.analyzeBody(text);
  const name = (id: string | null) => analysis.entities.find((e) => e.id === id)?.name ?? null;
  return analysis.quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: name(q.speaker) }));
}

describe('quotation marks', () => {
  it('never lets an unbalanced mark swallow the next paragraphs', () => {
    const text = 'He said "this never closes.\n\nA new paragraph "with a real quote" here.';
    const quotes = findMarkedQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(text.slice((quotes[0]?.open ?? 0) + 1, quotes[0]?.close)).toBe('with a real quote');
  });

  it('bounds a quote in a paragraph with no closing mark', () => {
    const text = `"${'word '.repeat(100_000)}`;
    expect(findMarkedQuotes(text)).toEqual([]);
  });
});

describe('quote attribution', () => {
  it.each([
    [
      'Emmanuel Macron spoke in Paris. "We will act," Macron said.',
      { text: 'We will act,', kind: 'direct', speaker: 'Emmanuel Macron' },
    ],
    [
      'Olaf Scholz arrived late. "The talks were hard," said Scholz.',
      { text: 'The talks were hard,', kind: 'direct', speaker: 'Olaf Scholz' },
    ],
    [
      'Joe Biden called the plan "reckless" on Monday.',
      { text: 'reckless', kind: 'partial', speaker: 'Joe Biden' },
    ],
    [
      'Rishi Sunak said the deal would protect jobs in Britain.',
      { text: 'the deal would protect jobs in Britain', kind: 'indirect', speaker: 'Rishi Sunak' },
    ],
  ])('%s', (text, expected) => {
    expect(quotesOf(text)).toContainEqual(expected);
  });

  it('leaves the speaker empty rather than guess', () => {
    expect(quotesOf('"Nothing is decided yet," the statement read.')).toEqual([
      { text: 'Nothing is decided yet,', kind: 'direct', speaker: null },
    ]);
  });
});
