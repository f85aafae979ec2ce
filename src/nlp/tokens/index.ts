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
    // e-mail; the local part is bounded (RFC 5321: 64 characters) so that a run like `a+a+a+…`,
    // which fails here at every token start, is not rescanned to its end each time (quadratic).
    String.raw`[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+`,
    String.raw`(?:\p{Lu}\.){2,}`, // initialisms: U.S., U.K.
    String.raw`\d+(?:[+/:]\d+)+`, // 2+2, 24/7, 10:30
    String.raw`\d+(?:[.,]\d+)*(?:%|st|nd|rd|th|s)?`, // numbers, 3.5, 1,000, 1990s, 21st
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*`, // words, military-technical, India's, IndiaNarrative.com
    String.raw`\.{3}|…|--|[—–]`, // ellipses and dashes
    String.raw`\S`, // any other single character
  ].join('|'),
  'uy',
);
const SPACE = /\s/u;

/** `\s` as regular expressions read it, without a string per character for ASCII. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

const CLITIC = /^(.+?)(['’](?:s|re|ve|ll|d|m)|n['’]t)$/iu;

function hasApostrophe(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 39 || code === 0x2019) return true;
  }
  return false;
}

function splitClitic(text: string, start: number, end: number): number {
  if (!hasApostrophe(text, start, end)) return end - start; // most words skip the expression
  const word = text.slice(start, end);
  const match = CLITIC.exec(word);
  return match?.[1] ? match[1].length : word.length;
}

/** "No. 10", "nos. 3-5": these abbreviate "number" only before one; "He said no." ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);

function isAbbreviation(word: string, text: string, dot: number): boolean {
  const lower = word.toLowerCase();
  if (!ABBREVIATIONS.has(lower)) return false;
  return !NUMBER_ABBREVIATIONS.has(lower) || /^\s?\d/u.test(text.slice(dot + 1, dot + 3));
}

/**
 * Tokens from left to right. Every non-space character starts a token (the last alternative is
 * `\S`) and no alternative starts with a space, so the search skips spaces itself and matches
 * the sticky pattern in place: no match array or string per token.
 */
export function tokenize(doc: Doc): void {
  const { text, tokens } = doc;
  let at = 0;
  while (at < text.length) {
    if (isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    TOKEN.lastIndex = start;
    let end = TOKEN.test(text) ? TOKEN.lastIndex : start + 1;
    const stem = splitClitic(text, start, end);
    if (stem < end - start && /^[\p{L}]/u.test(text.slice(start, end))) {
      tokens.push(start, start + stem);
      tokens.push(start + stem, end);
    } else if (text.charAt(end) === '.' && isAbbreviation(text.slice(start, end), text, end)) {
      end += 1;
      tokens.push(start, end);
    } else {
      tokens.push(start, end);
    }
    at = end;
  }
}

export const tokens: Component = {
  name: 'tokens',
  requires: [],
  assigns: ['tokens'],
  run: tokenize,
};
