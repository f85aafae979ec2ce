import type { SeriesPoint } from './types';

export type ChartPeriod = 'week' | 'month' | 'year';

/** What the API groups by for each chart period: weeks are summed from days here. */
export function apiPeriod(period: ChartPeriod): 'day' | 'month' | 'year' {
  return period === 'week' ? 'day' : period;
}

/** The Monday (ISO week start) of a `YYYY-MM-DD` day. */
export function weekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Daily points summed into weeks named by their Monday, Goldstein averaged by event count. */
export function toWeeks(points: readonly SeriesPoint[]): SeriesPoint[] {
  const weeks = new Map<string, { events: number; sum: number; scored: number }>();
  for (const p of points) {
    const key = `${weekStart(p.period)}|${p.quad}`;
    const week = weeks.get(key) ?? { events: 0, sum: 0, scored: 0 };
    week.events += p.events;
    if (p.goldstein !== null) {
      week.sum += p.goldstein * p.events;
      week.scored += p.events;
    }
    weeks.set(key, week);
  }
  return [...weeks]
    .map(([key, w]) => {
      const [period = '', quad = '0'] = key.split('|');
      const goldstein = w.scored > 0 ? Math.round((w.sum / w.scored) * 100) / 100 : null;
      return { period, quad: Number(quad), events: w.events, goldstein };
    })
    .sort((a, b) => a.period.localeCompare(b.period) || a.quad - b.quad);
}

/** The dates a period covers, as the API's inclusive `from`/`to`. */
export function periodRange(period: ChartPeriod, key: string): { from: string; to: string } {
  return period === 'week' ? { from: key, to: addDays(key, 6) } : { from: key, to: key };
}

/** Seconds since the epoch at a period's start, for the time axis. */
export function periodTime(key: string): number {
  const [y = '1970', m = '01', d = '01'] = key.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 1000;
}

export interface ChartColumns {
  periods: string[];
  /** Events per period for quad classes 1–4. */
  counts: [number[], number[], number[], number[]];
  /** Mean Goldstein of all the period's events, or null. */
  goldstein: (number | null)[];
}

export function chartColumns(points: readonly SeriesPoint[]): ChartColumns {
  const periods = [...new Set(points.map((p) => p.period))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const counts: ChartColumns['counts'] = [[], [], [], []];
  for (const column of counts) column.push(...periods.map(() => 0));
  const sums = periods.map(() => ({ sum: 0, n: 0 }));
  for (const p of points) {
    const i = index.get(p.period) as number;
    const column = counts[p.quad - 1];
    if (column) column[i] = (column[i] ?? 0) + p.events;
    const s = sums[i];
    if (s && p.goldstein !== null) {
      s.sum += p.goldstein * p.events;
      s.n += p.events;
    }
  }
  const goldstein = sums.map((s) => (s.n > 0 ? Math.round((s.sum / s.n) * 100) / 100 : null));
  return { periods, counts, goldstein };
}
