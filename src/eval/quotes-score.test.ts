import { describe, expect, it } from 'vitest';
import { parseAnn } from './quotes-data.js';
import { collapseNested, overlapScore, type PredictedQuote, scoreArticle } from './quotes-score.js';
import { headWord, speakerMatches } from './quotes-speaker.js';

const TEXT = 'Macron said "we will act" and Scholz said the talks were hard.';
const speaker = (name: string, start: number, end: number): PredictedQuote['speaker'] => ({
  name,
  mentions: [{ start, end, text: TEXT.slice(start, end), kind: 'name' }],
});

describe('the quote scorer', () => {
  it.each([
    ['the same span', [0, 10], [[0, 10]], 10],
    ['half of the shorter span', [0, 10], [[5, 30]], 5],
    ['less than half of the shorter span', [0, 10], [[6, 30]], 0],
    [
      'a discontinuous gold span',
      [0, 10],
      [
        [0, 3],
        [20, 30],
      ],
      0,
    ],
    [
      'both pieces of a discontinuous gold span',
      [0, 30],
      [
        [0, 8],
        [20, 30],
      ],
      18,
    ],
  ] as const)('matches %s', (_name, [start, end], gold, shared) => {
    expect(overlapScore({ start, end }, gold)).toBe(shared);
  });

  it('pairs each gold content with at most one predicted quote', () => {
    const gold = [{ content: [[12, 25]] as const, source: null, cue: null, direct: true }];
    const quote = { kind: 'direct' as const, speaker: null };
    const counts = scoreArticle(
      [
        { ...quote, start: 13, end: 24 },
        { ...quote, start: 12, end: 20 },
      ],
      gold,
      TEXT,
    );
    expect(counts).toMatchObject({ tp: 1, fp: 1, fn: 0, pairs: 1, speakerRight: 1 });
  });

  it.each([
    ['a mention on the source span', speaker('Emmanuel Macron', 0, 6), [[0, 6]], true],
    ['the same head word elsewhere', speaker('Emmanuel Macron', 40, 46), [[0, 6]], true],
    ['another person', speaker('Olaf Scholz', 30, 36), [[0, 6]], false],
    ['no speaker for a named source', null, [[0, 6]], false],
    ['no speaker and no source', null, null, true],
  ] as const)('judges the speaker right or wrong: %s', (_name, who, source, right) => {
    expect(speakerMatches(who, source, TEXT)).toBe(right);
  });

  it.each([
    ['Sen. Tim Kaine (D-VA)', 'kaine'],
    ['Donald Trump’s', 'trump'],
    ['The New York Post', 'post'],
  ])('takes the head word of %s', (phrase, head) => {
    expect(headWord(phrase)).toBe(head);
  });

  it('counts a reported clause and the quoted words inside it as one mixed quote', () => {
    const clause: PredictedQuote = { start: 0, end: 40, kind: 'indirect', speaker: null };
    const part: PredictedQuote = {
      start: 10,
      end: 20,
      kind: 'partial',
      speaker: speaker('Macron', 0, 6),
    };
    expect(collapseNested([part, clause])).toEqual([
      { ...clause, kind: 'partial', speaker: part.speaker },
    ]);
  });
});

describe('the PolNeAR reader', () => {
  const text = 'Trump said the polls were wrong. It was reported that he left.';
  const ann = [
    'T1\tSource 0 5\tTrump',
    'T2\tCue 6 10\tsaid',
    'T3\tContent 11 20;21 31\tthe polls were wrong',
    'T4\tAttribution 6 10\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tCue 40 48\treported',
    'T6\tContent 49 61\tthat he left',
    'T7\tAttribution 40 48\treported',
    'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
    '#1\tAnnotatorNotes T1\ta note',
  ].join('\n');

  it('reads discontinuous contents, sources and cues, and attributions without a source', () => {
    expect(parseAnn(ann, text)).toEqual([
      {
        content: [
          [11, 20],
          [21, 31],
        ],
        source: [[0, 5]],
        cue: [[6, 10]],
        direct: false,
      },
      { content: [[49, 61]], source: null, cue: [[40, 48]], direct: false },
    ]);
  });
});
