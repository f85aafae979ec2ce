import { describe, expect, it } from 'vitest';
import { referentsOn } from './referents-fixture.js';

const referents = referentsOn('2016-10-01');

describe('issue 7: `the president` is the one named office holder', () => {
  it('gives `the president` the person holding the office, not the latest person', () => {
    const text =
      'Barack Obama met Donald Trump on Monday. Trump spoke first. "We will win," the president said.';
    expect(referents(text, 'the president')).toEqual(['Barack Obama']);
  });

  it('leaves `the president of` to the role rules', () => {
    const text =
      'Barack Obama met Donald Trump on Monday. The president of the club, Trump said, was late.';
    expect(referents(text, 'The president')).not.toContain('Barack Obama');
  });
});
