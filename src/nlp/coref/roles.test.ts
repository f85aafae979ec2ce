import { describe, expect, it } from 'vitest';
import { referentsOn } from './referents-fixture.js';

const referents = referentsOn('2023-06-01');

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
    // A role that speaks may be a speaker entity of its own (the quote stage's), never another's.
    expect(referents(text, role).filter((name) => name !== role)).toEqual([]);
  });
});

describe('pronouns after an untyped speaking name', () => {
  it('resolve to the name that spoke', () => {
    const text = '"We will act," Zorbulon said. "Today," he said.';
    expect(referents(text, 'he')).toEqual(['Zorbulon']);
  });
});
