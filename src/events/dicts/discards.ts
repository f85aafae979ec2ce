import { dictionaryLines } from '../../nlp/knowledge/dictionary-lines.js';

/** Phrases that stop coding: a sentence with one codes nothing; with `+`, the whole story. */
export interface Discards {
  readonly sentence: readonly (readonly string[])[];
  readonly story: readonly (readonly string[])[];
}

export function parseDiscards(source: string): Discards {
  const sentence: string[][] = [];
  const story: string[][] = [];
  for (const { text } of dictionaryLines(source)) {
    const whole = text.startsWith('+');
    const words = (whole ? text.slice(1) : text)
      .toLowerCase()
      .split(/[\s_]+/u)
      .filter((w) => w !== '');
    if (words.length > 0) (whole ? story : sentence).push(words);
  }
  return { sentence, story };
}

/**
 * A text's words as PETRARCH matches discards against them: split at white space only, so a
 * phrase with punctuation attached ("three years ago, a court…") is no match.
 */
export function discardWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w !== '');
}

/** Whether a phrase occurs, word for word, in the lower-cased words. */
export function containsPhrase(
  words: readonly string[],
  phrases: readonly (readonly string[])[],
): boolean {
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, k) => words[i + k] === w)) return true;
    }
  }
  return false;
}
