import type { Doc, Sentence } from '../../doc/doc.js';
import type { Quote } from '../../doc/types.js';
import { clauseQuote, insideQuote, isPunctuation, lastWord } from './clauses.js';
import { labelledLine, reportedBySource } from './sources.js';
import { sentenceSubject, speakerEndingAt, speakerStartingAt } from './speakers.js';
import {
  AUDIENCE_CUES,
  BEFORE_THAT_OPENERS,
  MAX_WORDS_BEFORE_THAT,
  NO_SUBJECT_BEFORE,
  OBJECT_CUE_PAIRS,
  OBJECT_CUES,
  SPEECH_CUES,
  THAT_CUES,
} from './vocabulary.js';

const PAIR_FIRST_WORDS = new Set([...OBJECT_CUE_PAIRS].map((pair) => pair.split(' ')[0]));

/** Longest subject of a postposed cue, in tokens: `…, the senior Clinton aide said.` */
const MAX_POSTPOSED_SUBJECT = 10;

/** The token after `that` within a few words of the cue (`said on Monday that`), if any. */
function afterThat(doc: Doc, cue: number, end: number, audience: boolean): number | undefined {
  if (!audience && !BEFORE_THAT_OPENERS.has(doc.tokenText(cue + 1).toLowerCase())) return undefined;
  for (let t = cue + 1; t < Math.min(end, cue + 2 + MAX_WORDS_BEFORE_THAT); t++) {
    const word = doc.tokenText(t).toLowerCase();
    if (word === 'that') return t + 1;
    if (isPunctuation(doc, t) && word !== '’' && word !== "'") return undefined;
  }
  return undefined;
}

/** The named subject before the cue, or the person who opens a coordinated sentence. */
function speakerBefore(doc: Doc, sentence: Sentence, cue: number): number | null {
  const at = doc.tokens.start(cue);
  return (speakerEndingAt(doc, at) ?? sentenceSubject(doc, sentence.start, at))?.entity ?? null;
}

/**
 * 1. `X said (that) <clause>`, `X told reporters <clause>`, `X believes that <clause>`;
 * 2. `<clause>, X said.` and `<clause>, said X.` at the end of the sentence.
 * The speaker is the named (or coreferent) subject, else null.
 */
function cueClause(doc: Doc, sentence: Sentence, taken: readonly Quote[]): Quote | undefined {
  const last = lastWord(doc, sentence);
  for (let t = sentence.firstToken + 1; t <= last; t++) {
    const word = doc.tokenText(t).toLowerCase();
    const speech = SPEECH_CUES.has(word);
    const pair =
      PAIR_FIRST_WORDS.has(word) &&
      OBJECT_CUE_PAIRS.has(`${word} ${doc.tokenText(t + 1).toLowerCase()}`);
    const object = pair || OBJECT_CUES.has(word);
    if ((!speech && !object && !THAT_CUES.has(word)) || insideQuote(doc, t, taken)) continue;
    if (NO_SUBJECT_BEFORE.has(doc.tokenText(t - 1).toLowerCase())) continue;
    const cue = doc.span(doc.tokens.start(t), doc.tokens.end(t));
    if (taken.some((q) => q.cue?.start === cue.start)) continue;
    // 2.
    if (speech && last - t <= 6) {
      let comma = t - 1;
      while (
        comma > sentence.firstToken &&
        t - comma <= MAX_POSTPOSED_SUBJECT &&
        doc.tokenText(comma) !== ','
      )
        comma--;
      if (
        doc.tokenText(comma) === ',' &&
        !/["“”]/u.test(doc.text.slice(doc.tokens.end(comma), cue.start))
      ) {
        const speaker =
          speakerBefore(doc, sentence, t) ?? speakerStartingAt(doc, cue.end)?.entity ?? null;
        const quote = clauseQuote(doc, sentence.firstToken, comma - 1, taken, { speaker, cue });
        if (quote) return quote;
      }
    }
    // 1.
    let first = afterThat(doc, t, last + 1, AUDIENCE_CUES.has(word));
    if (first === undefined) {
      if (!speech && !object) continue;
      first = pair ? t + 2 : t + 1;
      if (object && doc.tokenText(first).toLowerCase() === 'to') first++;
      if (AUDIENCE_CUES.has(word)) {
        const audience = speakerStartingAt(doc, cue.end);
        first = audience
          ? doc.tokens.indexAt(audience.end)
          : first + (doc.tokenText(first).toLowerCase() === 'the' ? 2 : 1);
      }
    }
    const quote = clauseQuote(doc, first, last, taken, {
      speaker: speakerBefore(doc, sentence, t),
      cue,
    });
    if (quote) return quote;
  }
  return undefined;
}

/** Reported speech and attributed sentences that are not between quotation marks. */
export function findIndirectQuotes(doc: Doc, direct: readonly Quote[]): Quote[] {
  const found: Quote[] = [];
  for (const sentence of doc.sentences) {
    const quote =
      labelledLine(doc, sentence, direct) ??
      cueClause(doc, sentence, direct) ??
      reportedBySource(doc, sentence, direct);
    if (quote) found.push(quote);
  }
  return found;
}
