import { MAX_FEATURES, staticFeatures, tagFeatures, viewSentence } from './features.js';
import type { PosModel } from './model.js';

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
 */
export function tagInto(model: PosModel, words: readonly string[], out: Uint8Array, at = 0): void {
  const { tagCount, features, firstEntry, entryTags, weights, toUpos } = model;
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
      for (let k = 0; k < n; k++) {
        const f = features.get(featureBuffer[k] as number);
        if (f < 0) continue;
        const last = firstEntry[f + 1] as number;
        for (let e = firstEntry[f] as number; e < last; e++) {
          const t = entryTags[e] as number;
          scores[t] = (scores[t] as number) + (weights[e] as number);
        }
      }
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
