import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../sources/raw-document.js';
import { decodeBytes } from './decode.js';

const raw = (
  bytes: number[] | Uint8Array | string,
  headers: Record<string, string> = {},
): RawDocument => ({
  name: 'page.html',
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : Uint8Array.from(bytes),
  url: null,
  headers,
  fetchedAt: null,
});

const latin = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('decodeBytes', () => {
  it.each([
    ['empty input', raw([]), 'NG_E001'],
    ['whitespace only', raw(' \n\t\r\n '), 'NG_E001'],
    ['a byte order mark and spaces', raw([0xef, 0xbb, 0xbf, 0x20, 0x0a]), 'NG_E001'],
    ['a PNG image', raw([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41]), 'NG_E002'],
    ['a PDF file', raw('%PDF-1.7\n1 0 obj'), 'NG_E002'],
    ['gzip data', raw([0x1f, 0x8b, 0x08, 0x00, 0x41]), 'NG_E002'],
    [
      'many NUL bytes',
      raw(new Uint8Array(4096).fill(0).map((_, i) => (i % 2 ? 0 : 65))),
      'NG_E002',
    ],
    ['mostly control characters', raw(new Uint8Array(200).fill(0x01)), 'NG_E002'],
  ])('refuses %s', (_, input, code) => {
    expect(() => decodeBytes(input)).toThrow(code);
  });

  it('names the input in its errors', () => {
    expect(() => decodeBytes(raw([]))).toThrow('page.html');
  });

  it('refuses input over the size limit', () => {
    expect(() => decodeBytes(raw('<p>hello</p>'), { maxBytes: 5 })).toThrow('NG_E004');
  });

  it('refuses a page declared UTF-8 whose non-ASCII bytes are mostly invalid', () => {
    const page = latin('<meta charset="utf-8"><p>Gr\u00fc\u00dfe aus M\u00fcnchen, sch\u00f6n</p>');
    expect(() => decodeBytes(raw(page))).toThrow('NG_E003');
  });

  it('replaces a few invalid sequences in a page declared UTF-8', () => {
    const good = new TextEncoder().encode(`<meta charset="utf-8"><p>${'café '.repeat(40)}</p>`);
    const page = Uint8Array.from([...good, 0xff]);
    expect(decodeBytes(raw(page)).text).toContain('café café');
  });

  it.each([
    ['undeclared windows-1252', latin('<p>caf\u00e9 \u0093quoted\u0094</p>'), {}, 'café “quoted”'],
    ['meta charset', latin('<meta charset="iso-8859-1"><p>caf\u00e9</p>'), {}, 'café'],
    [
      'http-equiv',
      latin(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>\u0080</p>',
      ),
      {},
      '€',
    ],
    [
      'the HTTP header over meta',
      latin('<meta charset="utf-8"><p>caf\u00e9</p>'),
      { 'Content-Type': 'text/html; charset=ISO-8859-1' },
      'café',
    ],
    [
      'valid UTF-8 without declaration',
      new TextEncoder().encode('<p>Zürich – 20 °C</p>'),
      {},
      'Zürich – 20 °C',
    ],
    ['UTF-16LE with byte order mark', Uint8Array.from([0xff, 0xfe, 0x68, 0, 0x69, 0]), {}, 'hi'],
  ])('decodes %s', (_, bytes, headers, expected) => {
    expect(decodeBytes(raw(bytes, headers)).text).toContain(expected);
  });
});

describe('decodeBytes, issue 4', () => {
  it('issue 4: uses a charset declared past the prescan when the bytes are neither UTF-8 nor windows-1252', () => {
    // 0x9C is "ś" in windows-1250; 0x81 is undefined in windows-1252, so the bytes are not that.
    const head = `<html><head><script>${' '.repeat(3000)}</script><meta charset="windows-1250"></head>`;
    const bytes = Uint8Array.from([
      ...latin(head),
      ...latin('<body>Kto'),
      0x9c,
      0x81,
      ...latin('</body>'),
    ]);
    const decoded = decodeBytes(raw(bytes));
    expect(decoded.charset).toBe('windows-1250');
    expect(decoded.text).toContain('Ktoś');
  });
});
