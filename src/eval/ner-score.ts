import type { EntitySpan } from '../nlp/ner-model/labels.js';

/** True positives, predicted and gold span counts of one type (or all). */
export interface SpanCounts {
  correct: number;
  predicted: number;
  gold: number;
}

export interface PrfRow extends SpanCounts {
  type: string;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * conlleval's rule: a predicted span counts only when a gold span has the same start, end and
 * type. Spans of types outside `types` are dropped from both sides first.
 */
export class SpanScorer {
  readonly byType = new Map<string, SpanCounts>();

  constructor(readonly types: readonly string[]) {
    for (const t of types) this.byType.set(t, { correct: 0, predicted: 0, gold: 0 });
  }

  add(gold: readonly EntitySpan[], predicted: readonly EntitySpan[]): void {
    const key = (s: EntitySpan) => `${s.from}:${s.to}:${s.type}`;
    const goldKeys = new Set<string>();
    for (const s of gold) {
      const c = this.byType.get(s.type);
      if (!c) continue;
      c.gold++;
      goldKeys.add(key(s));
    }
    for (const s of predicted) {
      const c = this.byType.get(s.type);
      if (!c) continue;
      c.predicted++;
      if (goldKeys.has(key(s))) c.correct++;
    }
  }

  /** One row per type, then `overall` (micro-averaged). */
  rows(): PrfRow[] {
    const all: SpanCounts = { correct: 0, predicted: 0, gold: 0 };
    const rows = this.types.map((type) => {
      const c = this.byType.get(type) as SpanCounts;
      all.correct += c.correct;
      all.predicted += c.predicted;
      all.gold += c.gold;
      return prf(type, c);
    });
    return [...rows, prf('overall', all)];
  }
}

export function prf(type: string, c: SpanCounts): PrfRow {
  const precision = c.predicted > 0 ? c.correct / c.predicted : 0;
  const recall = c.gold > 0 ? c.correct / c.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { type, ...c, precision, recall, f1 };
}
