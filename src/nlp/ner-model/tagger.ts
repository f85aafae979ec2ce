import type { Knowledge } from '../knowledge/types.js';
import { type FeatureSource, viterbi } from './decode.js';
import {
  addDocCase,
  type DocCase,
  F,
  MAX_FEATURES,
  type NerView,
  staticFeatures,
  viewSentence,
  wordLabelFeature,
} from './features.js';
import { gazetteerView } from './gazetteer.js';
import { decodeBilou, type EntitySpan } from './labels.js';
import type { NerModel } from './model.js';

/** A sentence to tag: its words and their UPOS ids. */
export interface TagInput {
  readonly words: readonly string[];
  readonly pos: Uint8Array;
}

/**
 * What the tagger remembers across one document's sentences: how each form is written elsewhere,
 * and the type it last gave each capitalised form (extended prediction history, Ratinov & Roth 2009).
 */
export class DocMemory {
  readonly docCase = new Map<string, number>();
  readonly history = new Map<string, number>();

  constructor(sentences: readonly { readonly words: readonly string[] }[]) {
    for (const s of sentences) addDocCase(this.docCase, s.words);
  }

  historyOf(words: readonly string[]): Uint8Array {
    const out = new Uint8Array(words.length);
    words.forEach((w, i) => {
      out[i] = this.history.get(w.toLowerCase()) ?? 0;
    });
    return out;
  }

  /** Remembers the types of a tagged sentence's capitalised words. */
  remember(words: readonly string[], labels: ArrayLike<number>): void {
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (!/^\p{Lu}/u.test(w)) continue;
      const id = labels[i] as number;
      this.history.set(w.toLowerCase(), id === 0 ? 0 : 1 + Math.floor((id - 1) / 4));
    }
  }
}

export function nerView(
  input: TagInput,
  kb: Knowledge,
  docCase: DocCase,
  memory: DocMemory,
): NerView {
  const lowers = input.words.map((w) => w.toLowerCase());
  const gaz = gazetteerView(input.words, lowers, kb);
  return viewSentence(input.words, input.pos, gaz, docCase, memory.historyOf(input.words));
}

/**
 * Previous labels Viterbi extends per word at run time: all of them (exact). A beam of 4 cost a
 * point of F1 on CoNLL-2003 dev for less than twice the speed.
 */
export const BEAM = Number.POSITIVE_INFINITY;

/**
 * Feature slots of the word-and-label features of a form (its lower case, or its shape), one per
 * previous label (-1 for none): computed once per form and kept, since forms repeat.
 */
function slotsOf(model: NerModel, cache: Map<string, Int32Array>, key: string, template: number) {
  let slots = cache.get(key);
  if (!slots) {
    const n = model.labels.length;
    slots = new Int32Array(n + 1);
    for (let prev = -1; prev < n; prev++) {
      slots[prev + 1] = model.features.get(wordLabelFeature(template, prev, key));
    }
    if (cache.size >= FORM_CACHE_LIMIT) cache.clear();
    cache.set(key, slots);
  }
  return slots;
}

const FORM_CACHE_LIMIT = 50_000;

/** Viterbi labelling of one sentence under the BILOU transition constraints. */
export function labelSentence(model: NerModel, view: NerView, beam = BEAM): Int32Array {
  const n = model.labels.length;
  const { features, firstEntry, entryTags, weights, transitions } = model;
  const addSlot = (f: number, scores: Float64Array) => {
    if (f < 0) return;
    const last = firstEntry[f + 1] as number;
    for (let e = firstEntry[f] as number; e < last; e++) {
      const t = entryTags[e] as number;
      scores[t] = (scores[t] as number) + (weights[e] as number);
    }
  };
  const add = (hash: number, scores: Float64Array) => addSlot(features.get(hash), scores);
  const buffer = new Uint32Array(MAX_FEATURES);
  const caches = formCaches(model);
  let at = -1;
  let lowerSlots: Int32Array = new Int32Array(0);
  let shapeSlots: Int32Array = new Int32Array(0);
  const source: FeatureSource = {
    statics: (i) => buffer.subarray(0, staticFeatures(view, i, buffer, 0)),
    addLabels(i, prev, scores) {
      if (at !== i) {
        at = i;
        lowerSlots = slotsOf(model, caches.lower, view.lowers[i] as string, F.LabelPrevLower);
        shapeSlots = slotsOf(model, caches.shape, view.shapes[i] as string, F.LabelPrevShape);
      }
      addSlot(lowerSlots[prev + 1] as number, scores);
      addSlot(shapeSlots[prev + 1] as number, scores);
    },
  };
  return viterbi(view.words.length, n, transitions, source, add, beam, model.transitionScores);
}

const cachesByModel = new WeakMap<
  NerModel,
  { lower: Map<string, Int32Array>; shape: Map<string, Int32Array> }
>();

function formCaches(model: NerModel) {
  let caches = cachesByModel.get(model);
  if (!caches) {
    caches = { lower: new Map(), shape: new Map() };
    cachesByModel.set(model, caches);
  }
  return caches;
}

/** Tags one document's sentences in order; spans are per sentence, in word indices. */
export function tagDocument(
  model: NerModel,
  sentences: readonly TagInput[],
  kb: Knowledge,
): EntitySpan[][] {
  const memory = new DocMemory(sentences);
  return sentences.map((s) => {
    const labels = labelSentence(model, nerView(s, kb, memory.docCase, memory));
    memory.remember(s.words, labels);
    return decodeBilou(labels, model.types);
  });
}
