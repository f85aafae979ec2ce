import { useMemo } from 'preact/hooks';
import { apiUrl, useApi } from '../api';
import { QUADS, quadName } from '../cameo';
import { type ChartPick, SeriesChart } from '../chart';
import { Empty, EventTable, Status } from '../components';
import { apiPeriod, type ChartPeriod, chartColumns, periodRange, toWeeks } from '../series';
import type { EventRow, Paged, SeriesPoint } from '../types';

/** A selection `2022-10:1` (period and quad class) as it travels in the URL. */
export function parseSelection(sel: string | null): ChartPick | null {
  const match = /^([\d-]{4,10})(?::([1-4]))?$/u.exec(sel ?? '');
  return match
    ? { period: match[1] as string, quad: match[2] ? Number(match[2]) : undefined }
    : null;
}

export function formatSelection(pick: ChartPick): string {
  return pick.quad ? `${pick.period}:${pick.quad}` : pick.period;
}

/**
 * A time series for a filter (a dyad or an actor), its data table, and the events behind the
 * selected point (or all of them). Every point opens its events and their evidence.
 */
export function SeriesPanel(props: {
  filter: Record<string, string>;
  period: ChartPeriod;
  selection: ChartPick | null;
  onSelect: (pick: ChartPick | null) => void;
  what: string;
  onReady?: (loaded: { points: number; events: number }) => void;
}) {
  const { filter, period, selection } = props;
  const series = useApi<{ points: SeriesPoint[] }>(
    apiUrl('/series', { ...filter, period: apiPeriod(period) }),
  );
  const range = selection ? periodRange(period, selection.period) : null;
  const events = useApi<Paged<EventRow>>(
    apiUrl('/events', { ...filter, ...range, quad: selection?.quad, limit: 50 }),
  );
  const columns = useMemo(() => {
    if (series.status !== 'ok') return null;
    return chartColumns(period === 'week' ? toWeeks(series.data.points) : series.data.points);
  }, [series, period]);

  return (
    <>
      <Status state={series}>
        {() =>
          !columns || columns.periods.length === 0 ? (
            <Empty>No dated events for {props.what}.</Empty>
          ) : (
            <>
              <Summary columns={columns} />
              <SeriesChart
                columns={columns}
                label={`Events per ${period} by quad class for ${props.what}; the table below holds the same numbers`}
                onPick={props.onSelect}
              />
              <DataTable columns={columns} period={period} onSelect={props.onSelect} />
            </>
          )
        }
      </Status>
      <div class="selection" aria-live="polite">
        {selection ? (
          <p>
            Showing {selection.quad ? quadName(selection.quad) : 'all'} events of {selection.period}
            .{' '}
            <button type="button" onClick={() => props.onSelect(null)}>
              Show all events
            </button>
          </p>
        ) : null}
        <Status state={events}>
          {(page) => (
            <EventTable
              rows={page.rows}
              total={page.total}
              caption={selection ? `Events of ${selection.period}` : `Events of ${props.what}`}
            />
          )}
        </Status>
      </div>
    </>
  );
}

function Summary(props: { columns: ReturnType<typeof chartColumns> }) {
  const { counts, goldstein } = props.columns;
  const total = counts.flat().reduce((a, b) => a + b, 0);
  let sum = 0;
  let n = 0;
  goldstein.forEach((g, i) => {
    const events = counts.reduce((a, c) => a + (c[i] ?? 0), 0);
    if (g !== null) [sum, n] = [sum + g * events, n + events];
  });
  return (
    <p class="summary">
      {total} dated event{total === 1 ? '' : 's'} · mean Goldstein{' '}
      {n > 0 ? (sum / n).toFixed(2) : '–'}
    </p>
  );
}

function DataTable(props: {
  columns: ReturnType<typeof chartColumns>;
  period: ChartPeriod;
  onSelect: (pick: ChartPick) => void;
}) {
  const { periods, counts, goldstein } = props.columns;
  return (
    <table class="series-table">
      <caption>Events per {props.period} by quad class (each number opens its events)</caption>
      <thead>
        <tr>
          <th scope="col">{props.period}</th>
          {QUADS.map((q) => (
            <th scope="col" key={q}>
              {quadName(q)}
            </th>
          ))}
          <th scope="col">Mean Goldstein</th>
        </tr>
      </thead>
      <tbody>
        {periods.map((period, i) => (
          <tr key={period}>
            <th scope="row">{period}</th>
            {QUADS.map((quad, q) => {
              const n = counts[q]?.[i] ?? 0;
              return (
                <td key={quad}>
                  {n > 0 ? (
                    <button
                      type="button"
                      class="link"
                      onClick={() => props.onSelect({ period, quad })}
                    >
                      {n}
                    </button>
                  ) : (
                    '0'
                  )}
                </td>
              );
            })}
            <td>{goldstein[i] ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
