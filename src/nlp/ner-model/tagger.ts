import { isCapitalised } from '../entities/words.js';
import type { Knowledge } from '../knowledge/types.js';
import { voteTypes } from './consistency.js';
import { allowedNext, type FeatureSource, viterbi, viterbiDense } from './decode.js';
import {
  addDocCase,
  type DocCase,
  HISTORY_SLOTS,
  MAX_FEATURES,
  type NerFeatureSet,
  type NerView,
  staticFeatures,
  viewSentence,
  wordLabelFeatures,
} from './features.js';
import { gazetteerView } from './gazetteer.js';
import { HISTORY_LABELS, historyCodes } from './history.js';
import { decodeBilou, type EntitySpan } from './labels.js';
import type { NerModel } from './model.js';
import { addPairs, type FormEntry, sentenceScores } from './static-scores.js';

// Read per word, as this module's own constants: under a CommonJS transform (tsx, which runs the
// benches) every read of an imported binding is a getter call.
const capitalised = isCapitalised;
const SLOTS = HISTORY_SLOTS;
const codesOf = historyCodes;
const addPairScores = addPairs;

/** A sentence to tag: its words, their UPOS ids, and their lower case when the caller has it. */
export interface TagInput {
  readonly words: readonly string[];
  readonly pos: Uint8Array;
  readonly lowers?: readonly string[];
}

/**
 * What the tagger remembers across one document's sentences: how each form is written elsewhere,
 * and the type it last gave each capitalised form (extended prediction history, Ratinov & Roth 2009).
 */
export class DocMemory {
  readonly docCase = new Map<string, number>();
  readonly history = new Map<string, number>();
  /** Label counts (one per label) given earlier to each capitalised form, case-sensitive. */
  readonly labelCounts = new Map<string, Int32Array>();
  /**
   * @param distribution whether to keep `labelCounts` (models trained with them,
   * `NerModel.historyDistribution`).
   */
  constructor(
    sentences: readonly {
      readonly words: readonly string[];
      readonly lowers?: readonly string[];
    }[],
    private readonly distribution = false,
  ) {
    for (const s of sentences) addDocCase(this.docCase, s.words, s.lowers);
  }

  historyOf(words: readonly string[], lowers?: readonly string[]): Uint8Array {
    const out = new Uint8Array(words.length);
    words.forEach((w, i) => {
      out[i] = this.history.get(lowers?.[i] ?? w.toLowerCase()) ?? 0;
    });
    return out;
  }

  /** Writes `NerView.historyCodes` of a sentence's words into `out` (zeroed first). */
  historyCodesOf(words: readonly string[], out: Uint8Array): void {
    out.fill(0);
    if (!this.distribution) return;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      // `labelCounts` holds capitalised forms only (`remember`).
      if (!capitalised(w)) continue;
      const counts = this.labelCounts.get(w);
      if (counts) codesOf(counts, out, i * SLOTS);
    }
  }

  /** Remembers the types of a tagged sentence's capitalised words (`lowers`: their lower case, when known). */
  remember(words: readonly string[], labels: ArrayLike<number>, lowers?: readonly string[]): void {
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (!capitalised(w)) continue;
      const id = labels[i] as number;
      this.history.set(lowers?.[i] ?? w.toLowerCase(), id === 0 ? 0 : 1 + Math.floor((id - 1) / 4));
      if (this.distribution) {
        let counts = this.labelCounts.get(w);
        if (!counts) {
          counts = new Int32Array(HISTORY_LABELS);
          this.labelCounts.set(w, counts);
        }
        counts[id] = (counts[id] as number) + 1;
      }
    }
  }
}

/** A sentence's view for a model (`featureSet`: its `NerFeatureSet`, the model itself will do). */
export function nerView(
  input: TagInput,
  kb: Knowledge,
  docCase: DocCase,
  memory: DocMemory,
  featureSet: NerFeatureSet,
): NerView {
  const lowers = input.lowers ?? input.words.map((w) => w.toLowerCase());
  const gaz = gazetteerView(input.words, lowers, kb);
  const history = memory.historyOf(input.words, lowers);
  const view = viewSentence(input.words, input.pos, gaz, docCase, history, featureSet, lowers);
  memory.historyCodesOf(input.words, view.historyCodes);
  return view;
}

/**
 * Viterbi labelling of one sentence under the BILOU transition constraints (`viterbiDense`):
 * the same labels as `labelSentenceReference`, which feeds every feature to `viterbi` one by one.
 */
export function labelSentence(model: NerModel, view: NerView): Int32Array {
  const n = model.labels.length;
  const caches = formCaches(model);
  const { statics, forms } = sentenceScores(model, view);
  const pairs = (i: number): Float64Array => {
    const form = forms[i] as FormEntry;
    if (form.lowerPairs.length === 0) return form.shapePairs;
    caches.scratch.set(form.shapePairs);
    addPairScores(form.lowerPairs, caches.scratch);
    return caches.scratch;
  };
  return viterbiDense(view.words.length, n, caches.allowed, statics, pairs);
}

/** The plain labelling: every feature hashed and looked up per word and previous label. */
export function labelSentenceReference(model: NerModel, view: NerView): Int32Array {
  const n = model.labels.length;
  const { features, firstEntry, entryTags, weights, transitions } = model;
  const add = (hash: number, scores: Float64Array) => {
    const f = features.get(hash);
    if (f < 0) return;
    for (let e = firstEntry[f] as number; e < (firstEntry[f + 1] as number); e++) {
      const t = entryTags[e] as number;
      scores[t] = (scores[t] as number) + (weights[e] as number);
    }
  };
  const buffer = new Uint32Array(MAX_FEATURES);
  const label = new Uint32Array(2);
  const source: FeatureSource = {
    statics: (i) => buffer.subarray(0, staticFeatures(view, i, buffer, 0)),
    addLabels(i, prev, scores) {
      wordLabelFeatures(view, i, prev, label, 0);
      add(label[0] as number, scores);
      add(label[1] as number, scores);
    },
  };
  return viterbi(view.words.length, n, transitions, source, add, n, model.transitionScores);
}

interface FormCaches {
  allowed: Int32Array[];
  /** A word's label-pair scores when its lower case has weights of its own. */
  scratch: Float64Array;
}

const cachesByModel = new WeakMap<NerModel, FormCaches>();

function formCaches(model: NerModel): FormCaches {
  let caches = cachesByModel.get(model);
  if (!caches) {
    const allowed = allowedNext(model.transitions, model.labels.length);
    const scratch = new Float64Array(model.transitionScores.length);
    caches = { allowed, scratch };
    cachesByModel.set(model, caches);
  }
  return caches;
}

/**
 * Tags one document's sentences in order, then makes the types of same-worded spans agree
 * (`voteTypes`); spans are per sentence, in word indices. A model stored by domain tags with the
 * one its classifier picks for the whole document.
 */
export function tagDocument(
  model: NerModel,
  sentences: readonly TagInput[],
  kb: Knowledge,
): EntitySpan[][] {
  if (model.byDomain) {
    const { domainOf, models } = model.byDomain;
    return tagDocument(models[domainOf(sentences.flatMap((s) => s.words))], sentences, kb);
  }
  const memory = new DocMemory(sentences, model.historyDistribution);
  const spans = sentences.map((s) => {
    const labels = labelSentence(model, nerView(s, kb, memory.docCase, memory, model));
    memory.remember(s.words, labels, s.lowers);
    return decodeBilou(labels, model.types);
  });
  return voteTypes(sentences, spans);
}
