import { shape } from '../pos/features.js';
import { addNumber, addText, finish, seed } from '../pos/hash.js';
import type { GazetteerView } from './gazetteer.js';

/** Feature templates, numbered; the number seeds the hash, so renumbering changes every model. */
export enum F {
  Bias = 1,
  Word,
  Lower,
  Shape,
  Prefix1,
  Prefix2,
  Prefix3,
  Prefix4,
  Suffix1,
  Suffix2,
  Suffix3,
  Suffix4,
  LowerPrev,
  LowerPrev2,
  LowerNext,
  LowerNext2,
  ShapePrev,
  ShapeNext,
  ShapePrevCur,
  ShapeCurNext,
  BigramLeft,
  BigramRight,
  Pos,
  PosPrev,
  PosNext,
  PosPrevCur,
  PosCurNext,
  Gazetteer,
  GazetteerPrev,
  GazetteerNext,
  Title,
  TitlePrev,
  Surname,
  Initial,
  AllCaps,
  DocCase,
  History,
  HistoryShape,
  LabelPrev,
  LabelPrev2Unused,
  LabelPrevLower,
  LabelPrevShape,
  PosWindow,
}

/** The most features one word can have; buffers are sized with it. */
export const MAX_FEATURES = 48;

/**
 * How a lower-case form is written elsewhere in the document: bit 1 capitalised inside a sentence
 * (not its first word, not an all-caps line), bit 2 in lower case.
 */
export type DocCase = ReadonlyMap<string, number>;

/** Per-sentence values the templates read, computed once per word. */
export interface NerView {
  readonly words: readonly string[];
  readonly lowers: readonly string[];
  readonly shapes: readonly string[];
  /** UPOS ids from the POS tagger. */
  readonly pos: Uint8Array;
  readonly gazetteer: GazetteerView;
  /** No lower-case letter in the sentence (a headline in capitals). */
  readonly allCaps: boolean;
  /** `DocCase` code of each word (0 when not capitalised). */
  readonly docCase: Uint8Array;
  /** 1 + type id last predicted for this form earlier in the document, or 0. */
  readonly history: Uint8Array;
}

const hasLower = (w: string) => w !== w.toUpperCase();
const isUpper = (w: string) => /^\p{Lu}/u.test(w);

/** Whether a sentence is a line in capitals, which hides every name's case. */
export function isAllCaps(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (hasLower(w)) return false;
    if (w.toLowerCase() !== w) letters++;
  }
  return letters > 1;
}

/** Adds one sentence's words to a document's `DocCase` table. */
export function addDocCase(table: Map<string, number>, words: readonly string[]): void {
  if (isAllCaps(words)) return;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const bit = isUpper(w) ? (i > 0 ? 1 : 0) : hasLower(w) ? 2 : 0;
    if (bit === 0) continue;
    const lower = w.toLowerCase();
    table.set(lower, (table.get(lower) ?? 0) | bit);
  }
}

export function viewSentence(
  words: readonly string[],
  pos: Uint8Array,
  gazetteer: GazetteerView,
  docCase: DocCase,
  history: Uint8Array,
): NerView {
  const lowers = words.map((w) => w.toLowerCase());
  const caseCodes = new Uint8Array(words.length);
  lowers.forEach((lower, i) => {
    if (isUpper(words[i] as string)) caseCodes[i] = 1 + (docCase.get(lower) ?? 0);
  });
  return {
    words,
    lowers,
    shapes: words.map(shape),
    pos,
    gazetteer,
    allCaps: isAllCaps(words),
    docCase: caseCodes,
    history,
  };
}

const lowerAt = (v: NerView, i: number): string =>
  i < 0 ? '-START-' : i >= v.lowers.length ? '-END-' : (v.lowers[i] as string);
const shapeAt = (v: NerView, i: number): string =>
  i < 0 ? '-START-' : i >= v.shapes.length ? '-END-' : (v.shapes[i] as string);
const numAt = (a: Uint8Array, i: number): number =>
  i < 0 ? 254 : i >= a.length ? 255 : (a[i] as number);

function affix(template: number, text: string, from: number, to: number): number {
  return finish(addText(seed(template), text, Math.max(0, from), Math.min(text.length, to)));
}
const text1 = (t: number, a: string) => finish(addText(seed(t), a));
const text2 = (t: number, a: string, b: string) => finish(addText(addText(seed(t), a), b));
const num1 = (t: number, a: number) => finish(addNumber(seed(t), a));
const num2 = (t: number, a: number, b: number) => finish(addNumber(addNumber(seed(t), a), b));

/** Writes the features of word `i` that do not depend on labels; returns the new end. */
export function staticFeatures(v: NerView, i: number, out: Uint32Array, at: number): number {
  const lower = v.lowers[i] as string;
  const sh = v.shapes[i] as string;
  const n = lower.length;
  const g = v.gazetteer;
  let k = at;
  out[k++] = num1(F.Bias, 0);
  if (!v.allCaps) out[k++] = text1(F.Word, v.words[i] as string);
  out[k++] = text2(F.Lower, lower, v.allCaps ? 'C' : '');
  out[k++] = text1(F.Shape, sh);
  for (let p = 1; p <= 4; p++) out[k++] = affix(F.Prefix1 + p - 1, lower, 0, p);
  for (let p = 1; p <= 4; p++) out[k++] = affix(F.Suffix1 + p - 1, lower, n - p, n);
  out[k++] = text1(F.LowerPrev, lowerAt(v, i - 1));
  out[k++] = text1(F.LowerPrev2, lowerAt(v, i - 2));
  out[k++] = text1(F.LowerNext, lowerAt(v, i + 1));
  out[k++] = text1(F.LowerNext2, lowerAt(v, i + 2));
  out[k++] = text1(F.ShapePrev, shapeAt(v, i - 1));
  out[k++] = text1(F.ShapeNext, shapeAt(v, i + 1));
  out[k++] = text2(F.ShapePrevCur, shapeAt(v, i - 1), sh);
  out[k++] = text2(F.ShapeCurNext, sh, shapeAt(v, i + 1));
  out[k++] = text2(F.BigramLeft, lowerAt(v, i - 1), lower);
  out[k++] = text2(F.BigramRight, lower, lowerAt(v, i + 1));
  const pos = numAt(v.pos, i);
  out[k++] = num1(F.Pos, pos);
  out[k++] = num1(F.PosPrev, numAt(v.pos, i - 1));
  out[k++] = num1(F.PosNext, numAt(v.pos, i + 1));
  out[k++] = num2(F.PosPrevCur, numAt(v.pos, i - 1), pos);
  out[k++] = num2(F.PosCurNext, pos, numAt(v.pos, i + 1));
  out[k++] = num2(F.PosWindow, numAt(v.pos, i - 1) * 256 + pos, numAt(v.pos, i + 1));
  out[k++] = num1(F.Gazetteer, numAt(g.phrase, i));
  out[k++] = num1(F.GazetteerPrev, numAt(g.phrase, i - 1));
  out[k++] = num1(F.GazetteerNext, numAt(g.phrase, i + 1));
  out[k++] = num1(F.Title, numAt(g.title, i));
  out[k++] = num1(F.TitlePrev, numAt(g.title, i - 1));
  if (g.surname[i]) out[k++] = num1(F.Surname, 1);
  if (i === 0) out[k++] = text1(F.Initial, sh);
  if (v.allCaps) out[k++] = num1(F.AllCaps, 1);
  const dc = v.docCase[i] as number;
  if (dc > 0) out[k++] = num2(F.DocCase, dc, i === 0 || v.allCaps ? 1 : 0);
  const h = v.history[i] as number;
  if (h > 0) {
    out[k++] = num1(F.History, h);
    out[k++] = text2(F.HistoryShape, String(h), sh);
  }
  return k;
}

/** How many features `labelFeatures` writes. */
export const LABEL_FEATURES = 3;

/**
 * Writes the features of word `i` that read the label of the word before it (`prev`, -1 at the
 * sentence start): first order, so Viterbi decoding is exact.
 */
export function labelFeatures(
  v: NerView,
  i: number,
  prev: number,
  out: Uint32Array,
  at: number,
): number {
  out[at] = labelOnlyFeature(prev);
  return wordLabelFeatures(v, i, prev, out, at + 1);
}

/** The feature that reads only the previous label: its weights are the same for every word. */
export const labelOnlyFeature = (prev: number): number => num1(F.LabelPrev, prev + 1);

/** The label features that also read the word. */
export function wordLabelFeatures(
  v: NerView,
  i: number,
  prev: number,
  out: Uint32Array,
  at: number,
): number {
  out[at] = wordLabelFeature(F.LabelPrevLower, prev, v.lowers[i] as string);
  out[at + 1] = wordLabelFeature(F.LabelPrevShape, prev, v.shapes[i] as string);
  return at + 2;
}

/** A feature of the previous label and one form of the word (`LabelPrevLower`, `LabelPrevShape`). */
export const wordLabelFeature = (template: number, prev: number, form: string): number =>
  finish(addText(addNumber(seed(template), prev + 1), form));
