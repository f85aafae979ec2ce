import { type TimexCounts, timexScores } from './time-score.js';

export interface TimeRow {
  stage: 'time';
  dataset: string;
  metric: string;
  newsgraph: number;
  peer: { name: string; value: number } | null;
}

/**
 * HeidelTime on the TempEval-3 platinum test set (UzZaman et al. 2013, Table 4): strict F1 81.34,
 * relaxed F1 90.30, value F1 77.61. Shown beside TimeML news sets annotated to the TempEval-3
 * guidelines (TBAQ is its training data, the held-out set its test data), named as published on the
 * test set; never beside MEANTIME or WikiWars, which follow other guidelines.
 */
const HEIDELTIME = 'HeidelTime (published, TE-3 test)';
const PUBLISHED: Record<string, number> = {
  'strict F1': 0.8134,
  'relaxed F1': 0.903,
  'value F1': 0.7761,
};
const TEMPEVAL_LIKE = /tbaq|tempeval|te-?3|platinum|heldout/i;
// The WikiWars TIMEX3 conversion types every timex DATE (its README): type is not scored there.
const TYPE_UNSCORED = /wikiwars/i;

export function timeRows(dataset: string, counts: TimexCounts): TimeRow[] {
  const s = timexScores(counts);
  const figures: Array<[string, number]> = [
    ['strict P', s.strict.p],
    ['strict R', s.strict.r],
    ['strict F1', s.strict.f1],
    ['relaxed P', s.relaxed.p],
    ['relaxed R', s.relaxed.r],
    ['relaxed F1', s.relaxed.f1],
    ['value accuracy', s.valueAccuracy],
    ['value F1', s.valueF1],
  ];
  if (!TYPE_UNSCORED.test(dataset)) figures.push(['type accuracy', s.typeAccuracy]);
  return figures.map(([metric, newsgraph]) => {
    const published = TEMPEVAL_LIKE.test(dataset) ? PUBLISHED[metric] : undefined;
    return {
      stage: 'time',
      dataset,
      metric,
      newsgraph,
      peer: published === undefined ? null : { name: HEIDELTIME, value: published },
    };
  });
}
