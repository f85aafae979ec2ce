import type { Doc, Sentence } from '../../doc/doc.js';

/** The token texts of one sentence, with helpers the entity and quote stages share. */
export class SentenceWords {
  readonly words: string[];
  readonly lowered: string[];
  readonly first: number;

  constructor(
    readonly doc: Doc,
    readonly sentence: Sentence,
  ) {
    this.first = sentence.firstToken;
    const { texts, lowered } = doc.tokenWords();
    this.words = texts.slice(sentence.firstToken, sentence.endToken);
    this.lowered = lowered.slice(sentence.firstToken, sentence.endToken);
  }

  get length(): number {
    return this.words.length;
  }

  word(i: number): string {
    return this.words[i] ?? '';
  }

  lower(i: number): string {
    return this.lowered[i] ?? '';
  }

  /** Character offsets of words `[from, to)` of this sentence. */
  start(i: number): number {
    return this.doc.tokens.start(this.first + i);
  }

  end(i: number): number {
    return this.doc.tokens.end(this.first + i);
  }

  /** The words `[from, to)` as they appear in the text. */
  text(from: number, to: number): string {
    return this.doc.text.slice(this.start(from), this.end(to - 1));
  }

  /** The words `[from, to)` lower-cased and joined by single spaces, the gazetteer's key form. */
  key(from: number, to: number): string {
    return this.lowered.slice(from, to).join(' ');
  }

  /** Index of the word that starts at or after `offset`. */
  indexAt(offset: number): number {
    return this.doc.tokens.indexAt(offset) - this.first;
  }
}

export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90; // ASCII fast path: this runs per word
  return /^\p{Lu}/u.test(word);
}

const LONE_CAPITAL = /^\p{Lu}$/u;

/**
 * Words taken by middle initials at word `at` (`J .` in `Donald J. Trump`, `H . W .` in `George
 * H. W. Bush`), each a lone capital touching its period, when a name-shaped word follows; else 0.
 */
export function middleInitialsAt(words: SentenceWords, at: number): number {
  let k = at;
  while (
    LONE_CAPITAL.test(words.word(k)) &&
    words.word(k + 1) === '.' &&
    words.end(k) === words.start(k + 1)
  )
    k += 2;
  return k > at && /^\p{Lu}\p{Ll}/u.test(words.word(k)) ? k - at : 0;
}

/** Built once per Doc and shared by the stages that read words (tokens never change after). */
const wordsOf = new WeakMap<Doc, { sentences: Doc['sentences']; words: SentenceWords[] }>();

export function sentencesOf(doc: Doc): SentenceWords[] {
  const cached = wordsOf.get(doc);
  if (cached && cached.sentences === doc.sentences) return cached.words;
  const words = doc.sentences.map((sentence) => new SentenceWords(doc, sentence));
  wordsOf.set(doc, { sentences: doc.sentences, words });
  return words;
}
