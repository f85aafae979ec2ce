import type { ConlluSentence } from '../nlp/pos/conllu.js';

/** A tagged stretch of the sentence text, as a peer tool tokenised it. */
export interface TaggedSpan {
  start: number;
  end: number;
  tag: string;
}

export interface AlignedCounts {
  right: number;
  total: number;
  /** Gold words no system token covers exactly: counted as errors. */
  unaligned: number;
}

/**
 * The character span of each gold word in `sentence.text`, or null. Surface tokens are found in
 * order; a multiword token's words get sub-spans when their forms spell it (`do` + `n't`), else null.
 */
export function goldSpans(sentence: ConlluSentence): ({ start: number; end: number } | null)[] {
  const spans: ({ start: number; end: number } | null)[] = sentence.words.map(() => null);
  let cursor = 0;
  for (const token of sentence.tokens) {
    const at = sentence.text.indexOf(token.form, cursor);
    if (at < 0) continue;
    cursor = at + token.form.length;
    const words = sentence.words.slice(token.firstWord, token.endWord);
    if (words.map((w) => w.form).join('') !== token.form) continue;
    let start = at;
    words.forEach((w, k) => {
      spans[token.firstWord + k] = { start, end: start + w.form.length };
      start += w.form.length;
    });
  }
  return spans;
}

/** Places each token text in `text` in order; tokens that cannot be found are dropped. */
export function locate(
  text: string,
  tokens: readonly { text: string; tag: string }[],
): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let cursor = 0;
  for (const token of tokens) {
    if (token.text === '') continue;
    const at = text.indexOf(token.text, cursor);
    if (at < 0) continue;
    cursor = at + token.text.length;
    out.push({ start: at, end: cursor, tag: token.tag });
  }
  return out;
}

/** Scores a peer's spans against the gold words: a word counts right only if a span matches it exactly. */
export function scoreAligned(
  sentence: ConlluSentence,
  spans: readonly TaggedSpan[],
): AlignedCounts {
  const byRange = new Map(spans.map((s) => [`${s.start}:${s.end}`, s.tag]));
  const counts = { right: 0, total: 0, unaligned: 0 };
  goldSpans(sentence).forEach((span, i) => {
    counts.total++;
    const tag = span ? byRange.get(`${span.start}:${span.end}`) : undefined;
    if (tag === undefined) counts.unaligned++;
    else if (tag === sentence.words[i]?.upos) counts.right++;
  });
  return counts;
}

/**
 * compromise's tags → UPOS, first match wins. compromise has no SCONJ (subordinators are
 * Conjunction or Preposition) and no PART/SYM classes of its own.
 */
export const COMPROMISE_TO_UPOS: readonly (readonly [string, string])[] = [
  ['Url', 'X'],
  ['Email', 'X'],
  ['ProperNoun', 'PROPN'],
  ['Pronoun', 'PRON'],
  ['Determiner', 'DET'],
  ['Preposition', 'ADP'],
  ['Conjunction', 'CCONJ'],
  ['Auxiliary', 'AUX'],
  ['Modal', 'AUX'],
  ['Copula', 'AUX'],
  ['Verb', 'VERB'],
  ['Ordinal', 'ADJ'],
  ['Value', 'NUM'],
  ['Adjective', 'ADJ'],
  ['Adverb', 'ADV'],
  ['Expression', 'INTJ'],
  ['Negative', 'PART'],
  ['Noun', 'NOUN'],
];

export function compromiseTag(tags: readonly string[]): string {
  return COMPROMISE_TO_UPOS.find(([tag]) => tags.includes(tag))?.[1] ?? 'X';
}

/**
 * compromise keeps punctuation in a term's `pre`/`post` text; each run of one repeated mark
 * (`.`, `--`, `...`) becomes a PUNCT span so punctuation can be scored at all.
 */
export function punctuationSpans(text: string, from: number): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const match of text.matchAll(/([^\s])\1*/gu)) {
    const start = from + (match.index ?? 0);
    out.push({ start, end: start + match[0].length, tag: 'PUNCT' });
  }
  return out;
}
