import type { Doc } from '../../doc/doc.js';
import type { SentenceWords } from '../entities/words.js';
import { ROLE_OFFICES } from './vocabulary.js';

/** Office nouns that name one holder in a national news story: `the president`. */
const OFFICE_NOUNS: ReadonlySet<string> = new Set(['president', 'prime minister', 'chancellor']);

/**
 * Reads `the president` (`the prime minister`, `the chancellor`) at word `i` and returns the
 * word after it, or undefined; not `the president of …` nor `the president’s`.
 */
export function readOfficeNoun(words: SentenceWords, i: number): number | undefined {
  if (words.lower(i) !== 'the') return undefined;
  for (const length of [2, 1]) {
    if (!OFFICE_NOUNS.has(words.key(i + 1, i + 1 + length))) continue;
    const next = words.lower(i + 1 + length);
    if (next === 'of' || /^['’]s?$/u.test(next)) return undefined;
    return i + 1 + length;
  }
  return undefined;
}

/**
 * The one person of the article who holds the office on its date (the leaders table's role):
 * `the president` in a story naming Barack Obama and Donald Trump is Obama. Undefined when no
 * or several named people hold it.
 */
export function officeHolder(doc: Doc, office: string): number | undefined {
  const roles = ROLE_OFFICES.get(office) ?? [];
  const holders = doc.entities.flatMap((entity, index) =>
    entity.type === 'PERSON' &&
    entity.mentions.length > 0 &&
    entity.officeRole !== undefined &&
    roles.includes(entity.officeRole)
      ? [index]
      : [],
  );
  return holders.length === 1 ? holders[0] : undefined;
}
