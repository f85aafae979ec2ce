import type { Doc } from '../../doc/doc.js';
import type { Mention } from '../../doc/types.js';
import type { SentenceWords } from '../entities/words.js';

/** Head nouns of an institution's name that `the <noun>` takes up again: `the fund`, `the court`. */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'agency',
  'association',
  'authority',
  'bank',
  'board',
  'bureau',
  'caucus',
  'coalition',
  'commission',
  'committee',
  'company',
  'corporation',
  'council',
  'court',
  'department',
  'foundation',
  'fund',
  'institute',
  'ministry',
  'network',
  'organization',
  'organisation',
  'panel',
  'party',
  'service',
  'union',
]);

/** Lower-case words between `the` and the noun: `the federal agency`, `the central bank`. */
const MODIFIERS = /^(?:federal|central|national|global|same)$/u;

/**
 * Reads `the [modifier] <institution noun>` at word `i` and returns the noun's word index, or
 * undefined. A noun followed by `of` or a possessive (`the bank of`, `the court’s`) names
 * something else or belongs to a longer phrase and is left alone.
 */
export function readInstitution(words: SentenceWords, i: number): number | undefined {
  if (words.lower(i) !== 'the') return undefined;
  let j = i + 1;
  if (MODIFIERS.test(words.lower(j)) && INSTITUTION_NOUNS.has(words.lower(j + 1))) j++;
  // `the Supreme Court` is a name of its own, not a noun taking one up.
  if (!INSTITUTION_NOUNS.has(words.lower(j)) || !/^\p{Ll}/u.test(words.word(j))) return undefined;
  const next = words.lower(j + 1);
  if (next === 'of' || /^['’]s?$/u.test(next)) return undefined;
  return j;
}

/** The last word of a name, lower-cased: `International Monetary Fund` → `fund`. */
const headOf = (text: string) =>
  text
    .toLowerCase()
    .match(/[\p{L}]+/gu)
    ?.at(-1) ?? '';

/**
 * The organisation `the <noun>` takes up: the latest named organisation before `offset` whose
 * name ends with the noun (`the fund` → International Monetary Fund). `names` are the named
 * mentions in text order.
 */
export function institutionAntecedent(
  names: readonly Mention[],
  noun: string,
  offset: number,
  doc: Doc,
): number | undefined {
  for (let k = names.length - 1; k >= 0; k--) {
    const m = names[k] as Mention;
    if (m.end > offset || m.kind !== 'name' || m.entity < 0 || m.type !== 'ORG') continue;
    const entity = doc.entities[m.entity];
    if (headOf(m.text) === noun || (entity && headOf(entity.name) === noun)) return m.entity;
  }
  return undefined;
}
