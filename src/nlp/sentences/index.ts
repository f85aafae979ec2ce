import type { Doc, Sentence } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from '../tokens/vocabulary.js';
import { SENTENCE_OPENERS } from './vocabulary.js';

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

const LONE_CAPITAL = /^\p{Lu}$/u;
const CAPITALISED = /^\p{Lu}/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * Whether the period at token `dot` closes a middle initial (`Mark Z. Barabak`, `George H. W.
 * Bush`): a lone capital touching it, after a capitalised word and any earlier initials, and a
 * capitalised word after that is not a common sentence opener (`Plan B. He left.` splits).
 */
function closesInitial(doc: Doc, dot: number): boolean {
  const letter = dot - 1;
  if (letter < 1 || dot + 1 >= doc.tokens.length) return false;
  if (!LONE_CAPITAL.test(doc.tokenText(letter))) return false;
  if (doc.tokens.end(letter) !== doc.tokens.start(dot)) return false;
  // Back over earlier initials (`H. W.`) to the given name, which must be a capitalised word.
  let first = letter;
  while (
    first >= 2 &&
    doc.tokenText(first - 1) === '.' &&
    LONE_CAPITAL.test(doc.tokenText(first - 2))
  )
    first -= 2;
  if (first < 1 || !CAPITALISED_WORD.test(doc.tokenText(first - 1))) return false;
  const next = doc.tokenText(dot + 1);
  return CAPITALISED.test(next) && !SENTENCE_OPENERS.has(next.toLowerCase());
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
    if (word === '.' && closesInitial(doc, i)) continue;
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
