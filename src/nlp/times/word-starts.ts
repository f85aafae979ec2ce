/**
 * Trying a pattern only where a match can start. Nearly every time pattern opens with `\b` and
 * one word of a short list ("last", "the", a month name, a number); the regex engine would try it
 * at each position of the text. One pass over the text records, for each pattern, the starts of
 * the words that begin like one of its first words (same first three letters, case aside; any
 * number for ANY_NUMBER); the pattern then runs sticky only there. "the" is too common to try
 * every pattern at: a first word "the quarter" keys a "the" only before a word like "quarter".
 *
 * The matches are those of `text.matchAll(pattern)` as long as every match starts at a word start
 * (the pattern opens with `\b` then a word character) that begins like one of the words given for
 * it, or at a "the" before such a second word: the candidates are then a superset of the match
 * starts, tried in text order, each from the end of the last match on, as matchAll does (no
 * pattern here matches the empty string). A first word shorter than three letters ("a", "in")
 * keys only that very word: the pattern must want a non-word character after it ("a\s+year").
 */

const NO_STARTS: readonly number[] = [];
// A word's key packs its first three characters, each one of CODES values: 0 none (the word is
// shorter), 1–26 a letter in either case, 27 a digit, 28 the underscore.
const CODES = 29;
const DIGIT_CODE = 27;
// Every number shares one key, whatever follows its first digit.
const NUMBER_KEY = DIGIT_CODE * CODES * CODES;
/** A first word that stands for any number. */
export const ANY_NUMBER = '0';

/** The code of each ASCII character (see CODES); 0 for those that are no `\w` character. */
const CODE_OF_ASCII = Uint8Array.from({ length: 128 }, (_, char) => {
  if (char >= 97 && char <= 122) return char - 96;
  if (char >= 65 && char <= 90) return char - 64;
  if (char >= 48 && char <= 57) return DIGIT_CODE;
  return char === 95 ? 28 : 0;
});

/** The code of a character of a word (see CODES), or 0 if it is no `\w` character. */
const wordCode = (char: number): number => (char < 128 ? (CODE_OF_ASCII[char] as number) : 0);

/** The key of the word starting at `i` (`text[i]` is a word character). */
function keyAt(text: string, i: number): number {
  const first = wordCode(text.charCodeAt(i));
  if (first === DIGIT_CODE) return NUMBER_KEY;
  const second = wordCode(text.charCodeAt(i + 1));
  const third = second === 0 ? 0 : wordCode(text.charCodeAt(i + 2));
  return (first * CODES + second) * CODES + third;
}

// Patterns that start at the same words share one list of starts, numbered by their keys.
const listOfKeys = new Map<string, number>();
// For each key, the lists that take the starts of words with it; `anchored` fills this as the
// finders' modules load. A dense array: one lookup per word of every text.
const NO_LISTS: readonly number[] = [];
const listsOfKey: (readonly number[])[] = Array.from({ length: CODES ** 3 }, () => NO_LISTS);
// The same for the word after a "the": the lists that take the start of the "the".
const listsAfterThe: (readonly number[])[] = Array.from({ length: CODES ** 3 }, () => NO_LISTS);
const THE_KEY = keyAt('the', 0);

/** For each anchored pattern, where the words it may start at start in one text. */
export class WordStarts {
  private readonly lists: number[][] = Array.from({ length: listOfKeys.size }, () => []);
  // Gate answers (see gate.ts), kept as several patterns share a gate.
  private readonly holds = new Map<RegExp, boolean>();

  constructor(readonly text: string) {
    let inWord = false;
    let previous = -1;
    let previousKey = -1;
    for (let i = 0; i < text.length; i++) {
      const word = wordCode(text.charCodeAt(i)) !== 0;
      if (word && !inWord) {
        const key = keyAt(text, i);
        // Lists stay in text order: no word starts between the "the" and this word.
        if (previousKey === THE_KEY) this.push(listsAfterThe[key] as readonly number[], previous);
        this.push(listsOfKey[key] as readonly number[], i);
        previous = i;
        previousKey = key;
      }
      inWord = word;
    }
  }

  private push(lists: readonly number[], start: number): void {
    for (let k = 0; k < lists.length; k++) this.lists[lists[k] as number]?.push(start);
  }

  /** The starts of the words of list `list`, in text order. */
  startsOf(list: number): readonly number[] {
    return this.lists[list] ?? NO_STARTS;
  }

  /** Whether `needed` matches somewhere in the text (asked once per text). */
  has(needed: RegExp): boolean {
    let holds = this.holds.get(needed);
    if (holds === undefined) {
      holds = needed.test(this.text);
      this.holds.set(needed, holds);
    }
    return holds;
  }
}

/** A pattern to run from the words its matches can start with. */
export interface Anchored {
  sticky: RegExp;
  /** The list of the starts it may match at. */
  list: number;
}

const inOrder = (keys: ReadonlySet<number>): string => [...keys].sort((a, b) => a - b).join();

/**
 * `pattern`, to run from the starts of `firstWords`: phrases are read by their first word, but
 * for "the" by the word after it. See the module comment for when the matches stay the same.
 */
export function anchored(pattern: RegExp, firstWords: readonly string[]): Anchored {
  const made = anchoredPattern(pattern, firstWords);
  DECLARED.push({ pattern, anchored: made });
  return made;
}

/** Every pattern the finders declared with `anchored`, for the test that keeps their first words in step. */
export const DECLARED: { readonly pattern: RegExp; readonly anchored: Anchored }[] = [];

function anchoredPattern(pattern: RegExp, firstWords: readonly string[]): Anchored {
  const keys = new Set<number>();
  const afterThe = new Set<number>();
  for (const phrase of firstWords) {
    const [first, second] = phrase.toLowerCase().split(/\s+/);
    if (first === 'the' && second !== undefined) afterThe.add(keyAt(second, 0));
    else keys.add(keyAt(phrase, 0));
  }
  const name = `${inOrder(keys)} after the ${inOrder(afterThe)}`;
  let list = listOfKeys.get(name);
  if (list === undefined) {
    list = listOfKeys.size;
    listOfKeys.set(name, list);
    for (const key of keys) listsOfKey[key] = [...(listsOfKey[key] ?? []), list];
    for (const key of afterThe) listsAfterThe[key] = [...(listsAfterThe[key] ?? []), list];
  }
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  return { sticky, list };
}

/** The first words of a pattern that may open with "the": each alone and after "the". */
export function withOptionalThe(words: readonly string[]): string[] {
  return [...words, ...words.map((word) => `the ${word}`)];
}

/** The matches of `pattern` in the text, as `text.matchAll` gives them. */
export function* matchesAt(words: WordStarts, pattern: Anchored): Generator<RegExpExecArray> {
  const { sticky } = pattern;
  let from = 0;
  for (const start of words.startsOf(pattern.list)) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(words.text);
    if (m === null) continue;
    from = start + m[0].length;
    yield m;
  }
}
