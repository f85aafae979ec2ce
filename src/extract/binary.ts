/** File signatures of formats that are sometimes fed in by mistake (images, archives, documents). */
const MAGIC_NUMBERS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
  [0x1f, 0x8b], // gzip
  [0x42, 0x5a, 0x68], // bzip2
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV)
  [0x00, 0x00, 0x01, 0x00], // ICO
];

const SAMPLE_BYTES = 64 * 1024;

/** Why the bytes look binary, or null. Text in UTF-16 must be recognised (by its BOM) before this. */
export function binaryReason(bytes: Uint8Array, maxControlShare: number): string | null {
  if (hasMagicNumber(bytes)) return 'file signature';
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const { controls, nuls } = controlBytes(sample);
  // A few stray NULs occur in real pages; text in UTF-16 without BOM has one in every other byte.
  if (nuls > Math.max(32, sample.length * 0.001)) return 'NUL bytes';
  return controls > sample.length * maxControlShare ? 'control characters' : null;
}

interface ControlBytes {
  controls: number;
  nuls: number;
}

/**
 * The NUL bytes and the other control bytes of `sample` (tab, line feed, form feed and carriage
 * return are text). Its aligned middle is read four bytes at a time, and a word's bytes are looked
 * at only when one of them is below 0x20 or is 0x7F: twice as fast as looking at every byte.
 */
function controlBytes(sample: Uint8Array): ControlBytes {
  const counts = { controls: 0, nuls: 0 };
  const head = (4 - (sample.byteOffset % 4)) % 4;
  const wordCount = sample.length > head ? (sample.length - head) >>> 2 : 0;
  if (wordCount === 0) return countBytes(sample, 0, sample.length, counts);
  countBytes(sample, 0, head, counts);
  const words = new Uint32Array(sample.buffer, sample.byteOffset + head, wordCount);
  for (let w = 0; w < wordCount; w++) {
    const x = words[w] as number;
    const y = x ^ 0x7f7f7f7f;
    // Whether a byte is below 0x20, or a byte of y is 0: exact, with carries only past a hit.
    if ((((x - 0x20202020) & ~x) | ((y - 0x01010101) & ~y)) & 0x80808080) {
      countBytes(sample, head + 4 * w, head + 4 * w + 4, counts);
    }
  }
  return countBytes(sample, head + 4 * wordCount, sample.length, counts);
}

function countBytes(
  sample: Uint8Array,
  from: number,
  to: number,
  counts: ControlBytes,
): ControlBytes {
  for (let i = from; i < to; i++) {
    const b = sample[i] as number;
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0) counts.nuls++;
    else if (b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) counts.controls++;
  }
  return counts;
}

/** Kept out of `binaryReason`: its closure over the bytes made the counting loop there slower. */
function hasMagicNumber(bytes: Uint8Array): boolean {
  return MAGIC_NUMBERS.some((magic) => magic.every((b, i) => bytes[i] === b));
}

export function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
  }
  return true;
}
