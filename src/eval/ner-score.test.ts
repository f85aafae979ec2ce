import { describe, expect, it } from 'vitest';
import { SpanScorer } from './ner-score.js';

const span = (from: number, to: number, type: string) => ({ from, to, type });

describe('conlleval span scoring', () => {
  it('counts a span only on exact start, end and type', () => {
    const scorer = new SpanScorer(['PER', 'LOC']);
    scorer.add(
      [span(0, 2, 'PER'), span(3, 4, 'LOC'), span(5, 6, 'LOC')],
      [span(0, 2, 'PER'), span(3, 5, 'LOC'), span(5, 6, 'PER'), span(7, 8, 'MISC')],
    );
    const rows = Object.fromEntries(scorer.rows().map((r) => [r.type, r]));
    expect(rows.PER).toMatchObject({
      correct: 1,
      predicted: 2,
      gold: 1,
      precision: 0.5,
      recall: 1,
    });
    expect(rows.LOC).toMatchObject({ correct: 0, predicted: 1, gold: 2, f1: 0 });
    // MISC is not scored: neither side counts it.
    expect(rows.overall).toMatchObject({ correct: 1, predicted: 3, gold: 3 });
    expect(rows.overall?.f1).toBeCloseTo(1 / 3);
  });

  it('gives zeros, not NaN, when nothing is found', () => {
    const scorer = new SpanScorer(['ORG']);
    scorer.add([span(0, 1, 'ORG')], []);
    expect(scorer.rows()[0]).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
