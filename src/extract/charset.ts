/** Charset sniffing in the order browsers use: byte order mark, HTTP header, in-document declaration. */

const BOMS: readonly [readonly number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

export function bomCharset(bytes: Uint8Array): string | null {
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return charset;
  }
  return null;
}

const CHARSET_PARAM = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function headerCharset(headers: Readonly<Record<string, string>>): string | null {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== 'content-type') continue;
    return usableLabel(CHARSET_PARAM.exec(value)?.[1]);
  }
  return null;
}

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/;

/** Looks for `<meta charset>`, `http-equiv` or an XML declaration in the first `prescan` bytes. */
export function declaredCharset(bytes: Uint8Array, prescan: number): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, prescan));
  const label = META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head.trimStart())?.[1];
  const usable = usableLabel(label);
  // HTML spec: a page cannot declare itself UTF-16 in ASCII bytes, so such a declaration means UTF-8.
  return usable?.startsWith('utf-16') ? 'utf-8' : usable;
}

/** The WHATWG name for a label, or null when TextDecoder does not know it. */
export function usableLabel(label: string | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** windows-1252 at 0x80–0x9F (undefined bytes stay C1 controls, as the WHATWG index has them). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decodes with TextDecoder, except that windows-1252 is mapped by hand: Node 20 decodes that label
 * as ISO-8859-1, so curly quotes and the euro sign came out as C1 control characters.
 */
export function decodeAs(charset: string, bytes: Uint8Array): string {
  const text = new TextDecoder(charset).decode(bytes);
  if (charset !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}
