import { describe, expect, it } from 'vitest';
import { allowed, decodeBilou, encodeBilou, labelNames, spansOfIob } from './labels.js';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

describe('ner labels', () => {
  it.each([
    ['IOB2', ['B-PER', 'I-PER', 'O', 'B-LOC'], ['0:2:PER', '3:4:LOC']],
    ['IOB1, I- opens a span', ['I-ORG', 'I-ORG', 'O', 'I-LOC'], ['0:2:ORG', '3:4:LOC']],
    ['IOB1, B- splits two of one type', ['I-LOC', 'B-LOC', 'I-LOC'], ['0:1:LOC', '1:3:LOC']],
    ['a type change splits', ['I-PER', 'I-ORG'], ['0:1:PER', '1:2:ORG']],
    ['B- after O', ['O', 'B-MISC', 'O'], ['1:2:MISC']],
    ['an open span at the end', ['O', 'I-PER'], ['1:2:PER']],
  ])('reads spans of %s', (_, tags, expected) => {
    expect(spansOfIob(tags).map((s) => `${s.from}:${s.to}:${s.type}`)).toEqual(expected);
  });

  it('encodes spans as BILOU and decodes them back', () => {
    const spans = [
      { from: 0, to: 1, type: 'PER' },
      { from: 2, to: 5, type: 'ORG' },
      { from: 5, to: 7, type: 'LOC' },
    ];
    const labels = encodeBilou(spans, 8, TYPES);
    const names = labelNames(TYPES);
    expect(Array.from(labels, (l) => names[l])).toEqual([
      'U-PER',
      'O',
      'B-ORG',
      'I-ORG',
      'L-ORG',
      'B-LOC',
      'L-LOC',
      'O',
    ]);
    expect(decodeBilou(labels, TYPES)).toEqual(spans);
  });

  it('drops spans of types it does not know', () => {
    expect(Array.from(encodeBilou([{ from: 0, to: 1, type: 'DATE' }], 1, TYPES))).toEqual([0]);
  });

  it('closes a broken run where it breaks', () => {
    const names = labelNames(TYPES);
    const ids = ['B-PER', 'O', 'I-LOC'].map((l) => names.indexOf(l));
    expect(decodeBilou(ids, TYPES)).toEqual([
      { from: 0, to: 1, type: 'PER' },
      { from: 2, to: 3, type: 'LOC' },
    ]);
  });

  it.each([
    [-1, 'B-PER', true],
    [-1, 'I-PER', false],
    ['B-PER', 'L-PER', true],
    ['B-PER', 'L-ORG', false],
    ['B-PER', 'O', false],
    ['L-PER', 'U-ORG', true],
    ['U-PER', 'I-PER', false],
    ['O', 'O', true],
  ])('after %s, %s allowed: %s', (prev, next, expected) => {
    const names = labelNames(TYPES);
    const p = prev === -1 ? -1 : names.indexOf(prev as string);
    expect(allowed(p, names.indexOf(next))).toBe(expected);
  });
});
