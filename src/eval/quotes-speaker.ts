import { overlap, type Pieces } from './quotes-data.js';
import type { PredictedQuote } from './quotes-score.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them']);

/** Last word of a phrase, lower-cased, without parentheses or a possessive: `Sen. Tim Kaine (D-VA)` → `kaine`. */
export function headWord(phrase: string): string {
  const words = phrase
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/['’]s\b/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu);
  return (words?.at(-1) ?? '').replace(/\.$/u, '');
}

/** The speaker has a mention on the gold Source span, or a name with the same head word. */
export function speakerMatches(
  speaker: PredictedQuote['speaker'],
  source: Pieces | null,
  text: string,
): boolean {
  if (!source) return speaker === null;
  if (!speaker) return false;
  if (speaker.mentions.some((m) => overlap(m.start, m.end, source) > 0)) return true;
  const head = headWord(source.map(([s, e]) => text.slice(s, e)).join(' '));
  if (!head || PRONOUNS.has(head)) return false;
  const names = [
    speaker.name,
    ...speaker.mentions.filter((m) => m.kind === 'name').map((m) => m.text),
  ];
  return names.some((name) => headWord(name) === head);
}
