import type { GoldEvent } from './events-data.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SetCounts {
  records: number;
  /** Records whose predicted event set equals the gold set ("no events" included). */
  correct: number;
  full: Counts;
  root: Counts;
  /** PLOVER only: records whose first coded event type is the gold event type. */
  typeCorrect: number;
}

export const zeroSetCounts = (): SetCounts => ({
  records: 0,
  correct: 0,
  full: { tp: 0, fp: 0, fn: 0 },
  root: { tp: 0, fp: 0, fn: 0 },
  typeCorrect: 0,
});

/** CAMEO root: the first two digits ("0874" → "08"); other codes (PLOVER types) are their own root. */
export function rootOf(code: string): string {
  return /^\d{3,4}$/u.test(code) ? code.slice(0, 2) : code;
}

const key = (e: GoldEvent, code: string) => `${e.source}|${e.target}|${code}`;

function counts(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): Counts {
  let tp = 0;
  for (const k of predicted) if (gold.has(k)) tp++;
  return { tp, fp: predicted.size - tp, fn: gold.size - tp };
}

export interface RecordScore {
  readonly correct: boolean;
  readonly full: Counts;
  readonly root: Counts;
}

/** Scores one record as PETRARCH's validation does: sets of (source, target, code) triples. */
export function scoreRecord(
  gold: readonly GoldEvent[],
  predicted: readonly GoldEvent[],
): RecordScore {
  const g = new Set(gold.map((e) => key(e, e.code)));
  const p = new Set(predicted.map((e) => key(e, e.code)));
  const full = counts(g, p);
  const root = counts(
    new Set(gold.map((e) => key(e, rootOf(e.code)))),
    new Set(predicted.map((e) => key(e, rootOf(e.code)))),
  );
  return { correct: full.fp === 0 && full.fn === 0, full, root };
}

export function addRecord(total: SetCounts, score: RecordScore, typeCorrect = false): void {
  total.records++;
  if (score.correct) total.correct++;
  for (const level of ['full', 'root'] as const) {
    total[level].tp += score[level].tp;
    total[level].fp += score[level].fp;
    total[level].fn += score[level].fn;
  }
  if (typeCorrect) total.typeCorrect++;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
