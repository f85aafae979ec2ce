import { md5 } from 'js-md5';

/** Bits that may differ between two texts that are near-duplicates (syndicated copies, small edits). */
export const NEAR_DUPLICATE_BITS = 3;
const SHINGLE = 3;

/**
 * Charikar's SimHash of a text's word 3-shingles, as 16 hex digits: texts that share most
 * shingles differ in few bits. Each shingle's 64-bit hash is the first 8 bytes of its MD5, read
 * big-endian; bit 0 is the last byte's lowest bit.
 */
export function simhash(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const weights = new Int32Array(64);
  const count = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    // js-md5 rather than node:crypto: one call per shingle into C++ cost more than the MD5 itself.
    const d = md5.array(words.slice(i, i + SHINGLE).join(' '));
    const high =
      (((d[0] ?? 0) << 24) | ((d[1] ?? 0) << 16) | ((d[2] ?? 0) << 8) | (d[3] ?? 0)) >>> 0;
    const low =
      (((d[4] ?? 0) << 24) | ((d[5] ?? 0) << 16) | ((d[6] ?? 0) << 8) | (d[7] ?? 0)) >>> 0;
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] = (weights[bit] ?? 0) + ((low >>> bit) & 1 ? 1 : -1);
      weights[bit + 32] = (weights[bit + 32] ?? 0) + ((high >>> bit) & 1 ? 1 : -1);
    }
  }
  const half = (from: number) => {
    let value = 0;
    for (let bit = 31; bit >= 0; bit--)
      value = value * 2 + ((weights[from + bit] ?? 0) > 0 ? 1 : 0);
    return value.toString(16).padStart(8, '0');
  };
  return `${half(32)}${half(0)}`;
}

/**
 * The four 16-bit bands of a SimHash. Two hashes within 3 bits of each other agree on at least
 * one band (pigeonhole), so an index on the bands finds every near-duplicate candidate.
 */
export function bands(hash: string): [string, string, string, string] {
  return [hash.slice(0, 4), hash.slice(4, 8), hash.slice(8, 12), hash.slice(12, 16)];
}

export function hammingDistance(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  while (x > 0n) {
    bits += Number(x & 1n);
    x >>= 1n;
  }
  return bits;
}

/** The earliest stored article this one nearly duplicates, among candidates sharing a band. */
export function nearestDuplicate(
  hash: string,
  candidates: readonly { id: number; simhash: string }[],
): number | null {
  let found: number | null = null;
  for (const c of candidates) {
    if (
      hammingDistance(hash, c.simhash) <= NEAR_DUPLICATE_BITS &&
      (found === null || c.id < found)
    ) {
      found = c.id;
    }
  }
  return found;
}
