/**
 * TempEval-3 Task A scoring of time expressions (UzZaman et al. 2013; `evaluate_entities.py` of
 * the TempEval-3 toolkit), per document, summed over the corpus:
 * - strict: a gold and a system timex with identical extents; P = strict system / system,
 *   R = strict gold / gold.
 * - relaxed: the extents overlap (share a character, i.e. at least one token); P = system timexes
 *   overlapping some gold / system, R = gold timexes overlapped by some system timex / gold.
 * - value (and type): over the relaxed-matched gold timexes, each paired with the system timex it
 *   overlaps most; accuracy = same value / matched, and value F1 = relaxed F1 × value accuracy (the
 *   toolkit's "Attribute F1", the TempEval-3 ranking figure; equivalently P and R each × accuracy).
 *   Values compare as exact strings. Gold values `null` or empty (WikiWars' non-specific timexes)
 *   are left out of the accuracy's numerator and denominator.
 */
export interface Extent {
  start: number;
  end: number;
}

export interface GoldTimex extends Extent {
  type: string;
  value: string;
}

export interface SystemTimex extends Extent {
  type: string;
  value: string | null;
}

/** One gold document: its text, reference date, gold timexes and what is not scored. */
export interface TimexDoc {
  name: string;
  text: string;
  /** The document creation time, as annotated (`1998-02-13T14:35:00`), or null. */
  dct: string | null;
  gold: GoldTimex[];
  /** Extents that are neither gold nor false alarms (the DCT when it lies in the text). */
  ignore: Extent[];
  /** The annotated part of the text; system timexes outside it are not scored. Null: all. */
  scope: Extent | null;
}

export interface TimexCounts {
  gold: number;
  system: number;
  strictGold: number;
  strictSystem: number;
  relaxedGold: number;
  relaxedSystem: number;
  /** Relaxed matches whose gold value is scored, and those with the same value. */
  valueScored: number;
  valueMatch: number;
  typeMatch: number;
}

export const zeroTimexCounts = (): TimexCounts => ({
  gold: 0,
  system: 0,
  strictGold: 0,
  strictSystem: 0,
  relaxedGold: 0,
  relaxedSystem: 0,
  valueScored: 0,
  valueMatch: 0,
  typeMatch: 0,
});

export function addTimexCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  const sum = zeroTimexCounts();
  for (const key of Object.keys(sum) as (keyof TimexCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

const overlap = (a: Extent, b: Extent): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const UNSCORED_VALUES = new Set(['', 'null']);

/** The system timexes that count: inside the scope and off the ignored extents. */
export function scoredSystem(doc: TimexDoc, system: readonly SystemTimex[]): SystemTimex[] {
  return system.filter(
    (s) =>
      (doc.scope === null || overlap(s, doc.scope) > 0) &&
      !doc.ignore.some((i) => overlap(s, i) > 0),
  );
}

/** The counts of one document; `system` should already be `scoredSystem`. */
export function scoreTimexes(
  gold: readonly GoldTimex[],
  system: readonly SystemTimex[],
): TimexCounts {
  const counts = { ...zeroTimexCounts(), gold: gold.length, system: system.length };
  for (const s of system) {
    if (gold.some((g) => g.start === s.start && g.end === s.end)) counts.strictSystem++;
    if (gold.some((g) => overlap(g, s) > 0)) counts.relaxedSystem++;
  }
  for (const g of gold) {
    const best = pairOf(g, system);
    if (!best) continue;
    counts.relaxedGold++;
    if (system.some((s) => s.start === g.start && s.end === g.end)) counts.strictGold++;
    if (best.type === g.type) counts.typeMatch++;
    if (UNSCORED_VALUES.has(g.value)) continue;
    counts.valueScored++;
    if (best.value === g.value) counts.valueMatch++;
  }
  return counts;
}

/** The system timex overlapping the gold one most (the first on a tie), if any. */
export function pairOf(g: Extent, system: readonly SystemTimex[]): SystemTimex | undefined {
  let best: SystemTimex | undefined;
  for (const s of system) if (overlap(g, s) > (best ? overlap(g, best) : 0)) best = s;
  return best;
}

export interface TimexScores {
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  valueAccuracy: number;
  valueF1: number;
  typeAccuracy: number;
  typeF1: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function timexScores(c: TimexCounts): TimexScores {
  const strict = { p: ratio(c.strictSystem, c.system), r: ratio(c.strictGold, c.gold), f1: 0 };
  strict.f1 = f1(strict.p, strict.r);
  const relaxed = { p: ratio(c.relaxedSystem, c.system), r: ratio(c.relaxedGold, c.gold), f1: 0 };
  relaxed.f1 = f1(relaxed.p, relaxed.r);
  const valueAccuracy = ratio(c.valueMatch, c.valueScored);
  const typeAccuracy = ratio(c.typeMatch, c.relaxedGold);
  return {
    strict,
    relaxed,
    valueAccuracy,
    valueF1: relaxed.f1 * valueAccuracy,
    typeAccuracy,
    typeF1: relaxed.f1 * typeAccuracy,
  };
}
