import { describe, expect, it } from 'vitest';
import { type LayerSpan, narrowest, segment } from './layers';
import { chartColumns, periodRange, toWeeks, weekStart } from './series';

const span = (start: number, end: number, key: string): LayerSpan => ({
  start,
  end,
  kind: key.startsWith('event') ? 'event' : 'entity',
  key,
  className: key,
});

describe('segment', () => {
  it('cuts overlapping layers into runs that know every span covering them', () => {
    const text = 'Macron met Scholz in Paris.';
    const runs = segment(text, [
      span(0, 27, 'event:0'),
      span(0, 6, 'entity:e1'),
      span(11, 17, 'entity:e2'),
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.map((r) => [r.text, r.spans.map((s) => s.key)])).toEqual([
      ['Macron', ['event:0', 'entity:e1']],
      [' met ', ['event:0']],
      ['Scholz', ['event:0', 'entity:e2']],
      [' in Paris.', ['event:0']],
    ]);
  });

  it('keeps markup in the text as text and clips spans past its end', () => {
    const text = '<script>x()</script>';
    const runs = segment(text, [span(8, 99, 'entity:e1'), span(5, 3, 'entity:e2')]);
    expect(runs.map((r) => r.text)).toEqual(['<script>', 'x()</script>']);
  });

  it('picks the narrowest span a click lands in', () => {
    expect(narrowest([span(0, 27, 'event:0'), span(0, 6, 'entity:e1')])?.key).toBe('entity:e1');
  });
});

describe('series', () => {
  it('sums days into ISO weeks named by their Monday, Goldstein weighted by events', () => {
    const weeks = toWeeks([
      { period: '2022-10-26', quad: 1, events: 1, goldstein: 1 },
      { period: '2022-10-30', quad: 1, events: 3, goldstein: 5 },
      { period: '2022-10-31', quad: 1, events: 1, goldstein: null },
    ]);
    expect(weekStart('2022-10-30')).toBe('2022-10-24');
    expect(weeks).toEqual([
      { period: '2022-10-24', quad: 1, events: 4, goldstein: 4 },
      { period: '2022-10-31', quad: 1, events: 1, goldstein: null },
    ]);
    expect(periodRange('week', '2022-10-24')).toEqual({ from: '2022-10-24', to: '2022-10-30' });
  });

  it('lays periods out by quad class with zeros where nothing happened', () => {
    const columns = chartColumns([
      { period: '2022-01', quad: 4, events: 2, goldstein: -10 },
      { period: '2022-03', quad: 1, events: 2, goldstein: 4 },
      { period: '2022-03', quad: 3, events: 2, goldstein: -2 },
    ]);
    expect(columns.periods).toEqual(['2022-01', '2022-03']);
    expect(columns.counts).toEqual([
      [0, 2],
      [0, 0],
      [0, 2],
      [2, 0],
    ]);
    expect(columns.goldstein).toEqual([-10, 1]);
  });
});
