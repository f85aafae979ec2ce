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

/** Writes the features of word `i` that do not depend on earlier tags; returns the new end. */
export function staticFeatures(v: SentenceView, i: number, out: Uint32Array, at: number): number {
  const word = v.words[i] as string;
  const lower = v.lowers[i] as string;
  const norm = v.norms[i] as string;
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
  out[k++] = finish(addText(seed(T.Shape), v.shapes[i] as string));
  if (i === 0) out[k++] = finish(addText(seed(T.FirstShape), v.shapes[i] as string));
  out[k++] = finish(addNumber(seed(T.Class), classAt(v, i)));
  out[k++] = finish(addNumber(seed(T.ClassNext), classAt(v, i + 1)));
  out[k++] = finish(addNumber(seed(T.ClassNext2), classAt(v, i + 2)));
  out[k++] = finish(addNumber(addNumber(seed(T.ClassPair), classAt(v, i)), classAt(v, i + 1)));
  const prev = lowerAt(v, i - 1);
  const next = lowerAt(v, i + 1);
  out[k++] = finish(addText(seed(T.NormPrev), normAt(v, i - 1)));
  out[k++] = affix(T.SuffixPrev, prev, prev.length - 3, prev.length);
  out[k++] = finish(addText(seed(T.NormPrev2), normAt(v, i - 2)));
  out[k++] = finish(addText(seed(T.NormNext), normAt(v, i + 1)));
  out[k++] = affix(T.SuffixNext, next, next.length - 3, next.length);
  out[k++] = finish(addText(seed(T.NormNext2), normAt(v, i + 2)));
  const shapeNext = i + 1 < v.shapes.length ? (v.shapes[i + 1] as string) : '-END-';
  out[k++] = finish(addText(seed(T.ShapeNext), shapeNext));
  out[k++] = finish(addText(addText(seed(T.BigramLeft), normAt(v, i - 1)), norm));
  out[k++] = finish(addText(addText(seed(T.BigramRight), norm), normAt(v, i + 1)));
  return k;
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
  let k = at;
  out[k++] = finish(addNumber(seed(T.TagPrev), prev));
  out[k++] = finish(addNumber(addNumber(seed(T.TagPrev2), prev2), prev));
  out[k++] = finish(addText(addNumber(seed(T.TagPrevNorm), prev), v.norms[i] as string));
  out[k++] = finish(addNumber(addNumber(seed(T.TagPrevClassNext), prev), classAt(v, i + 1)));
  return k;
}
