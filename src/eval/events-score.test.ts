import { describe, expect, it } from 'vitest';
import { rootOf, scoreRecord } from './events-score.js';

const e = (source: string, target: string, code: string) => ({ source, target, code });

describe('event scoring', () => {
  it.each([
    ['0874', '08'],
    ['190', '19'],
    ['AGREE', 'AGREE'],
  ])('the root of %s is %s', (code, root) => {
    expect(rootOf(code)).toBe(root);
  });

  it('counts a record correct only when the sets are equal', () => {
    expect(
      scoreRecord([e('A', 'B', '042')], [e('A', 'B', '042'), e('A', 'B', '042')]).correct,
    ).toBe(true);
    expect(
      scoreRecord([e('A', 'B', '042')], [e('A', 'B', '042'), e('B', 'A', '043')]).correct,
    ).toBe(false);
  });

  it('counts "no events expected" as correct when nothing is coded', () => {
    expect(scoreRecord([], []).correct).toBe(true);
  });

  it('gives root credit where the full code differs', () => {
    const s = scoreRecord([e('A', 'B', '0874')], [e('A', 'B', '080')]);
    expect([s.full, s.root]).toEqual([
      { tp: 0, fp: 1, fn: 1 },
      { tp: 1, fp: 0, fn: 0 },
    ]);
  });
});
