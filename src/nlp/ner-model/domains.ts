import { entryStarts } from '../perceptron/index.js';
import { addNumber, finish, HashIndex } from '../pos/hash.js';
import type { WordFeatures } from './decode.js';
import type { NerModelData } from './model.js';

/**
 * Feature augmentation for domain adaptation (Daumé III 2007, "Frustratingly easy domain
 * adaptation"): in training, every static feature of a document from domain `d` (1, 2, …) is also
 * written as its domain copy, so the shared weights learn what the domains agree on and each copy
 * what one domain does its own way (CoNLL-2003 tags a stadium LOC and ner-worldwide tags it FAC,
 * which is O here). `foldDomain` then adds one domain's copies to the shared weights and drops every
 * copy, leaving a model of the ordinary features that tags like that domain.
 */
const DOMAIN_SALT = 0x5bd1e995;

export const domainFeature = (h: number, domain: number): number =>
  finish(addNumber(h ^ DOMAIN_SALT, domain));

/** Each word's features with its statics followed by their copies for `domain` (as they are for domain 0). */
export function withDomainCopies(words: WordFeatures[], domain: number): WordFeatures[] {
  return domain > 0
    ? words.map((w) => ({ ...w, statics: staticsWithCopies(w.statics, domain) }))
    : words;
}

function staticsWithCopies(statics: Uint32Array, domain: number): Uint32Array {
  const out = new Uint32Array(statics.length * 2);
  out.set(statics);
  for (let k = 0; k < statics.length; k++) {
    out[statics.length + k] = domainFeature(statics[k] as number, domain);
  }
  return out;
}

/**
 * The model with domain `domain`'s copies added to the shared weights and the copies of all
 * `domains` removed (domain 0: the shared weights alone), requantised to int16.
 */
export function foldDomain(model: NerModelData, domain: number, domains: number): NerModelData {
  const n = model.meta.tags.length;
  const count = model.features.length;
  const index = new HashIndex(model.features);
  const isCopy = new Uint8Array(count);
  const copyOf = new Int32Array(count).fill(-1);
  model.features.forEach((h, f) => {
    for (let d = 1; d <= domains; d++) {
      const c = index.get(domainFeature(h, d));
      if (c < 0) continue;
      isCopy[c] = 1;
      if (d === domain) copyOf[f] = c;
    }
  });
  const first = entryStarts(model.counts);
  const row = new Float64Array(n);
  const sum = (f: number): void => {
    row.fill(0);
    for (const g of [f, copyOf[f] as number]) {
      if (g < 0) continue;
      for (let e = first[g] as number; e < (first[g + 1] as number); e++) {
        const t = model.entryTags[e] as number;
        row[t] = (row[t] as number) + (model.weights[e] as number);
      }
    }
  };
  let maxAbs = 0;
  for (let f = 0; f < count; f++) {
    if (isCopy[f]) continue;
    sum(f);
    for (let t = 0; t < n; t++) maxAbs = Math.max(maxAbs, Math.abs(row[t] as number));
  }
  const requantise = maxAbs > 32767 ? 32767 / maxAbs : 1;
  const features: number[] = [];
  const counts: number[] = [];
  const entryTags: number[] = [];
  const weights: number[] = [];
  for (let f = 0; f < count; f++) {
    if (isCopy[f]) continue;
    sum(f);
    let entries = 0;
    for (let t = 0; t < n; t++) {
      const q = Math.round((row[t] as number) * requantise);
      if (q === 0) continue;
      entryTags.push(t);
      weights.push(q);
      entries++;
    }
    if (entries === 0) continue;
    features.push(model.features[f] as number);
    counts.push(entries);
  }
  return {
    ...model,
    meta: { ...model.meta, scale: model.meta.scale * requantise },
    features: Uint32Array.from(features),
    counts: Uint8Array.from(counts),
    entryTags: Uint8Array.from(entryTags),
    weights: Int16Array.from(weights),
  };
}
