import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../analyze/analyzer.js';

const analyzer = new Analyzer({ published: '2016-10-01' });

/** Each mention text with the name of its entity, in text order. */
function mentions(text: string): string[] {
  const analysis = analyzer.analyzeBody(text);
  return analysis.entities
    .flatMap((e) => e.mentions.map((m) => [m.start, `${m.text}→${e.name}`] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, label]) => label);
}

describe('a surname alone', () => {
  it('in the headline refers to the person the article names in full later', () => {
    const text = 'Stein questions the debate rules\n\nJill Stein spoke on Monday.';
    expect(mentions(text)).toEqual(['Stein→Jill Stein', 'Jill Stein→Jill Stein']);
  });

  it('after the headline refers only to a person named earlier', () => {
    const text = 'The debate was held.\n\nStein questions the rules. Jill Stein spoke on Monday.';
    expect(mentions(text)).toEqual(['Jill Stein→Jill Stein']);
  });
});
