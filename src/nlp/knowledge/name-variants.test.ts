import { describe, expect, it } from 'vitest';
import { nameVariantKey } from './name-variants.js';

describe('nameVariantKey', () => {
  it('gives one key for spellings that differ by particles, hyphens and diacritics', () => {
    const key = nameVariantKey('Omar al-Bashir');
    expect(key).toBe('omar bashir');
    expect(nameVariantKey('Omar El Bashir')).toBe(key);
    expect(nameVariantKey('Ömar Al Báshir')).toBe(key);
  });

  it('gives no key when fewer than two words remain', () => {
    expect(nameVariantKey('al-Bashir')).toBe('');
    expect(nameVariantKey('Putin')).toBe('');
  });
});
