/**
 * 32-bit FNV-1a over UTF-16 code units, finished with murmur3's fmix32 so the low bits spread well
 * for open addressing. Features are never stored as strings: a feature is `hash(template, text…)`.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The starting state of a feature of template `template`. */
export function seed(template: number): number {
  return Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
}

/** Folds `text.slice(from, to)` into `h`, then a separator so that ("ab","c") ≠ ("a","bc"). */
export function addText(h: number, text: string, from = 0, to = text.length): number {
  let state = h;
  for (let i = from; i < to; i++) state = Math.imul(state ^ text.charCodeAt(i), FNV_PRIME);
  return Math.imul(state ^ 0xffff, FNV_PRIME);
}

/** Folds a small non-negative integer (a tag id, a class mask) into `h`. */
export function addNumber(h: number, value: number): number {
  let state = Math.imul(h ^ (value & 0xffff), FNV_PRIME);
  state = Math.imul(state ^ (value >>> 16), FNV_PRIME);
  return Math.imul(state ^ 0xfffe, FNV_PRIME);
}

/** The final, well-mixed unsigned hash. */
export function finish(h: number): number {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * An open-addressing map from 32-bit keys to slots, in one typed array of (key, slot) pairs so a
 * probe touches one cache line; built once, read often.
 */
export class HashIndex {
  private readonly table: Int32Array;
  private readonly mask: number;

  /** `keys[i]` maps to `values[i]` (default `i`; a value must not be -1); duplicate keys keep the first. */
  constructor(keys: Uint32Array, values?: Int32Array) {
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.table = new Int32Array(capacity * 2);
    for (let at = 1; at < this.table.length; at += 2) this.table[at] = -1;
    for (let i = 0; i < keys.length; i++) {
      const key = (keys[i] as number) | 0;
      let at = key & this.mask;
      while (this.table[2 * at + 1] !== -1 && this.table[2 * at] !== key) at = (at + 1) & this.mask;
      if (this.table[2 * at + 1] === -1) {
        this.table[2 * at] = key;
        this.table[2 * at + 1] = values ? (values[i] as number) : i;
      }
    }
  }

  /** The index (or value) given to `key`, or -1. */
  get(key: number): number {
    const k = key | 0;
    const table = this.table;
    let at = k & this.mask;
    for (;;) {
      const slot = table[2 * at + 1] as number;
      if (slot === -1 || table[2 * at] === k) return slot;
      at = (at + 1) & this.mask;
    }
  }
}
