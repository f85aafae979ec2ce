import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { QUADS, quadName } from './cameo';
import { type ChartColumns, periodTime } from './series';

const COLOURS = ['#1b7837', '#5aae61', '#c2a5cf', '#762a83'];
const DAY = 86_400;

export interface ChartPick {
  period: string;
  quad: number | undefined;
}

/**
 * Events per period by quad class (left axis) and mean Goldstein (right axis, dashed). A click
 * picks the period under the cursor and the quad class whose point is nearest.
 */
export function SeriesChart(props: {
  columns: ChartColumns;
  label: string;
  onPick: (pick: ChartPick) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;
  const { columns } = props;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const xs = columns.periods.map(periodTime);
    const data: uPlot.AlignedData = [xs, ...columns.counts, columns.goldstein];
    const options: uPlot.Options = {
      width: Math.max(320, Math.min(900, element.clientWidth || 720)),
      height: 280,
      scales: {
        x: {
          time: true,
          // A lone period would be a zero-width axis: pad the data's own span by a margin.
          range: () => {
            const first = xs[0] ?? 0;
            const last = xs.at(-1) ?? first;
            const pad = Math.max(20 * DAY, (last - first) * 0.05);
            return [first - pad, last + pad];
          },
        },
        y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.15] },
        g: { range: [-10, 10] },
      },
      axes: [
        {},
        { label: 'events' },
        { scale: 'g', side: 1, label: 'mean Goldstein', grid: { show: false } },
      ],
      series: [
        { label: 'period' },
        ...QUADS.map((q, i) => ({
          label: quadName(q),
          stroke: COLOURS[i],
          width: 2,
          points: { show: true, size: 9 },
        })),
        { label: 'mean Goldstein', scale: 'g', stroke: '#333', dash: [6, 4], spanGaps: true },
      ],
      legend: { show: true },
    };
    const plot = new uPlot(options, data, element);
    const onClick = () => {
      const idx = plot.cursor.idx;
      const top = plot.cursor.top ?? 0;
      if (idx === null || idx === undefined) return;
      let quad: number | undefined;
      let best = Number.POSITIVE_INFINITY;
      QUADS.forEach((q, i) => {
        const value = columns.counts[i]?.[idx] ?? 0;
        if (value <= 0) return;
        const distance = Math.abs(plot.valToPos(value, 'y') - top);
        if (distance < best) [best, quad] = [distance, q];
      });
      const period = columns.periods[idx];
      if (period) pick.current({ period, quad });
    };
    plot.over.addEventListener('click', onClick);
    return () => plot.destroy();
  }, [columns]);

  return <div class="chart" ref={box} role="img" aria-label={props.label} />;
}
