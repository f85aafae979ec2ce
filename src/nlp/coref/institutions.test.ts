import { describe, expect, it } from 'vitest';
import { referentsOn } from './referents-fixture.js';

const referents = referentsOn('2016-10-01');

describe('issue 7: `the <institution noun>` takes up the organisation named so', () => {
  it('gives `the fund` the organisation whose name ends with `Fund`', () => {
    const text =
      'The International Monetary Fund cut its forecast on Tuesday. Still, the fund warned that growth would slow.';
    expect(referents(text, 'the fund')).toEqual(['International Monetary Fund']);
  });

  it('leaves `the fund` alone when no organisation is named so', () => {
    const text =
      'The World Bank cut its forecast on Tuesday. Still, the fund warned that growth would slow.';
    // The fund speaks, so it is an entity of its own: not the World Bank.
    expect(referents(text, 'the fund')).not.toContain('World Bank');
  });

  it('leaves `the bank of` alone: it names something else', () => {
    const text =
      'The World Bank cut its forecast. Analysts at the bank of a small town disagreed with the forecast.';
    expect(referents(text, 'the bank')).toEqual([]);
  });
});
