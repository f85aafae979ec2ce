import { RowArena } from '../perceptron/row-arena.js';
import {
  asNextFeatures,
  asPreviousFeatures,
  asSecondNextFeatures,
  asSecondPreviousFeatures,
  bigramLeftState,
  bigramRightState,
  MAX_FEATURES,
  normalize,
  ownFeatures,
  shape,
} from './features.js';
import type { PosModel } from './model.js';

/**
 * What the tagger needs of one word form, computed once per model and form since forms repeat:
 * its lexicon values, and the summed weights of the features it takes part in, one row of
 * `tagCount` per role (`Role`) in the cache's arena. Weights are int16 and a word has fewer than
 * 32 features, so int32 sums are exact and adding a row equals adding its features one by one.
 */
export interface WordScores {
  readonly norm: string;
  readonly shape: string;
  readonly wordClass: number;
  /** Dictionary tag id, or -1. */
  readonly dictionaryTag: number;
  /**
   * Role `r`, tag `t` is `ScoreCache.arena.data[rows + r * tagCount + t]`; a bidirectional model's
   * right-to-left rows follow, from `rows + ROLES * tagCount` (`BACKWARD_ROWS`).
   */
  readonly rows: number;
  /** The form's row number in the arena: its place in `ScoreCache.tagNorm`. */
  readonly slot: number;
  /** A small id of `wordClass` (`ScoreCache.classIds`); `CLASS_IDS` when past the limit. */
  readonly classId: number;
  /** Hash states of the bigram features after this form's norm (`bigramLeftState`, `bigramRightState`). */
  readonly bigramLeft: number;
  readonly bigramRight: number;
}

/** Rows of a word (the POS tagger's and the NER model's): its own features, and those it gives at each neighbour offset. */
export enum Role {
  Own = 0,
  /** Read by the word after it. */
  Previous = 1,
  /** Read by the word two after it. */
  SecondPrevious = 2,
  /** Read by the word before it. */
  Next = 3,
  /** Read by the word two before it. */
  SecondNext = 4,
}
export const ROLES = 5;

/** Where a word's right-to-left rows start, past its left-to-right ones, in units of `tagCount`. */
export const BACKWARD_ROWS = ROLES;

/** Adds the weights of feature hash `hash` to `scores[at + tag]`. */
export function addWeights(model: PosModel, hash: number, scores: Int32Array, at = 0): void {
  model.weightTable.addTo(hash, scores, at);
}

const buffer = new Uint32Array(MAX_FEATURES);

/**
 * Adds the weights of `buffer[0, count)` at `at`, and the backward model's at `at + BACKWARD_ROWS
 * rows`: both directions use the same features of a word, each with its own weights.
 */
function sumInto(model: PosModel, count: number, arena: RowArena, at: number): void {
  for (let k = 0; k < count; k++) addWeights(model, buffer[k] as number, arena.data, at);
  const { backward } = model;
  if (!backward) return;
  const back = at + BACKWARD_ROWS * model.tagCount;
  for (let k = 0; k < count; k++) addWeights(backward, buffer[k] as number, arena.data, back);
}

/** Rows of a word; `lower`/`norm` are the marker itself for the sentence-boundary markers. */
function scoresOf(
  model: PosModel,
  arena: RowArena,
  classId: number,
  word: string,
  lower: string,
  norm: string,
  wordShape: string,
  wordClass: number,
  dictionaryTag: number,
): WordScores {
  const n = model.tagCount;
  const rows = arena.add();
  const own = ownFeatures(word, lower, norm, wordShape, wordClass, buffer, 0);
  sumInto(model, own, arena, rows + Role.Own * n);
  sumInto(model, asPreviousFeatures(lower, norm, buffer, 0), arena, rows + Role.Previous * n);
  const second = asSecondPreviousFeatures(norm, buffer, 0);
  sumInto(model, second, arena, rows + Role.SecondPrevious * n);
  const next = asNextFeatures(lower, norm, wordShape, wordClass, buffer, 0);
  sumInto(model, next, arena, rows + Role.Next * n);
  const next2 = asSecondNextFeatures(norm, wordClass, buffer, 0);
  sumInto(model, next2, arena, rows + Role.SecondNext * n);
  return {
    norm,
    shape: wordShape,
    wordClass,
    dictionaryTag,
    rows,
    slot: rows / arena.width,
    classId,
    bigramLeft: bigramLeftState(norm),
    bigramRight: bigramRightState(norm),
  };
}

/**
 * Class ids past this many are not given (`WordScores.classId`): their features are hashed per
 * word. Training gives about 150 classes.
 */
export const CLASS_IDS = 512;

/** Marks a `tagNorm` entry not yet looked up. */
export const NOT_LOOKED_UP = -2;

/** The id of an ambiguity class, given on first sight (classes are few: masks seen in training). */
function classIdOf(classIds: Map<number, number>, wordClass: number): number {
  let id = classIds.get(wordClass);
  if (id === undefined) {
    id = Math.min(classIds.size, CLASS_IDS);
    if (id < CLASS_IDS) classIds.set(wordClass, id);
  }
  return id;
}

/**
 * Cached parts of the features a word reads with its neighbours or with the previous tag, one
 * per direction of a bidirectional model (0 left to right, 1 right to left).
 */
export interface PassRows {
  /** The class-pair feature's row at `classId * CLASS_IDS + nextClassId`. */
  readonly classPairs: (Int32Array | undefined)[];
  /** By the next word's class id: the previous-tag-and-next-class rows, `prev * tagCount + tag`. */
  readonly classNext: (Int32Array | undefined)[];
}

/** The ambiguity class read past the sentence end (`classAt` in `./features.ts`). */
const END_CLASS = 0x1000000;

const passRows = (): PassRows => ({
  classPairs: new Array<Int32Array | undefined>(CLASS_IDS * CLASS_IDS).fill(undefined),
  classNext: new Array<Int32Array | undefined>(CLASS_IDS).fill(undefined),
});

/** Per-model cache of word forms and the boundary markers. */
export interface ScoreCache {
  readonly words: Map<string, WordScores>;
  readonly arena: RowArena;
  /** `-START-`, `-START2-`: the words at offsets -1 and -2; `-END-`, `-END2-` past the end. */
  readonly start: WordScores;
  readonly start2: WordScores;
  readonly end: WordScores;
  readonly end2: WordScores;
  readonly classIds: Map<number, number>;
  readonly passes: readonly [PassRows, PassRows];
  /**
   * `find` results of the previous-tag-and-norm feature by form slot, direction and previous tag,
   * at `(slot * 2 + direction) * (tagCount + 2) + prev`; `NOT_LOOKED_UP` until first needed.
   */
  tagNorm: Int32Array;
}

/** Word forms kept per model before the cache starts again (a bound on memory, ~20 MB a direction). */
export const WORD_CACHE_LIMIT = 50_000;

const caches = new WeakMap<PosModel, ScoreCache>();

export function scoreCache(model: PosModel): ScoreCache {
  let cache = caches.get(model);
  if (!cache) {
    const directions = model.backward ? 2 : 1;
    const arena = new RowArena(directions * ROLES * model.tagCount, WORD_CACHE_LIMIT + 4, 4);
    const classIds = new Map<number, number>();
    const marker = (text: string, wordClass: number) =>
      scoresOf(
        model,
        arena,
        classIdOf(classIds, wordClass),
        text,
        text,
        text,
        text === '-END-' ? text : '',
        wordClass,
        -1,
      );
    cache = {
      words: new Map(),
      arena,
      start: marker('-START-', 0),
      start2: marker('-START2-', 0),
      end: marker('-END-', END_CLASS),
      end2: marker('-END2-', END_CLASS),
      classIds,
      passes: [passRows(), passRows()],
      tagNorm: new Int32Array(0),
    };
    caches.set(model, cache);
  }
  return cache;
}

/** Forgets a model's cached word forms (the markers stay). */
export function clearScoreCache(cache: ScoreCache): void {
  cache.words.clear();
  cache.arena.clear();
  cache.tagNorm.fill(NOT_LOOKED_UP);
}

/** `tagNorm` entries per form slot: both directions, every previous tag (and the start). */
export const tagNormStride = (model: PosModel): number => 2 * (model.tagCount + 2);

/** Grows `cache.tagNorm` to hold `slot`'s entries. */
function holdSlot(model: PosModel, cache: ScoreCache, slot: number): void {
  const stride = tagNormStride(model);
  if ((slot + 1) * stride <= cache.tagNorm.length) return;
  const grown = new Int32Array(
    Math.max(2 * cache.tagNorm.length, 256 * stride, (slot + 1) * stride),
  );
  grown.fill(NOT_LOOKED_UP);
  grown.set(cache.tagNorm);
  cache.tagNorm = grown;
}

/** Longer forms (URLs, runs without spaces) are scored each time, not kept as cache keys. */
export const MAX_CACHED_FORM = 64;

/**
 * A copy of `text` that does not point into a longer string: V8 keeps a long slice of a document
 * as a view of the whole text, and a cache key must not hold documents alive.
 */
export const ownCopy = (text: string): string =>
  text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');

/**
 * The cached `WordScores` of `word`, computing them on first sight. Rows stay valid until
 * `clearScoreCache`, which the tagger calls between sentences once the arena is full (a sentence
 * with more new forms than the limit grows it).
 */
export function wordScores(model: PosModel, cache: ScoreCache, word: string): WordScores {
  let scores = cache.words.get(word);
  if (!scores) {
    const lower = word.toLowerCase();
    const { lexicon } = model;
    const wordClass = lexicon.ambiguityClass(lower);
    scores = scoresOf(
      model,
      cache.arena,
      classIdOf(cache.classIds, wordClass),
      word,
      lower,
      normalize(lower),
      shape(word),
      wordClass,
      lexicon.dictionaryTag(word),
    );
    holdSlot(model, cache, scores.slot);
    if (word.length <= MAX_CACHED_FORM) cache.words.set(ownCopy(word), scores);
  }
  return scores;
}
