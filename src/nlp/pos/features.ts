import { addNumber, addText, finish, seed } from './hash.js';

/**
 * What the tagger knows of a word before tagging it, from the training data: the tags the lowercase
 * form was seen with (its ambiguity class, a bit mask; 0 for rare or unseen words) and, for frequent
 * words that almost always take one tag, that tag (the tag dictionary; -1 otherwise).
 */
export interface Lexicon {
  ambiguityClass(lower: string): number;
  dictionaryTag(word: string): number;
}

/** Per-sentence values the feature templates read, computed once per word. */
export interface SentenceView {
  readonly words: readonly string[];
  readonly lowers: readonly string[];
  readonly norms: readonly string[];
  readonly shapes: readonly string[];
  readonly classes: Uint32Array;
}

/** Feature templates, numbered; the number seeds the hash, so renumbering changes every model. */
export enum T {
  Bias = 1,
  Word,
  Norm,
  Suffix1,
  Suffix2,
  Suffix3,
  Suffix4,
  Prefix1,
  Prefix2,
  Prefix3,
  Shape,
  FirstShape,
  Class,
  ClassNext,
  ClassNext2,
  ClassPair,
  NormPrev,
  SuffixPrev,
  NormPrev2,
  NormNext,
  SuffixNext,
  NormNext2,
  ShapeNext,
  BigramLeft,
  BigramRight,
  TagPrev,
  TagPrev2,
  TagPrevNorm,
  TagPrevClassNext,
}

/** The most static features one word can have; buffers are sized with it. */
export const MAX_FEATURES = 32;

const START = ['-START-', '-START2-'];
const END = ['-END-', '-END2-'];

/** Lowercase, with numbers folded: `1999` → `!YEAR`, `3.5` → `!DIGITS`. */
export function normalize(lower: string): string {
  if (/^\d{4}$/u.test(lower)) return '!YEAR';
  if (/^\d/u.test(lower)) return '!DIGITS';
  return lower;
}

/** Letters to X/x, digits to d, other characters kept; runs of one class collapse: `U.S.` → `X.X.`. */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const ch = word[i] as string;
    let c = ch;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch.toUpperCase()) c = ch === ch.toLowerCase() ? 'x' : 'X';
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export function viewSentence(words: readonly string[], lexicon: Lexicon): SentenceView {
  const lowers = words.map((w) => w.toLowerCase());
  const classes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) classes[i] = lexicon.ambiguityClass(lowers[i] as string);
  return { words, lowers, norms: lowers.map(normalize), shapes: words.map(shape), classes };
}

const normAt = (v: SentenceView, i: number): string =>
  i < 0
    ? (START[-i - 1] as string)
    : i >= v.words.length
      ? (END[i - v.words.length] as string)
      : (v.norms[i] as string);
const lowerAt = (v: SentenceView, i: number): string =>
  i < 0 || i >= v.lowers.length ? normAt(v, i) : (v.lowers[i] as string);
const classAt = (v: SentenceView, i: number): number =>
  i >= v.classes.length ? 0x1000000 : (v.classes[i] as number);

function affix(template: number, text: string, from: number, to: number): number {
  return finish(addText(seed(template), text, Math.max(0, from), Math.min(text.length, to)));
}

/**
 * The static features of a word split by what they read, so the run-time tagger can sum each
 * part's weights once per word form (`./word-scores.ts`): a word's own features, those it gives
 * as a neighbour at each offset, and those that read two words at once. `staticFeatures` is their
 * union; only the order of the hashes differs, and no score depends on it.
 */

/** Features of the word alone: form, lower case and its affixes, shape, ambiguity class. */
export function ownFeatures(
  word: string,
  lower: string,
  norm: string,
  wordShape: string,
  wordClass: number,
  out: Uint32Array,
  at: number,
): number {
  const n = lower.length;
  let k = at;
  out[k++] = finish(seed(T.Bias));
  out[k++] = finish(addText(seed(T.Word), word));
  out[k++] = finish(addText(seed(T.Norm), norm));
  out[k++] = affix(T.Suffix1, lower, n - 1, n);
  out[k++] = affix(T.Suffix2, lower, n - 2, n);
  out[k++] = affix(T.Suffix3, lower, n - 3, n);
  out[k++] = affix(T.Suffix4, lower, n - 4, n);
  out[k++] = affix(T.Prefix1, lower, 0, 1);
  out[k++] = affix(T.Prefix2, lower, 0, 2);
  out[k++] = affix(T.Prefix3, lower, 0, 3);
  out[k++] = finish(addText(seed(T.Shape), wordShape));
  out[k++] = finish(addNumber(seed(T.Class), wordClass));
  return k;
}

/** Features a word (or the start marker) gives the word after it. */
export function asPreviousFeatures(lower: string, norm: string, out: Uint32Array, at: number) {
  out[at] = finish(addText(seed(T.NormPrev), norm));
  out[at + 1] = affix(T.SuffixPrev, lower, lower.length - 3, lower.length);
  return at + 2;
}

/** Features a word gives the word two after it. */
export function asSecondPreviousFeatures(norm: string, out: Uint32Array, at: number): number {
  out[at] = finish(addText(seed(T.NormPrev2), norm));
  return at + 1;
}

/** Features a word (or the end marker) gives the word before it. */
export function asNextFeatures(
  lower: string,
  norm: string,
  wordShape: string,
  wordClass: number,
  out: Uint32Array,
  at: number,
): number {
  out[at] = finish(addNumber(seed(T.ClassNext), wordClass));
  out[at + 1] = finish(addText(seed(T.NormNext), norm));
  out[at + 2] = affix(T.SuffixNext, lower, lower.length - 3, lower.length);
  out[at + 3] = finish(addText(seed(T.ShapeNext), wordShape));
  return at + 4;
}

/** Features a word gives the word two before it. */
export function asSecondNextFeatures(
  norm: string,
  wordClass: number,
  out: Uint32Array,
  at: number,
): number {
  out[at] = finish(addNumber(seed(T.ClassNext2), wordClass));
  out[at + 1] = finish(addText(seed(T.NormNext2), norm));
  return at + 2;
}

/** Features that read word `i` with a neighbour, and the first word's shape. */
export function pairFeatures(v: SentenceView, i: number, out: Uint32Array, at: number): number {
  let k = at;
  if (i === 0) out[k++] = firstShapeFeature(v.shapes[i] as string);
  const words = { previous: normAt(v, i - 1), word: v.norms[i] as string, next: normAt(v, i + 1) };
  return neighbourFeatures(words, classAt(v, i), classAt(v, i + 1), out, k);
}

/** The norms of a word and of the words either side (or the boundary markers). */
export interface NormWindow {
  previous: string;
  word: string;
  next: string;
}

/** The features of `pairFeatures` but the first word's shape. */
export function neighbourFeatures(
  norms: NormWindow,
  wordClass: number,
  nextClass: number,
  out: Uint32Array,
  at: number,
): number {
  out[at] = classPairFeature(wordClass, nextClass);
  out[at + 1] = finish(addText(bigramLeftState(norms.previous), norms.word));
  out[at + 2] = finish(addText(bigramRightState(norms.word), norms.next));
  return at + 3;
}

/** The ambiguity classes of a word and of the next word (`neighbourFeatures`). */
export const classPairFeature = (wordClass: number, nextClass: number): number =>
  finish(addNumber(addNumber(seed(T.ClassPair), wordClass), nextClass));

/**
 * The hash state of the left-bigram feature after the previous word's norm: the feature is
 * `finish(addText(bigramLeftState(previous), word))`, so a tagger may keep the state per form.
 */
export const bigramLeftState = (previous: string): number => addText(seed(T.BigramLeft), previous);

/** The same for the right bigram, after the word's own norm: `finish(addText(state, next))`. */
export const bigramRightState = (word: string): number => addText(seed(T.BigramRight), word);

/** The feature `pairFeatures` adds for the first word of a sentence. */
export const firstShapeFeature = (wordShape: string): number =>
  finish(addText(seed(T.FirstShape), wordShape));

/** The shape `ShapeNext` reads at position `i`: the word's, or `-END-` past the last word. */
const shapeAt = (v: SentenceView, i: number): string =>
  i < v.shapes.length ? (v.shapes[i] as string) : '-END-';

/** Writes the features of word `i` that do not depend on earlier tags; returns the new end. */
export function staticFeatures(v: SentenceView, i: number, out: Uint32Array, at: number): number {
  const word = v.words[i] as string;
  let k = ownFeatures(
    word,
    v.lowers[i] as string,
    v.norms[i] as string,
    v.shapes[i] as string,
    classAt(v, i),
    out,
    at,
  );
  k = asPreviousFeatures(lowerAt(v, i - 1), normAt(v, i - 1), out, k);
  k = asSecondPreviousFeatures(normAt(v, i - 2), out, k);
  k = asNextFeatures(
    lowerAt(v, i + 1),
    normAt(v, i + 1),
    shapeAt(v, i + 1),
    classAt(v, i + 1),
    out,
    k,
  );
  k = asSecondNextFeatures(normAt(v, i + 2), classAt(v, i + 2), out, k);
  return pairFeatures(v, i, out, k);
}

/**
 * Writes the features of word `i` that read the tags already given to the two words before it
 * (`prev`, `prev2`; tag ids, or the tag count and count + 1 for the sentence start).
 */
export function tagFeatures(
  v: SentenceView,
  i: number,
  prev: number,
  prev2: number,
  out: Uint32Array,
  at: number,
): number {
  const k = tagHistoryFeatures(prev, prev2, out, at);
  return tagWordFeatures(prev, v.norms[i] as string, classAt(v, i + 1), out, k);
}

/** The tag features that read nothing but the two tags. */
export function tagHistoryFeatures(prev: number, prev2: number, out: Uint32Array, at: number) {
  out[at] = finish(addNumber(seed(T.TagPrev), prev));
  out[at + 1] = finish(addNumber(addNumber(seed(T.TagPrev2), prev2), prev));
  return at + 2;
}

/** The tag features that read the previous tag with the word or the next word's class. */
export function tagWordFeatures(
  prev: number,
  norm: string,
  nextClass: number,
  out: Uint32Array,
  at: number,
): number {
  out[at] = tagPrevNormFeature(prev, norm);
  out[at + 1] = tagPrevClassNextFeature(prev, nextClass);
  return at + 2;
}

/** The previous tag with the word's norm (`tagWordFeatures`). */
export const tagPrevNormFeature = (prev: number, norm: string): number =>
  finish(addText(addNumber(seed(T.TagPrevNorm), prev), norm));

/** The previous tag with the next word's ambiguity class (`tagWordFeatures`). */
export const tagPrevClassNextFeature = (prev: number, nextClass: number): number =>
  finish(addNumber(addNumber(seed(T.TagPrevClassNext), prev), nextClass));
