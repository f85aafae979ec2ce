import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import { ABBREVIATIONS } from './vocabulary.js';

/**
 * One alternation, tried left to right at each position; the order is the priority.
 * NOTE: coupled to `splitClitic` — words are matched with their clitic and split afterwards.
 */
const TOKEN = new RegExp(
  [
    String.raw`(?:https?://|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]'’]`, // URL
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail
    String.raw`(?:\p{Lu}\.){2,}`, // initialisms: U.S., U.K.
    String.raw`\d+(?:[+/:]\d+)+`, // 2+2, 24/7, 10:30
    String.raw`\d+(?:[.,]\d+)*(?:%|st|nd|rd|th|s)?`, // numbers, 3.5, 1,000, 1990s, 21st
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*`, // words, military-technical, India's, IndiaNarrative.com
    String.raw`\.{3}|…|--|[—–]`, // ellipses and dashes
    String.raw`\S`, // any other single character
  ].join('|'),
  'gu',
);

const CLITIC = /^(.+?)(['’](?:s|re|ve|ll|d|m)|n['’]t)$/iu;

function splitClitic(word: string): number {
  const match = CLITIC.exec(word);
  return match?.[1] ? match[1].length : word.length;
}

function isAbbreviation(text: string, next: string): boolean {
  return next === '.' && ABBREVIATIONS.has(text.toLowerCase());
}

export function tokenize(doc: Doc): void {
  const { text, tokens } = doc;
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null = TOKEN.exec(text);
  while (match !== null) {
    const start = match.index;
    const word = match[0];
    let end = start + word.length;
    const stem = splitClitic(word);
    if (stem < word.length && /^[\p{L}]/u.test(word)) {
      tokens.push(start, start + stem);
      tokens.push(start + stem, end);
    } else if (isAbbreviation(word, text.charAt(end))) {
      end += 1;
      tokens.push(start, end);
      TOKEN.lastIndex = end;
    } else {
      tokens.push(start, end);
    }
    match = TOKEN.exec(text);
  }
}

export const tokens: Component = {
  name: 'tokens',
  requires: [],
  assigns: ['tokens'],
  run: tokenize,
};
