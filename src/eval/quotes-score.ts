import { type GoldAttribution, overlap, type Pieces } from './quotes-data.js';
import { speakerMatches } from './quotes-speaker.js';

/** A predicted quote with its speaker entity's mentions (empty when `speaker: null`). */
export interface PredictedQuote {
  readonly start: number;
  readonly end: number;
  readonly kind: 'direct' | 'partial' | 'indirect';
  readonly speaker: {
    readonly name: string;
    readonly mentions: readonly { start: number; end: number; text: string; kind: string }[];
  } | null;
  /** The words the stage took as the quote's attribution, for `--errors`. */
  readonly cue?: string;
}

export interface QuoteCounts {
  tp: number;
  fp: number;
  fn: number;
  /** Matched pairs, and those whose speaker is right. */
  pairs: number;
  speakerRight: number;
}

export const zeroQuoteCounts = (): QuoteCounts => ({
  tp: 0,
  fp: 0,
  fn: 0,
  pairs: 0,
  speakerRight: 0,
});

export function addQuoteCounts(a: QuoteCounts, b: QuoteCounts): QuoteCounts {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    pairs: a.pairs + b.pairs,
    speakerRight: a.speakerRight + b.speakerRight,
  };
}

/**
 * A mixed quote is a reported clause with verbatim parts (`said the plan was "reckless"`): the
 * pipeline gives the clause and the quoted words inside it, and they count as one quote, the
 * clause, direct when a part is, with the clause's speaker or else a part's.
 */
export function collapseNested(quotes: readonly PredictedQuote[]): PredictedQuote[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PredictedQuote[] = [];
  for (const quote of sorted) {
    const outer = out.at(-1);
    if (outer && quote.start >= outer.start && quote.end <= outer.end) {
      out[out.length - 1] = {
        ...outer,
        kind: outer.kind === 'indirect' && quote.kind !== 'indirect' ? 'partial' : outer.kind,
        speaker: outer.speaker ?? quote.speaker,
      };
    } else {
      out.push(quote);
    }
  }
  return out;
}

const length = (pieces: Pieces) => pieces.reduce((n, [s, e]) => n + (e - s), 0);

/** Overlap of at least half the shorter span: the match criterion. */
export function overlapScore(quote: { start: number; end: number }, gold: Pieces): number {
  const shared = overlap(quote.start, quote.end, gold);
  const shorter = Math.min(quote.end - quote.start, length(gold));
  return shorter > 0 && shared * 2 >= shorter ? shared : 0;
}

/**
 * One-to-one matching, largest overlap first, of predicted quotes to gold contents: pairs of
 * indices into `predicted` and `gold`.
 */
export function matchPairs(
  predicted: readonly PredictedQuote[],
  gold: readonly GoldAttribution[],
): { p: number; g: number }[] {
  const candidates: { p: number; g: number; shared: number }[] = [];
  predicted.forEach((quote, p) => {
    gold.forEach((attribution, g) => {
      const shared = overlapScore(quote, attribution.content);
      if (shared > 0) candidates.push({ p, g, shared });
    });
  });
  candidates.sort((a, b) => b.shared - a.shared);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: { p: number; g: number }[] = [];
  for (const { p, g } of candidates) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    pairs.push({ p, g });
  }
  return pairs;
}

/** The matched pairs (matchPairs) and the speakers right among them. */
export function scoreArticle(
  predicted: readonly PredictedQuote[],
  gold: readonly GoldAttribution[],
  text: string,
): QuoteCounts {
  const pairs = matchPairs(predicted, gold);
  const speakerRight = pairs.filter(({ p, g }) =>
    speakerMatches(
      (predicted[p] as PredictedQuote).speaker,
      (gold[g] as GoldAttribution).source,
      text,
    ),
  ).length;
  return {
    tp: pairs.length,
    fp: predicted.length - pairs.length,
    fn: gold.length - pairs.length,
    pairs: pairs.length,
    speakerRight,
  };
}

export function quoteScores(c: QuoteCounts) {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const speaker = c.pairs > 0 ? c.speakerRight / c.pairs : 0;
  return { precision, recall, f1, speaker };
}
