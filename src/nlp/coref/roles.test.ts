import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../analyze/analyzer.js';

const analyzer = new Analyzer({ published: '2023-06-01' });

/** The name of the entity each mention with the given text refers to. */
function referents(text: string, mention: string): string[] {
  const analysis = analyzer.analyzeBody(text);
  return analysis.entities.flatMap((e) =>
    e.mentions.filter((m) => m.text === mention).map(() => e.name),
  );
}

describe('role nominals', () => {
  it.each([
    [
      'the Republican nominee',
      'Donald Trump spoke in Ohio. The Republican nominee said taxes would fall.',
    ],
    ['the former senator', 'Joe Biden spoke in Ohio. The former senator said taxes would fall.'],
  ])('resolve %s to the latest person named', (role, text) => {
    const found = referents(text, role.replace(/^the/u, 'The'));
    expect(found).toHaveLength(1);
    expect(text.startsWith(found[0] ?? '-')).toBe(true);
  });

  it.each([
    [
      'no person named before',
      'The Republican nominee said taxes would fall.',
      'The Republican nominee',
    ],
    [
      'a role followed by of',
      'Joe Biden spoke. The president of France said nothing.',
      'The president',
    ],
    [
      'a person too far back',
      'Joe Biden spoke. A. B. C. D. The former senator said nothing.',
      'The former senator',
    ],
  ])('stay unresolved with %s', (_name, text, role) => {
    expect(referents(text, role)).toEqual([]);
  });
});

describe('pronouns after an untyped speaking name', () => {
  it('resolve to the name that spoke', () => {
    const text = '"We will act," Zorbulon said. "Today," he said.';
    const analysis = analyzer.analyzeBody(text);
    const he = analysis.entities.find((e) => e.mentions.some((m) => m.text === 'he'));
    expect(he?.name).toBe('Zorbulon');
  });
});
