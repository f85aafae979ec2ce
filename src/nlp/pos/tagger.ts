import {
  classPairFeature,
  firstShapeFeature,
  MAX_FEATURES,
  staticFeatures,
  tagFeatures,
  tagHistoryFeatures,
  tagPrevClassNextFeature,
  tagPrevNormFeature,
  viewSentence,
} from './features.js';
import { addText, finish } from './hash.js';
import type { PosModel } from './model.js';
import {
  addWeights,
  BACKWARD_ROWS,
  CLASS_IDS,
  clearScoreCache,
  NOT_LOOKED_UP,
  type PassRows,
  Role,
  type ScoreCache,
  scoreCache,
  tagNormStride,
  type WordScores,
  wordScores,
} from './word-scores.js';

const featureBuffer = new Uint32Array(MAX_FEATURES + 8);

// What the greedy pass reads per word, as this module's own constants: under a CommonJS
// transform (tsx, which runs the benches) every read of an imported binding is a getter call.
const OWN = Role.Own;
const PREVIOUS = Role.Previous;
const SECOND_PREVIOUS = Role.SecondPrevious;
const NEXT = Role.Next;
const SECOND_NEXT = Role.SecondNext;
const BACKWARD = BACKWARD_ROWS;
const IDS = CLASS_IDS;
const UNKNOWN = NOT_LOOKED_UP;
const finishHash = finish;
const addHashText = addText;
const scoresOfWord = wordScores;

/**
 * The highest-scoring tag of the row `scores[at, at + count)`; ties go to the lower id, so tagging
 * is deterministic.
 */
export function argmax(scores: ArrayLike<number>, count: number, at = 0): number {
  let best = 0;
  for (let t = 1; t < count; t++)
    if ((scores[at + t] as number) > (scores[at + best] as number)) best = t;
  return best;
}

/**
 * Tags one sentence and writes UPOS ids to `out[at + i]`. A model with a `backward` part tags the
 * sentence twice, left to right and right to left, and each word takes the tag with the best sum of
 * the two passes' scores (each unscaled), so both neighbours' tags weigh in: +0.15–0.3 on EWT dev.
 */
export function tagInto(model: PosModel, words: readonly string[], out: Uint8Array, at = 0): void {
  const cache = scoreCache(model);
  const entries = sentenceEntries(model, cache, words);
  tagWith(model, words.length, out, at, (backward, tags, scores) =>
    greedyPass(model, cache, entries, backward, tags, scores),
  );
}

/**
 * One greedy pass over the sentence, left to right or (`backward`, with the backward model) right
 * to left: model tag ids into `tags` in the pass's order, and with `scores` each word's row.
 */
type Pass = (backward: boolean, tags: Uint8Array, scores?: Int32Array) => void;

const scratch = {
  tags: new Uint8Array(64),
  forward: new Int32Array(0),
  backward: new Int32Array(0),
};

function tagWith(model: PosModel, n: number, out: Uint8Array, at: number, pass: Pass): void {
  const { tagCount, toUpos, backward } = model;
  if (scratch.tags.length < n) scratch.tags = new Uint8Array(2 * n);
  const tags = scratch.tags;
  if (backward && scratch.forward.length < n * tagCount) {
    scratch.forward = new Int32Array(2 * n * tagCount);
    scratch.backward = new Int32Array(2 * n * tagCount);
  }
  const { forward, backward: behind } = scratch;
  pass(false, tags, backward ? forward : undefined);
  if (!backward || sureEverywhere(forward, n, tagCount, model.meta.scale)) {
    for (let i = 0; i < n; i++) out[at + i] = toUpos[tags[i] as number] as number;
    return;
  }
  pass(true, tags, behind);
  // Scores are weights × scale: compare f / forwardScale + b / backwardScale, cross-multiplied.
  const forwardFactor = backward.meta.scale;
  const backwardFactor = model.meta.scale;
  for (let i = 0; i < n; i++) {
    const row = i * tagCount;
    const mirror = (n - 1 - i) * tagCount;
    let tag = 0;
    let best = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < tagCount; t++) {
      const score =
        (forward[row + t] as number) * forwardFactor +
        (behind[mirror + t] as number) * backwardFactor;
      if (score > best) {
        best = score;
        tag = t;
      }
    }
    out[at + i] = toUpos[tag] as number;
  }
}

/**
 * How far (in unscaled weight) the left-to-right pass's best tag must lead the next, for every word
 * of a sentence, to skip the right-to-left pass: chosen on EWT dev, where 8 keeps the accuracy of
 * both passes everywhere (95.61%) and 4 loses 0.05.
 */
const SURE_MARGIN = 8;

/** Every word's best left-to-right score leads its second best by SURE_MARGIN (weights unscaled). */
function sureEverywhere(scores: Int32Array, n: number, tagCount: number, scale: number): boolean {
  const margin = SURE_MARGIN * scale;
  for (let i = 0; i < n; i++) {
    let best = Number.NEGATIVE_INFINITY;
    let second = Number.NEGATIVE_INFINITY;
    for (let t = i * tagCount; t < (i + 1) * tagCount; t++) {
      const score = scores[t] as number;
      if (score > best) {
        second = best;
        best = score;
      } else if (score > second) second = score;
    }
    if (best - second < margin) return false;
  }
  return true;
}

/** A dictionary word's score row: its tag 0, every other tag far below. */
function dictionaryRow(scores: Int32Array, at: number, count: number, tag: number): void {
  scores.fill(-(2 ** 30), at, at + count);
  scores[at + tag] = 0;
}

/**
 * Tags greedily in one direction: frequent, unambiguous words take their dictionary tag; every
 * other word the perceptron's best tag given its context and the two tags before it (after it,
 * going backward).
 *
 * Scores are summed per part (`./word-scores.ts`): the cached rows of the word and of its four
 * neighbours, the cached row of the two previous tags, the rows cached per ambiguity-class pair
 * and per next class (for every previous tag), the previous-tag-and-norm weights looked up once
 * per form, and the two bigram features hashed per word from the forms' hash states. The tags
 * equal `referencePass`'s, which hashes every feature of every word (pinned by tests).
 */
function greedyPass(
  model: PosModel,
  cache: ScoreCache,
  entries: readonly WordScores[],
  backward: boolean,
  out: Uint8Array,
  scoreRows?: Int32Array,
): void {
  const { tagCount } = model;
  const passModel = backward ? (model.backward as PosModel) : model;
  const shift = backward ? BACKWARD * tagCount : 0;
  const history = historyRows(passModel);
  const rows = cache.arena.data;
  const scores = scoreRows ?? new Int32Array(tagCount);
  holdNoRow(tagCount);
  const direction = backward ? 1 : 0;
  const passRows = cache.passes[direction];
  const table = passModel.weightTable;
  const tagNorm = cache.tagNorm;
  const stride = tagNormStride(model);
  const n = entries.length;
  const entryAt = (i: number): WordScores =>
    i < -1
      ? cache.start2
      : i < 0
        ? cache.start
        : i < n
          ? (entries[backward ? n - 1 - i : i] as WordScores)
          : i === n
            ? cache.end
            : cache.end2;
  let prev = tagCount;
  let prev2 = tagCount + 1;
  for (let i = 0; i < n; i++) {
    const word = entryAt(i);
    let tag = word.dictionaryTag;
    if (tag < 0) {
      const at = scoreRows ? i * tagCount : 0;
      const before = entryAt(i - 1);
      const next = entryAt(i + 1);
      const own = word.rows + shift + OWN * tagCount;
      const previous = before.rows + shift + PREVIOUS * tagCount;
      const previous2 = entryAt(i - 2).rows + shift + SECOND_PREVIOUS * tagCount;
      const after = next.rows + shift + NEXT * tagCount;
      const after2 = entryAt(i + 2).rows + shift + SECOND_NEXT * tagCount;
      const tags = (prev2 * (tagCount + 2) + prev) * tagCount;
      const pair = classPairRow(passModel, passRows, word, next);
      const classNext = classNextRows(passModel, passRows, next);
      const withClass = prev * tagCount;
      for (let t = 0; t < tagCount; t++) {
        scores[at + t] =
          (rows[own + t] as number) +
          (rows[previous + t] as number) +
          (rows[previous2 + t] as number) +
          (rows[after + t] as number) +
          (rows[after2 + t] as number) +
          (history[tags + t] as number) +
          (pair[t] as number) +
          (classNext[withClass + t] as number);
      }
      // Classes past `CLASS_IDS` have no cached rows: their two class features are hashed.
      if (pair === NO_ROW) {
        table.addTo(classPairFeature(word.wordClass, next.wordClass), scores, at);
      }
      if (classNext === NO_ROW) {
        table.addTo(tagPrevClassNextFeature(prev, next.wordClass), scores, at);
      }
      table.addTo(finishHash(addHashText(before.bigramLeft, word.norm)), scores, at);
      table.addTo(finishHash(addHashText(word.bigramRight, next.norm)), scores, at);
      // The previous tag with the word's norm, looked up once per form, direction and tag.
      const slot = word.slot * stride + direction * (tagCount + 2) + prev;
      let found = tagNorm[slot] as number;
      if (found === UNKNOWN) {
        found = table.find(tagPrevNormFeature(prev, word.norm));
        tagNorm[slot] = found;
      }
      table.addFound(found, scores, at);
      if (i === 0) table.addTo(firstShapeFeature(word.shape), scores, at);
      tag = argmax(scores, tagCount, at);
    } else if (scoreRows) dictionaryRow(scoreRows, i * tagCount, tagCount, tag);
    out[i] = tag;
    prev2 = prev;
    prev = tag;
  }
}

/**
 * A zero row standing for a class row not cached (ids past `CLASS_IDS`), whose features are then
 * hashed per word; sized for every tag after every previous tag (`holdNoRow`).
 */
let NO_ROW = new Int32Array(0);

function holdNoRow(tagCount: number): void {
  if (NO_ROW.length < (tagCount + 2) * tagCount) NO_ROW = new Int32Array((tagCount + 2) * tagCount);
}

/** The class-pair feature's weights for a word and the next word, cached by class ids. */
function classPairRow(
  model: PosModel,
  passRows: PassRows,
  word: WordScores,
  next: WordScores,
): Int32Array {
  if (word.classId >= IDS || next.classId >= IDS) return NO_ROW;
  const key = word.classId * IDS + next.classId;
  let row = passRows.classPairs[key];
  if (!row) {
    row = new Int32Array(model.tagCount);
    addWeights(model, classPairFeature(word.wordClass, next.wordClass), row);
    passRows.classPairs[key] = row;
  }
  return row;
}

/** The weights of the previous-tag-and-next-class feature for every previous tag, by the next word's class. */
function classNextRows(model: PosModel, passRows: PassRows, next: WordScores): Int32Array {
  if (next.classId >= IDS) return NO_ROW;
  let rows = passRows.classNext[next.classId];
  if (!rows) {
    const n = model.tagCount;
    rows = new Int32Array((n + 2) * n);
    for (let prev = 0; prev < n + 2; prev++) {
      addWeights(model, tagPrevClassNextFeature(prev, next.wordClass), rows, prev * n);
    }
    passRows.classNext[next.classId] = rows;
  }
  return rows;
}

const sentenceWords: WordScores[] = [];

function sentenceEntries(model: PosModel, cache: ScoreCache, words: readonly string[]) {
  if (cache.arena.full) clearScoreCache(cache);
  sentenceWords.length = words.length;
  for (let i = 0; i < words.length; i++) {
    sentenceWords[i] = scoresOfWord(model, cache, words[i] as string);
  }
  return sentenceWords;
}

const historyByModel = new WeakMap<PosModel, Int32Array>();

/**
 * Summed weights of the features that read only the two previous tags, for every pair:
 * `rows[(prev2 * (tagCount + 2) + prev) * tagCount + tag]` (ids up to tagCount + 1 for the start).
 */
function historyRows(model: PosModel): Int32Array {
  let rows = historyByModel.get(model);
  if (!rows) {
    const n = model.tagCount;
    rows = new Int32Array((n + 2) * (n + 2) * n);
    for (let prev2 = 0; prev2 < n + 2; prev2++) {
      for (let prev = 0; prev < n + 2; prev++) {
        const k = tagHistoryFeatures(prev, prev2, featureBuffer, 0);
        for (let f = 0; f < k; f++) {
          addWeights(model, featureBuffer[f] as number, rows, (prev2 * (n + 2) + prev) * n);
        }
      }
    }
    historyByModel.set(model, rows);
  }
  return rows;
}

/**
 * The same tags computed the plain way, every feature hashed and looked up for every word: the
 * definition `tagInto` must match, kept for tests and for checking a new model.
 */
export function tagIntoReference(
  model: PosModel,
  words: readonly string[],
  out: Uint8Array,
  at = 0,
): void {
  const reversed = [...words].reverse();
  tagWith(model, words.length, out, at, (backward, tags, scores) =>
    backward
      ? referencePass(model.backward as PosModel, reversed, tags, scores)
      : referencePass(model, words, tags, scores),
  );
}

function referencePass(
  model: PosModel,
  words: readonly string[],
  out: Uint8Array,
  scoreRows?: Int32Array,
): void {
  const { tagCount } = model;
  const view = viewSentence(words, model.lexicon);
  const scores = new Int32Array(tagCount);
  let prev = tagCount;
  let prev2 = tagCount + 1;
  for (let i = 0; i < words.length; i++) {
    let tag = model.lexicon.dictionaryTag(words[i] as string);
    if (tag < 0) {
      scores.fill(0);
      let n = staticFeatures(view, i, featureBuffer, 0);
      n = tagFeatures(view, i, prev, prev2, featureBuffer, n);
      for (let k = 0; k < n; k++) addWeights(model, featureBuffer[k] as number, scores);
      tag = argmax(scores, tagCount);
      scoreRows?.set(scores, i * tagCount);
    } else if (scoreRows) dictionaryRow(scoreRows, i * tagCount, tagCount, tag);
    out[i] = tag;
    prev2 = prev;
    prev = tag;
  }
}

/** UPOS ids for one sentence's words. */
export function tagWords(model: PosModel, words: readonly string[]): Uint8Array {
  const out = new Uint8Array(words.length);
  tagInto(model, words, out);
  return out;
}
