import { HashIndex } from '../pos/hash.js';

/**
 * A trained model's sparse weights in the form the taggers read at run time: one open-addressing
 * table of `(feature hash, (first entry << 8) | entry count)` pairs and one array of entries
 * `(weight << 8) | class id`, so a lookup touches two places in memory where the stored layout
 * (hash index, entry offsets, class ids, weights) touches four. Built once per model.
 */
export class WeightTable {
  /** Feature hash → `(first entry << 8) | entry count`. */
  private readonly index: HashIndex;
  private readonly entries: Int32Array;

  /** The stored layout: ascending unique `features`, `counts[f]` entries each, in order. */
  constructor(
    features: Uint32Array,
    counts: Uint8Array,
    entryTags: Uint8Array,
    weights: Int16Array,
  ) {
    if (weights.length >= 2 ** 23) throw new RangeError('WeightTable: too many entries');
    this.entries = new Int32Array(weights.length);
    for (let e = 0; e < weights.length; e++) {
      this.entries[e] = ((weights[e] as number) << 8) | (entryTags[e] as number);
    }
    const packed = new Int32Array(features.length);
    let start = 0;
    for (let f = 0; f < features.length; f++) {
      packed[f] = (start << 8) | (counts[f] as number);
      start += counts[f] as number;
    }
    this.index = new HashIndex(features, packed);
  }

  /** `(first entry << 8) | count` of `hash`, or -1 when the model has no weights for it. */
  find(hash: number): number {
    return this.index.get(hash);
  }

  /** Adds the weights of a `find` result (-1 adds nothing) to `scores[at + class]`. */
  addFound(packed: number, scores: Int32Array, at: number): void {
    if (packed === -1) return;
    const entries = this.entries;
    const first = packed >>> 8;
    const last = first + (packed & 0xff);
    for (let e = first; e < last; e++) {
      const v = entries[e] as number;
      const t = at + (v & 0xff);
      scores[t] = (scores[t] as number) + (v >> 8);
    }
  }

  /** Adds the weights of feature `hash` to `scores[at + class]`. */
  addTo(hash: number, scores: Int32Array, at: number): void {
    this.addFound(this.find(hash), scores, at);
  }

  /** The same into float scores (the NER decoder's); a method of its own so each hot call site sees one array type. */
  addToFloat(hash: number, scores: Float64Array, at: number): void {
    const packed = this.find(hash);
    if (packed === -1) return;
    const entries = this.entries;
    const first = packed >>> 8;
    const last = first + (packed & 0xff);
    for (let e = first; e < last; e++) {
      const v = entries[e] as number;
      const t = at + (v & 0xff);
      scores[t] = (scores[t] as number) + (v >> 8);
    }
  }
}
