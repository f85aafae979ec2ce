/** Arabic and other name particles that spellings add, drop or change ("al-Bashir", "El Bashir"). */
const PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'ad',
  'ed',
  'ar',
  'as',
  'ash',
  'az',
  'an',
  'bin',
  'ibn',
]);

/**
 * A person's name reduced to the words that every spelling shares: lower case, diacritics and
 * hyphens out, particles dropped. "Omar El Bashir", "Omar al-Bashir" and "Omar Al Béshir" all
 * give "omar bashir". Returns '' when fewer than two words remain (too weak to link on).
 */
export function nameVariantKey(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑'’.]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '' && !PARTICLES.has(w));
  return words.length >= 2 ? words.join(' ') : '';
}
