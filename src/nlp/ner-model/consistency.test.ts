import { describe, expect, it } from 'vitest';
import { voteTypes } from './consistency.js';

const words = (s: string) => ({ words: s.split(' ') });

describe('voteTypes', () => {
  it('gives a span the type its words take most often in the document', () => {
    const sentences = ['Jordan said', 'Jordan met Amman', 'in Jordan today'].map(words);
    const spans = [
      [{ from: 0, to: 1, type: 'PER' }],
      [
        { from: 0, to: 1, type: 'LOC' },
        { from: 2, to: 3, type: 'LOC' },
      ],
      [{ from: 1, to: 2, type: 'LOC' }],
    ];
    expect(voteTypes(sentences, spans).map((l) => l.map((s) => s.type))).toEqual([
      ['LOC'],
      ['LOC', 'LOC'],
      ['LOC'],
    ]);
  });

  it('keeps each type on a tie', () => {
    const sentences = ['Jordan said', 'Jordan left'].map(words);
    const spans = [[{ from: 0, to: 1, type: 'PER' }], [{ from: 0, to: 1, type: 'LOC' }]];
    expect(voteTypes(sentences, spans)).toEqual(spans);
  });
});
