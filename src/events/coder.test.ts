import { describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer.js';

const analyzer = new Analyzer({ published: '2023-03-06' });

function events(text: string) {
  return analyzer.analyzeBody(text).events.map((e) => ({
    dyad: `${e.source.actor}>${e.target.actor}`,
    code: e.code,
    negated: e.negated,
    modality: e.modality,
  }));
}

describe('the CAMEO coder', () => {
  it.each([
    ['Chile and Peru signed a fisheries agreement.', ['CHL>PER 057', 'PER>CHL 057']],
    ['Japan criticised China over the drills.', ['JPN>CHN 111']],
    ['Turkey accused Greece of provocation.', ['TUR>GRC 112']],
    ['Russia attacked Ukraine.', ['RUS>UKR 190']],
    ['Kenya and Ethiopia signed a trade agreement in Nairobi.', ['KEN>ETH 057', 'ETH>KEN 057']],
    ['Pakistan condemned the Indian army for violating the ceasefire.', ['PAK>INDMIL 111']],
    ['Israel launched airstrikes on Gaza.', ['ISR>PSE 195']],
    ['Germany sent tanks to Ukraine, Chancellor Olaf Scholz announced.', ['DEU>UKR 072']],
  ])('%s', (text, expected) => {
    expect(
      events(text)
        .map((e) => `${e.dyad} ${e.code}`)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('codes nothing in a sentence that reports no event', () => {
    expect(events('France and Germany are neighbours in Europe.')).toEqual([]);
  });

  it('marks a refused act as negated', () => {
    expect(events('Iran did not sign the agreement with Iraq.')).toEqual([
      { dyad: 'IRN>IRQ', code: '057', negated: true, modality: 'asserted' },
    ]);
  });

  it('marks an act in the future tense as intended', () => {
    expect(events('Germany will send tanks to Ukraine.')).toEqual([
      { dyad: 'DEU>UKR', code: '072', negated: false, modality: 'intended' },
    ]);
  });

  it('marks a planned act as intended', () => {
    expect(events('India and Japan plan to expand defence cooperation.')[0]?.modality).toBe(
      'intended',
    );
  });

  it('marks an event inside a quotation as the speaker’s claim', () => {
    const text = 'Antony Blinken spoke on Monday. "Russia attacked Ukraine," Blinken said.';
    expect(events(text)).toContainEqual({
      dyad: 'RUS>UKR',
      code: '190',
      negated: false,
      modality: 'reported',
    });
  });
});
