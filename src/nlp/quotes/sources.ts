import type { Doc, Sentence } from '../../doc/doc.js';
import type { Quote } from '../../doc/types.js';
import { clauseQuote, lastWord } from './clauses.js';
import { personNamed } from './label.js';
import { phraseStartingAt, speakerStartingAt } from './speakers.js';
import { SOURCE_PHRASES, SPEECH_CUES } from './vocabulary.js';

/** Longest source after a phrase before its comma: `According to a new Bloomberg poll,`. */
const MAX_SOURCE_TOKENS = 12;

/** The first words of SOURCE_PHRASES: a sentence without one has no source phrase. */
export const SOURCE_FIRST_WORDS: ReadonlySet<string> = new Set(
  SOURCE_PHRASES.map((phrase) => phrase[0] ?? ''),
);

/** The number of tokens of a source phrase starting at `t`, or 0. */
function phraseAt(doc: Doc, t: number): number {
  if (!SOURCE_FIRST_WORDS.has(doc.lowerTokenText(t))) return 0;
  for (const phrase of SOURCE_PHRASES) {
    if (phrase.every((word, i) => doc.lowerTokenText(t + i) === word)) return phrase.length;
  }
  return 0;
}

/**
 * `According to X, <clause>.`, `As reported by X, <clause>.` and `<clause> according to X.`: the
 * sentence is attributed to X, the named entity after the phrase, or to no one
 * (`According to reports`, speaker null).
 */
export function reportedBySource(
  doc: Doc,
  sentence: Sentence,
  direct: readonly Quote[],
): Quote | undefined {
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const length = phraseAt(doc, t);
    if (length === 0) continue;
    // A source phrase starts with a word, so it lies before the sentence's closing punctuation.
    const last = lastWord(doc, sentence);
    const cue = doc.span(doc.tokens.start(t), doc.tokens.end(t + length - 1));
    const named =
      speakerStartingAt(doc, cue.end) ?? phraseStartingAt(doc, t + length, sentence.endToken);
    const speaker = named?.entity ?? null;
    const attribution = { speaker, cue };
    const comma = [...Array(MAX_SOURCE_TOKENS).keys()]
      .map((i) => t + length + i)
      .find((i) => i <= last && doc.tokenText(i) === ',');
    // The clause may open with a phrase: `According to X, in a 12-person primary, …`.
    const options = { fronted: true };
    if (t === sentence.firstToken && comma !== undefined) {
      return clauseQuote(doc, comma + 1, last, direct, attribution, options);
    }
    if (t > sentence.firstToken) {
      return clauseQuote(doc, sentence.firstToken, t - 1, direct, attribution, options);
    }
  }
  return undefined;
}

/**
 * `Clinton plans to visit Charlotte, according to a campaign aide.`: a named source closing the
 * sentence after a comma attributes all of it, cue verbs inside included.
 */
export function closingSource(
  doc: Doc,
  sentence: Sentence,
  direct: readonly Quote[],
): Quote | undefined {
  const quote = reportedBySource(doc, sentence, direct);
  if (quote?.speaker == null || !quote.cue || quote.cue.start < quote.end) return undefined;
  return /^\s*,\s*$/u.test(doc.text.slice(quote.end, quote.cue.start)) ? quote : undefined;
}

/** Words before a colon that name who speaks: `Pat Caddell: …`, `PENCE: …`, `Poll: …`. */
const LABEL = /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*$/u;

/**
 * `The Latest: Trump urges supporters to …`: a name and a cue verb right after the colon report
 * what follows themselves; the label is a rubric, not a source.
 */
function reportsAfter(doc: Doc, colon: number): boolean {
  const name = speakerStartingAt(doc, doc.tokens.end(colon), 1);
  if (!name) return false;
  const next = doc.tokens.indexAt(name.end);
  const verb = doc.tokens.start(next) >= name.end ? next : next + 1;
  return SPEECH_CUES.has(doc.lowerTokenText(verb));
}

/**
 * `Pat Caddell: Democrat voters worried …` (a headline) or `PENCE: Well, look …` (a transcript):
 * a short capitalised label and a colon open the sentence; what follows is its content.
 */
export function labelledLine(
  doc: Doc,
  sentence: Sentence,
  direct: readonly Quote[],
): Quote | undefined {
  const end = Math.min(sentence.endToken - 1, sentence.firstToken + 5);
  for (let t = sentence.firstToken + 1; t <= end; t++) {
    if (doc.tokenText(t) !== ':') continue;
    const last = lastWord(doc, sentence);
    if (t > last) return undefined;
    const label = doc.text.slice(sentence.start, doc.tokens.start(t));
    if (!LABEL.test(label.trim()) || reportsAfter(doc, t)) return undefined;
    const cue = doc.span(doc.tokens.start(t), doc.tokens.end(t));
    const speaker = speakerStartingAt(doc, sentence.start)?.entity ?? personNamed(doc, label);
    return clauseQuote(doc, t + 1, last, direct, { speaker, cue });
  }
  return undefined;
}
