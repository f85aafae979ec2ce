import type { Doc, Sentence } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from '../tokens/vocabulary.js';

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** A sentence in news prose never runs longer than this; it bounds later stages' work. */
const MAX_SENTENCE_TOKENS = 400;

function startsSentence(word: string): boolean {
  return /^[\p{Lu}\p{N}"“‘'([«]/u.test(word);
}

/** An abbreviation such as "Gen." or "U.S." ends a sentence only where it commonly can. */
function isNonFinalAbbreviation(word: string): boolean {
  if (!word.endsWith('.') || word.length < 2) return false;
  const bare = word.slice(0, -1).toLowerCase();
  if (SENTENCE_FINAL_ABBREVIATIONS.has(bare)) return false;
  return ABBREVIATIONS.has(bare) || /^(?:\p{L}\.)+$/u.test(word);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 10) return true;
  return false;
}

/** Index after the token that closes the sentence starting at `first`. */
function sentenceEnd(doc: Doc, first: number): number {
  const { tokens, text } = doc;
  const limit = Math.min(tokens.length, first + MAX_SENTENCE_TOKENS);
  for (let i = first; i < limit; i++) {
    const next = i + 1;
    if (next >= tokens.length) return tokens.length;
    if (hasLineBreak(text, tokens.end(i), tokens.start(next))) return next;
    const word = doc.tokenText(i);
    if (!TERMINAL.has(word) && !(word.endsWith('.') && !isNonFinalAbbreviation(word))) continue;
    let last = i;
    // A closing mark belongs to the sentence only when it touches it: `win."` but not `win. "We`.
    while (
      last + 1 < limit &&
      CLOSING.has(doc.tokenText(last + 1)) &&
      tokens.start(last + 1) === tokens.end(last)
    ) {
      last++;
    }
    const after = last + 1;
    if (after >= tokens.length) return tokens.length;
    if (tokens.start(after) === tokens.end(last)) continue;
    if (startsSentence(doc.tokenText(after))) return after;
  }
  return limit;
}

export function splitSentences(doc: Doc): void {
  const { tokens } = doc;
  const sentences: Sentence[] = [];
  let first = 0;
  while (first < tokens.length) {
    const endToken = sentenceEnd(doc, first);
    const span = doc.span(tokens.start(first), tokens.end(endToken - 1));
    sentences.push({ start: span.start, end: span.end, firstToken: first, endToken });
    first = endToken;
  }
  doc.sentences = sentences;
}

export const sentences: Component = {
  name: 'sentences',
  requires: ['tokens'],
  assigns: ['sentences'],
  run: splitSentences,
};
