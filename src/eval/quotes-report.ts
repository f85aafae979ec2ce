import type { GoldArticle, GoldAttribution, Pieces } from './quotes-data.js';
import { overlap } from './quotes-data.js';
import { matchPairs, type PredictedQuote } from './quotes-score.js';
import { headWord, speakerMatches } from './quotes-speaker.js';

const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}...` : s).replace(/\s+/gu, ' ');

/** Any entity mention of the analysis, to tell a speaker the stage missed from one never found. */
export interface KnownMention {
  readonly start: number;
  readonly end: number;
  readonly entity: string;
}

const PRONOUN_SOURCES = /^(?:he|she|they|it|we|i|you|who|which|his|her|their|its|our|my)$/u;

/** What kind of phrase the gold source is: none, a pronoun, a name, or a common noun phrase. */
export function sourceKind(source: string | null): 'none' | 'pronoun' | 'name' | 'noun' {
  if (source === null) return 'none';
  const words = source.trim().split(/\s+/u);
  if (words.length === 1 && PRONOUN_SOURCES.test(source.trim().toLowerCase())) return 'pronoun';
  const head = headWord(source);
  const named = words.some((w, i) => /^\p{Lu}\p{Ll}/u.test(w) && (i > 0 || words.length === 1));
  return named && !/^(?:officials?|sources?|aides?|police)$/u.test(head) ? 'name' : 'noun';
}

/** Where the gold cue stands: before the content, after it, or inside it (a split quote). */
function cueSide(gold: GoldAttribution): string {
  const cue = gold.cue?.[0];
  const first = gold.content[0];
  const last = gold.content.at(-1);
  if (!cue || !first || !last) return 'nocue';
  if (cue[1] <= first[0]) return 'cue-before';
  if (cue[0] >= last[1]) return 'cue-after';
  return 'cue-inside';
}

/** The class of a wrong speaker: source kind, what was predicted, whether a mention was there. */
function speakerErrorClass(
  gold: GoldAttribution,
  quote: PredictedQuote,
  text: string,
  known: readonly KnownMention[],
): string {
  const source = gold.source ? slice(text, gold.source) : null;
  const kind = sourceKind(source);
  const got = quote.speaker === null ? 'null' : 'wrong';
  const present = gold.source && known.some((m) => overlap(m.start, m.end, gold.source ?? []) > 0);
  return `SPK ${kind} got-${got} ${present ? 'mention-found' : 'no-mention'} ${cueSide(gold)}`;
}

const slice = (text: string, pieces: Pieces) =>
  pieces.map(([s, e]) => text.slice(s, e)).join(' … ');

/**
 * Missed gold contents, spurious quotes and wrong speakers of one article, each with its class,
 * for `--errors`; `tally` counts the classes over the run.
 */
export function describeErrors(
  article: GoldArticle,
  predicted: readonly PredictedQuote[],
  known: readonly KnownMention[] = [],
  tally: Map<string, number> = new Map(),
): string {
  const lines: string[] = [`== ${article.name}`];
  const { text } = article;
  const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  const pairs = matchPairs(predicted, article.attributions);
  const matchOf = new Map(pairs.map(({ p, g }) => [g, predicted[p] as PredictedQuote]));
  const matched = new Set(pairs.map(({ p }) => p));
  article.attributions.forEach((gold, g) => {
    const match = matchOf.get(g);
    const source = gold.source ? slice(text, gold.source) : '-';
    const cue = gold.cue ? slice(text, gold.cue) : '-';
    if (!match) {
      const key = `FN ${gold.direct ? 'direct' : 'indirect'} ${cueSide(gold)}`;
      count(key);
      lines.push(`${key} [${source}] <${cue}> ${clip(slice(text, gold.content))}`);
    } else if (!speakerMatches(match.speaker, gold.source, text)) {
      const key = speakerErrorClass(gold, match, text, known);
      count(key);
      lines.push(
        `${key} [${source}] <${cue}> got [${match.speaker?.name ?? 'null'}] <${match.cue ?? '-'}> ${clip(text.slice(Math.max(0, match.start - 80), match.start))} «…» ${clip(text.slice(match.end, match.end + 80))}`,
      );
    }
  });
  predicted.forEach((q, p) => {
    if (matched.has(p)) return;
    count(`FP ${q.kind}`);
    lines.push(
      `FP ${q.kind} [${q.speaker?.name ?? 'null'}] <${q.cue ?? '-'}> ${clip(text.slice(q.start, q.end))}`,
    );
  });
  return lines.join('\n');
}

/** The error classes, most frequent first. */
export function describeTally(tally: ReadonlyMap<string, number>): string {
  return [...tally]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${String(n).padStart(5)}  ${key}`)
    .join('\n');
}
