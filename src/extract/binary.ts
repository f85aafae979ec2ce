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
  let controls = 0;
  let nuls = 0;
  // An indexed loop, printable bytes passed first: for-of over the typed array took three times as long.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0) nuls++;
    // Tab, line feed, form feed and carriage return are text.
    else if (b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  // A few stray NULs occur in real pages; text in UTF-16 without BOM has one in every other byte.
  if (nuls > Math.max(32, sample.length * 0.001)) return 'NUL bytes';
  return controls > sample.length * maxControlShare ? 'control characters' : null;
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
