import { isAscii, isUtf8, transcode } from 'node:buffer';
import { NewsgraphError } from '../doc/errors.js';
import type { RawDocument } from '../sources/raw-document.js';
import { binaryReason, isBlank } from './binary.js';
import { bomCharset, declaredCharset, decodeAs, headerCharset } from './charset.js';

export interface DecodeOptions {
  /** Larger inputs are refused (NG_E004). */
  maxBytes?: number;
  /** How many leading bytes are searched for `<meta charset>`. */
  prescanBytes?: number;
  /** Share of sampled bytes that may be control characters before the input counts as binary. */
  maxControlShare?: number;
  /** In a page declared UTF-8, the share of non-ASCII sequences that may be invalid (replaced). */
  maxInvalidShare?: number;
}

export interface Decoded {
  text: string;
  charset: string;
  /** Where the charset came from. */
  charsetSource: 'bom' | 'header' | 'meta' | 'sniffed';
}

const MB = 1024 * 1024;
/** How far the last resort looks for a charset declaration. */
const LATE_PRESCAN_BYTES = 64 * 1024;

/**
 * Bytes to text:
 * 1. refuse oversized (NG_E004), empty or blank (NG_E001) input;
 * 2. a byte order mark decides the charset (UTF-16 is recognised before the binary check);
 * 3. refuse binary input (NG_E002): file signatures, NUL bytes, many control characters;
 * 4. the HTTP header charset, then a declaration in the first bytes;
 * 5. else UTF-8 if the bytes are valid UTF-8, else windows-1252 if they are valid in it;
 * 6. else a declaration further into the page (its head is long), else NG_E003.
 */
export function decodeBytes(raw: RawDocument, options?: DecodeOptions): Decoded {
  const { bytes, name } = raw;
  const maxBytes = options?.maxBytes ?? 50 * MB;
  if (bytes.length > maxBytes) {
    throw new NewsgraphError('NG_E004', name, `${bytes.length} bytes, limit ${maxBytes}`);
  }
  if (isBlank(bytes)) throw new NewsgraphError('NG_E001', name);

  const bom = bomCharset(bytes);
  const decoded = bom
    ? { text: new TextDecoder(bom).decode(bytes), charset: bom, charsetSource: 'bom' as const }
    : decodeWithoutBom(raw, options);
  if (decoded.text.trim() === '') throw new NewsgraphError('NG_E001', name);
  return decoded;
}

function decodeWithoutBom(raw: RawDocument, options?: DecodeOptions): Decoded {
  const { bytes, name } = raw;
  const binary = binaryReason(bytes, options?.maxControlShare ?? 0.05);
  if (binary) throw new NewsgraphError('NG_E002', name, binary);

  const header = headerCharset(raw.headers);
  const meta = header ? null : declaredCharset(bytes, options?.prescanBytes ?? 2048);
  const declared = header ?? meta;
  const charsetSource = header ? 'header' : 'meta';
  if (declared === 'utf-8') {
    const strict = strictUtf8(bytes);
    if (strict !== null) return { text: strict, charset: 'utf-8', charsetSource };
    const text = new TextDecoder('utf-8').decode(bytes);
    const share = invalidShare(text);
    if (share > (options?.maxInvalidShare ?? 0.1)) {
      const percent = `${Math.round(share * 100)}% of non-ASCII sequences invalid`;
      throw new NewsgraphError('NG_E003', name, `declared UTF-8, ${percent}`);
    }
    return { text, charset: 'utf-8', charsetSource };
  }
  if (declared) return { text: decodeAs(declared, bytes), charset: declared, charsetSource };

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, charset: 'utf-8', charsetSource: 'sniffed' };
  const text = decodeAs('windows-1252', bytes);
  // Bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) mean it is not that either.
  if (!/[\u0080-\u009f]/u.test(text))
    return { text, charset: 'windows-1252', charsetSource: 'sniffed' };
  // 6. a declaration past the prescan (a long <head> of scripts) names what the bytes are.
  const late = declaredCharset(bytes, LATE_PRESCAN_BYTES);
  if (late && late !== 'utf-8')
    return { text: decodeAs(late, bytes), charset: late, charsetSource: 'meta' };
  throw new NewsgraphError('NG_E003', name, 'neither valid UTF-8 nor windows-1252');
}

/**
 * The text of valid UTF-8, else null. ICU's transcoding (`transcode`) made the text in half the
 * time TextDecoder took on extraction-dev's pages; plain ASCII, which it would widen to two bytes
 * a character, is left to TextDecoder, and so is everything when Node has no ICU.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  if (isAscii(bytes)) return new TextDecoder('utf-8').decode(bytes);
  let text: string;
  try {
    text = transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
  // TextDecoder drops a byte order mark at the start.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Invalid sequences (replacement characters) among all non-ASCII characters of the text. */
function invalidShare(text: string): number {
  let nonAscii = 0;
  let replaced = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (ch === '\uFFFD') replaced++;
  }
  return replaced / Math.max(1, nonAscii);
}
