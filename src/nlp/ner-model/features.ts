import { isCapitalised } from '../entities/words.js';
import { shape } from '../pos/features.js';
import { addNumber, addText, finish, seed } from '../pos/hash.js';
import { MAX_CACHED_FORM, ownCopy } from '../pos/word-scores.js';
import { clusterPrefix, defaultClusters } from './clusters.js';
import type { GazetteerView } from './gazetteer.js';

/**
 * Feature templates, numbered; the number seeds the hash, so renumbering changes every model.
 * 40 and 51 are retired (once `LabelPrev2`, never written, and `RunShape`, tried and not kept:
 * data/models/README.md); a new template takes 53 or later.
 */
export enum F {
  Bias = 1,
  Word = 2,
  Lower = 3,
  Shape = 4,
  Prefix1 = 5,
  Prefix2 = 6,
  Prefix3 = 7,
  Prefix4 = 8,
  Suffix1 = 9,
  Suffix2 = 10,
  Suffix3 = 11,
  Suffix4 = 12,
  LowerPrev = 13,
  LowerPrev2 = 14,
  LowerNext = 15,
  LowerNext2 = 16,
  ShapePrev = 17,
  ShapeNext = 18,
  ShapePrevCur = 19,
  ShapeCurNext = 20,
  BigramLeft = 21,
  BigramRight = 22,
  Pos = 23,
  PosPrev = 24,
  PosNext = 25,
  PosPrevCur = 26,
  PosCurNext = 27,
  Gazetteer = 28,
  GazetteerPrev = 29,
  GazetteerNext = 30,
  Title = 31,
  TitlePrev = 32,
  Surname = 33,
  Initial = 34,
  AllCaps = 35,
  DocCase = 36,
  History = 37,
  HistoryShape = 38,
  LabelPrev = 39,
  LabelPrevLower = 41,
  LabelPrevShape = 42,
  PosWindow = 43,
  ClusterOwn = 44,
  ClusterPrev = 45,
  ClusterNext = 46,
  HistoryLabel = 47,
  HistoryMajor = 48,
  GivenName = 49,
  GivenNameBefore = 50,
  NeighbourSuffix = 52,
}

/** The most features one word can have; buffers are sized with it. */
export const MAX_FEATURES = 64;

/** Slots per word of `NerView.historyCodes`: the majority type, then up to 4 labels. */
export const HISTORY_SLOTS = 5;

/**
 * How a lower-case form is written elsewhere in the document: bit 1 capitalised inside a sentence
 * (not its first word, not an all-caps line), bit 2 in lower case.
 */
export type DocCase = ReadonlyMap<string, number>;

/** The templates a model may be trained with or without (`NerTrainOptions`). */
export interface NerFeatureSet {
  /** Words give their neighbours their last letters (`F.NeighbourSuffix`). */
  readonly neighbourSuffix: boolean;
}

/**
 * The set every stored model is tagged with: a model (or mix member) trained without a template
 * has no weights for it, so writing it adds nothing.
 */
export const RUN_TIME_FEATURES: NerFeatureSet = { neighbourSuffix: true };

/** Per-sentence values the templates read, computed once per word, and the templates to write. */
export interface NerView extends NerFeatureSet {
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
  /**
   * Codes of the label distribution given earlier to the same form (`DocMemory.historyCodesOf`),
   * `HISTORY_SLOTS` per word, 0 = none; all 0 unless the model was trained with them
   * (`NerModel.historyDistribution`).
   */
  readonly historyCodes: Uint8Array;
}

/** Whether `w` changes when upper-cased (it has a lower-case letter); ASCII is read directly. */
function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return w !== w.toUpperCase();
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
const isUpper = isCapitalised;

/** Whether a sentence is a line in capitals, which hides every name's case. */
export function isAllCaps(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (hasLower(w)) return false;
    if (w.toLowerCase() !== w) letters++;
  }
  return letters > 1;
}

/** Adds one sentence's words to a document's `DocCase` table (`lowers`: their lower case, when known). */
export function addDocCase(
  table: Map<string, number>,
  words: readonly string[],
  lowers?: readonly string[],
): void {
  if (isAllCaps(words)) return;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const bit = isUpper(w) ? (i > 0 ? 1 : 0) : hasLower(w) ? 2 : 0;
    if (bit === 0) continue;
    const lower = lowers?.[i] ?? w.toLowerCase();
    table.set(lower, (table.get(lower) ?? 0) | bit);
  }
}

/** Shapes by word form, remembered (forms repeat); emptied when it grows past `SHAPE_MEMO_SIZE`. */
const shapeMemo = new Map<string, string>();
const SHAPE_MEMO_SIZE = 50_000;

/** `shape(word)`, remembered per form up to `MAX_CACHED_FORM` characters. */
function shapeOf(word: string): string {
  let s = shapeMemo.get(word);
  if (s === undefined) {
    s = shape(word);
    if (word.length <= MAX_CACHED_FORM) {
      if (shapeMemo.size >= SHAPE_MEMO_SIZE) shapeMemo.clear();
      shapeMemo.set(ownCopy(word), s);
    }
  }
  return s;
}

export function viewSentence(
  words: readonly string[],
  pos: Uint8Array,
  gazetteer: GazetteerView,
  docCase: DocCase,
  history: Uint8Array,
  featureSet: NerFeatureSet,
  lowers: readonly string[] = words.map((w) => w.toLowerCase()),
): NerView {
  const caseCodes = new Uint8Array(words.length);
  lowers.forEach((lower, i) => {
    if (isUpper(words[i] as string)) caseCodes[i] = 1 + (docCase.get(lower) ?? 0);
  });
  return {
    words,
    lowers,
    shapes: words.map(shapeOf),
    pos,
    gazetteer,
    allCaps: isAllCaps(words),
    docCase: caseCodes,
    history,
    historyCodes: new Uint8Array(words.length * HISTORY_SLOTS),
    neighbourSuffix: featureSet.neighbourSuffix,
  };
}

/** Word `i`'s lower case, `-START-` before the sentence and `-END-` after it. */
export const lowerAt = (v: NerView, i: number): string =>
  i < 0 ? '-START-' : i >= v.lowers.length ? '-END-' : (v.lowers[i] as string);
/** Word `i`'s shape, `-START-` before the sentence and `-END-` after it. */
export const shapeAt = (v: NerView, i: number): string =>
  i < 0 ? '-START-' : i >= v.shapes.length ? '-END-' : (v.shapes[i] as string);
/** A code of word `i`, 254 before the sentence and 255 after it. */
export const numAt = (a: Uint8Array, i: number): number =>
  i < 0 ? 254 : i >= a.length ? 255 : (a[i] as number);

function affix(template: number, text: string, from: number, to: number): number {
  return finish(addText(seed(template), text, Math.max(0, from), Math.min(text.length, to)));
}
const text1 = (t: number, a: string) => finish(addText(seed(t), a));
const text2 = (t: number, a: string, b: string) => finish(addText(addText(seed(t), a), b));
const num1 = (t: number, a: number) => finish(addNumber(seed(t), a));
const num2 = (t: number, a: number, b: number) => finish(addNumber(addNumber(seed(t), a), b));

/**
 * The static features of a word split by what they read, so the run-time tagger can sum each
 * part's weights once per word form or per small code (`./static-scores.ts`): the word's own
 * features, those it gives a neighbour at each offset, the POS, gazetteer and title codes of the
 * window, pairs of neighbouring forms, and the rest. `staticFeatures` is their union.
 */

/** The word alone: bias, form (not in a headline in capitals), lower case, shape, affixes. */
export function ownFeatures(
  word: string,
  lower: string,
  wordShape: string,
  allCaps: boolean,
  out: Uint32Array,
  at: number,
): number {
  const n = lower.length;
  let k = at;
  out[k++] = num1(F.Bias, 0);
  if (!allCaps) out[k++] = text1(F.Word, word);
  out[k++] = text2(F.Lower, lower, allCaps ? 'C' : '');
  out[k++] = text1(F.Shape, wordShape);
  for (let p = 1; p <= 4; p++) out[k++] = affix(F.Prefix1 + p - 1, lower, 0, p);
  for (let p = 1; p <= 4; p++) out[k++] = affix(F.Suffix1 + p - 1, lower, n - p, n);
  return clusterFeatures(F.ClusterOwn, lower, OWN_CLUSTER_BITS, out, k);
}

/** Path prefix lengths of the word's own cluster and of its neighbours' (as Ratinov & Roth 2009). */
const OWN_CLUSTER_BITS = [4, 6, 10, 20];
const NEIGHBOUR_CLUSTER_BITS = [4, 10];

/** Prefixes of the lower-case form's word cluster (`./clusters.ts`); none for an unknown form. */
export function clusterFeatures(
  template: number,
  lower: string,
  bits: readonly number[],
  out: Uint32Array,
  at: number,
): number {
  const code = defaultClusters().get(lower);
  if (code === undefined) return at;
  let k = at;
  for (const b of bits) out[k++] = num2(template, b, clusterPrefix(code, b));
  return k;
}

/** Length of the neighbours' suffix feature (`F.NeighbourSuffix`). */
const NEIGHBOUR_SUFFIX = 3;

/** The templates a word fills for the word on one side of it. */
export interface NeighbourTemplates {
  readonly lower: F;
  readonly shape: F;
  /** Marks the side in the suffix feature's hash. */
  readonly side: string;
  readonly cluster: F;
}

/** What a word (or `-START-`) gives the word after it. */
export const AS_PREVIOUS: NeighbourTemplates = {
  lower: F.LowerPrev,
  shape: F.ShapePrev,
  side: 'p',
  cluster: F.ClusterPrev,
};
/** What a word (or `-END-`) gives the word before it. */
export const AS_NEXT: NeighbourTemplates = {
  lower: F.LowerNext,
  shape: F.ShapeNext,
  side: 'n',
  cluster: F.ClusterNext,
};

/**
 * The features a word gives its neighbour on side `t`; `neighbourSuffix`: with its last letters
 * (`NerFeatureSet`).
 */
export function asNeighbourFeatures(
  t: NeighbourTemplates,
  lower: string,
  wordShape: string,
  neighbourSuffix: boolean,
  out: Uint32Array,
  at: number,
): number {
  out[at] = text1(t.lower, lower);
  out[at + 1] = text1(t.shape, wordShape);
  let k = at + 2;
  if (neighbourSuffix) out[k++] = text2(F.NeighbourSuffix, t.side, lower.slice(-NEIGHBOUR_SUFFIX));
  return clusterFeatures(t.cluster, lower, NEIGHBOUR_CLUSTER_BITS, out, k);
}

/** What a word (or `-START-`) gives the word two after it. */
export function asSecondPreviousFeatures(lower: string, out: Uint32Array, at: number): number {
  out[at] = text1(F.LowerPrev2, lower);
  return at + 1;
}

/** What a word (or `-END-`) gives the word two before it. */
export function asSecondNextFeatures(lower: string, out: Uint32Array, at: number): number {
  out[at] = text1(F.LowerNext2, lower);
  return at + 1;
}

/** Features of the shapes of a word and its neighbours (`-START-`, `-END-` past the edges). */
export function shapePairFeatures(
  before: string,
  shape: string,
  after: string,
  out: Uint32Array,
  at: number,
): number {
  out[at] = text2(F.ShapePrevCur, before, shape);
  out[at + 1] = text2(F.ShapeCurNext, shape, after);
  return at + 2;
}

/** Features of the lower case of word `i` with a neighbour's. */
export function bigramFeatures(v: NerView, i: number, out: Uint32Array, at: number): number {
  const lower = v.lowers[i] as string;
  out[at] = finish(addText(bigramLeftState(lowerAt(v, i - 1)), lower));
  out[at + 1] = finish(addText(bigramRightState(lower), lowerAt(v, i + 1)));
  return at + 2;
}

/**
 * The hash state of the left-bigram feature after the previous word's lower case: the feature
 * is `finish(addText(bigramLeftState(previous), lower))`, so a tagger may keep the state per form.
 */
export const bigramLeftState = (previous: string): number => addText(seed(F.BigramLeft), previous);

/** The same for the right bigram, after the word's own lower case: `finish(addText(state, next))`. */
export const bigramRightState = (lower: string): number => addText(seed(F.BigramRight), lower);

/** POS of the word and its neighbours (254 before the sentence, 255 after it). */
export function posFeatures(
  before: number,
  pos: number,
  after: number,
  out: Uint32Array,
  at: number,
) {
  out[at] = num1(F.Pos, pos);
  out[at + 1] = num1(F.PosPrev, before);
  out[at + 2] = num1(F.PosNext, after);
  out[at + 3] = num2(F.PosPrevCur, before, pos);
  out[at + 4] = num2(F.PosCurNext, pos, after);
  out[at + 5] = num2(F.PosWindow, before * 256 + pos, after);
  return at + 6;
}

/** Gazetteer phrase codes of the word and its neighbours. */
export function gazetteerFeatures(
  before: number,
  code: number,
  after: number,
  out: Uint32Array,
  at: number,
): number {
  out[at] = num1(F.Gazetteer, code);
  out[at + 1] = num1(F.GazetteerPrev, before);
  out[at + 2] = num1(F.GazetteerNext, after);
  return at + 3;
}

/** Title codes of the word and the word before it. */
export function titleFeatures(title: number, before: number, out: Uint32Array, at: number) {
  out[at] = num1(F.Title, title);
  out[at + 1] = num1(F.TitlePrev, before);
  return at + 2;
}

/**
 * The features only some words have: surname, given name (with whether a capitalised word
 * follows) or a capitalised word after one, first word, capitals, document case, history.
 */
export function occasionalFeatures(v: NerView, i: number, out: Uint32Array, at: number): number {
  const sh = v.shapes[i] as string;
  const given = v.gazetteer.givenName;
  let k = at;
  if (v.gazetteer.surname[i]) out[k++] = num1(F.Surname, 1);
  if (given[i]) out[k++] = num2(F.GivenName, 1, isUpper(v.words[i + 1] ?? '') ? 1 : 0);
  if (i > 0 && given[i - 1] && isUpper(v.words[i] as string)) out[k++] = num1(F.GivenNameBefore, 1);
  if (i === 0) out[k++] = text1(F.Initial, sh);
  if (v.allCaps) out[k++] = num1(F.AllCaps, 1);
  const dc = v.docCase[i] as number;
  if (dc > 0) out[k++] = num2(F.DocCase, dc, i === 0 || v.allCaps ? 1 : 0);
  const h = v.history[i] as number;
  if (h > 0) {
    out[k++] = num1(F.History, h);
    out[k++] = text2(F.HistoryShape, String(h), sh);
  }
  const codes = v.historyCodes;
  const base = i * HISTORY_SLOTS;
  if (codes[base]) {
    out[k++] = num1(F.HistoryMajor, codes[base] as number);
    for (let s = 1; s < HISTORY_SLOTS && codes[base + s]; s++) {
      out[k++] = num1(F.HistoryLabel, codes[base + s] as number);
    }
  }
  return k;
}

/** Writes the features of word `i` that do not depend on labels; returns the new end. */
export function staticFeatures(v: NerView, i: number, out: Uint32Array, at: number): number {
  const lower = v.lowers[i] as string;
  const g = v.gazetteer;
  let k = ownFeatures(v.words[i] as string, lower, v.shapes[i] as string, v.allCaps, out, at);
  k = asNeighbourFeatures(
    AS_PREVIOUS,
    lowerAt(v, i - 1),
    shapeAt(v, i - 1),
    v.neighbourSuffix,
    out,
    k,
  );
  k = asSecondPreviousFeatures(lowerAt(v, i - 2), out, k);
  k = asNeighbourFeatures(AS_NEXT, lowerAt(v, i + 1), shapeAt(v, i + 1), v.neighbourSuffix, out, k);
  k = asSecondNextFeatures(lowerAt(v, i + 2), out, k);
  k = shapePairFeatures(shapeAt(v, i - 1), v.shapes[i] as string, shapeAt(v, i + 1), out, k);
  k = bigramFeatures(v, i, out, k);
  k = posFeatures(numAt(v.pos, i - 1), numAt(v.pos, i), numAt(v.pos, i + 1), out, k);
  k = gazetteerFeatures(numAt(g.phrase, i - 1), numAt(g.phrase, i), numAt(g.phrase, i + 1), out, k);
  k = titleFeatures(numAt(g.title, i), numAt(g.title, i - 1), out, k);
  return occasionalFeatures(v, i, out, k);
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
