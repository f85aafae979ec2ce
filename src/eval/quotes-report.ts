import type { GoldArticle } from './quotes-data.js';
import { overlapScore, type PredictedQuote } from './quotes-score.js';
import { speakerMatches } from './quotes-speaker.js';

const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}...` : s).replace(/\s+/gu, ' ');

/** Missed gold contents, spurious quotes and wrong speakers of one article, for `--verbose`. */
export function describeErrors(article: GoldArticle, predicted: readonly PredictedQuote[]): string {
  const lines: string[] = [`== ${article.name}`];
  const { text } = article;
  const slice = (pieces: readonly (readonly [number, number])[]) =>
    pieces.map(([s, e]) => text.slice(s, e)).join(' … ');
  for (const gold of article.attributions) {
    const match = predicted.find((q) => overlapScore(q, gold.content) > 0);
    const source = gold.source ? slice(gold.source) : '-';
    const cue = gold.cue ? slice(gold.cue) : '-';
    if (!match)
      lines.push(`FN ${gold.direct ? 'D' : 'I'} [${source}] <${cue}> ${clip(slice(gold.content))}`);
    else if (!speakerMatches(match.speaker, gold.source, text))
      lines.push(
        `SPK [${source}] got [${match.speaker?.name ?? 'null'}] ${clip(text.slice(Math.max(0, match.start - 80), match.start))} «…» ${clip(text.slice(match.end, match.end + 80))}`,
      );
  }
  for (const q of predicted) {
    if (!article.attributions.some((g) => overlapScore(q, g.content) > 0))
      lines.push(`FP ${q.kind} [${q.speaker?.name ?? 'null'}] ${clip(text.slice(q.start, q.end))}`);
  }
  return lines.join('\n');
}
