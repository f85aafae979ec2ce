import {
  firstShapeFeature,
  MAX_FEATURES,
  type NormWindow,
  neighbourFeatures,
  staticFeatures,
  tagFeatures,
  tagHistoryFeatures,
  tagWordFeatures,
  viewSentence,
} from './features.js';
import type { PosModel } from './model.js';
import {
  addWeights,
  clearScoreCache,
  Role,
  type ScoreCache,
  scoreCache,
  type WordScores,
  wordScores,
} from './word-scores.js';

const featureBuffer = new Uint32Array(MAX_FEATURES + 8);

/** The highest-scoring tag; ties go to the lower id, so tagging is deterministic. */
export function argmax(scores: ArrayLike<number>, count: number): number {
  let best = 0;
  for (let t = 1; t < count; t++) if ((scores[t] as number) > (scores[best] as number)) best = t;
  return best;
}

/**
 * Tags one sentence greedily left to right and writes UPOS ids to `out[at + i]`. Frequent,
 * unambiguous words take their dictionary tag; every other word the perceptron's best tag given
 * its context and the two tags before it.
 *
 * Scores are summed per part (`./word-scores.ts`): the cached rows of the word and of its four
 * neighbours, the cached row of the two previous tags, and five features hashed per word. The
 * tags equal `tagIntoReference`'s, which hashes every feature of every word (pinned by tests).
 */
export function tagInto(model: PosModel, words: readonly string[], out: Uint8Array, at = 0): void {
  const { tagCount, toUpos } = model;
  const cache = scoreCache(model);
  const entries = sentenceEntries(model, cache, words);
  const history = historyRows(model);
  const rows = cache.arena.data;
  const scores = new Int32Array(tagCount);
  const norms: NormWindow = { previous: '', word: '', next: '' };
  const n = words.length;
  const entryAt = (i: number): WordScores =>
    i < -1
      ? cache.start2
      : i < 0
        ? cache.start
        : i < n
          ? (entries[i] as WordScores)
          : i === n
            ? cache.end
            : cache.end2;
  let prev = tagCount;
  let prev2 = tagCount + 1;
  for (let i = 0; i < n; i++) {
    const word = entries[i] as WordScores;
    let tag = word.dictionaryTag;
    if (tag < 0) {
      const next = entryAt(i + 1);
      const own = word.rows + Role.Own * tagCount;
      const previous = entryAt(i - 1).rows + Role.Previous * tagCount;
      const previous2 = entryAt(i - 2).rows + Role.SecondPrevious * tagCount;
      const after = next.rows + Role.Next * tagCount;
      const after2 = entryAt(i + 2).rows + Role.SecondNext * tagCount;
      const tags = (prev2 * (tagCount + 2) + prev) * tagCount;
      for (let t = 0; t < tagCount; t++) {
        scores[t] =
          (rows[own + t] as number) +
          (rows[previous + t] as number) +
          (rows[previous2 + t] as number) +
          (rows[after + t] as number) +
          (rows[after2 + t] as number) +
          (history[tags + t] as number);
      }
      norms.previous = entryAt(i - 1).norm;
      norms.word = word.norm;
      norms.next = next.norm;
      let k = neighbourFeatures(norms, word.wordClass, next.wordClass, featureBuffer, 0);
      k = tagWordFeatures(prev, word.norm, next.wordClass, featureBuffer, k);
      if (i === 0) featureBuffer[k++] = firstShapeFeature(word.shape);
      for (let f = 0; f < k; f++) addWeights(model, featureBuffer[f] as number, scores);
      tag = argmax(scores, tagCount);
    }
    out[at + i] = toUpos[tag] as number;
    prev2 = prev;
    prev = tag;
  }
}

const sentenceWords: WordScores[] = [];

function sentenceEntries(model: PosModel, cache: ScoreCache, words: readonly string[]) {
  if (cache.arena.full) clearScoreCache(cache);
  sentenceWords.length = words.length;
  for (let i = 0; i < words.length; i++) {
    sentenceWords[i] = wordScores(model, cache, words[i] as string);
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
  const { tagCount, toUpos } = model;
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
    }
    out[at + i] = toUpos[tag] as number;
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
