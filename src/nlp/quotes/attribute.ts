import type { Doc, Sentence } from '../../doc/doc.js';
import type { Mention, Span } from '../../doc/types.js';
import { isCapitalised } from '../entities/words.js';
import { clauseSubject } from './clause-subject.js';
import { isNounUse } from './clauses.js';
import { MANNER_VERBS, SPEECH_VERB_PAIRS } from './cue-verbs.js';
import { surnameBefore } from './label.js';
import { PREPOSITION } from './noun-phrases.js';
import {
  isAuxiliary,
  isPassiveCue,
  phraseStartingAt,
  sentenceSubject,
  speakerEndingAt,
  speakerStartingAt,
  subjectPhrase,
} from './speakers.js';
import type { QuoteParts } from './split.js';
import { speakerBefore } from './subjects.js';
import { AUDIENCE_ONLY_CUES, NAMING_CUES, SPEAKER_PRONOUNS, SPEECH_CUES } from './vocabulary.js';

export interface Attribution {
  speaker: number | null;
  cue?: Span;
  /** A pronoun that stands for the speaker (`it added`) where coreference had not resolved it. */
  pronoun?: Span;
}

/** Tokens looked at after a closing mark for the cue: `," Rep. Gwen Moore (D-Wis.) said`. */
const AFTER_WINDOW = 14;
/** The same when a name follows the closing mark, for its appositive: `," Scott Pruitt, the …, said`. */
const LONG_AFTER_WINDOW = 45;
/** Tokens looked at before an opening mark for its cue, and after it for `by X`: bounds run-on text. */
const BEFORE_WINDOW = 60;
/** Words that start a new clause right after a quote, whose verb is not its cue: `"…" and said`. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', ';']);

/** Token indices `[from, to)` of the words between two character offsets. */
function tokensBetween(doc: Doc, from: number, to: number): [number, number] {
  const first = doc.tokens.indexAt(from);
  let last = first;
  while (last < doc.tokens.length && doc.tokens.start(last) < to) last++;
  return [first, last];
}

/** The cue at `token`, with its particle when it is a two-word cue (`shot back`, `put it`). */
function cueSpan(doc: Doc, token: number): Span {
  const last = isPairCue(doc, token) ? token + 1 : token;
  return doc.span(doc.tokens.start(token), doc.tokens.end(last));
}

/** `shot back`, `pointed out`, `put it`: a verb whose particle makes it a cue. */
function isPairCue(doc: Doc, token: number): boolean {
  return SPEECH_VERB_PAIRS.has(`${doc.lowerTokenText(token)} ${doc.lowerTokenText(token + 1)}`);
}

/**
 * `he said` / `said she` where coreference found no person: the pronoun stands for the speaker
 * of the quote before; so does `it added`, `it further wrote` when that speaker is a body or a
 * work (`the Times wrote`). The pronoun's token, or -1.
 */
function speakingPronoun(doc: Doc, cue: number, previous: number | null): number {
  if (previous === null) return -1;
  for (const t of [cue - 1, cue + 1])
    if (t >= 0 && t < doc.tokens.length && SPEAKER_PRONOUNS.has(doc.lowerTokenText(t))) return t;
  const type = doc.entities[previous]?.type;
  if (type !== 'ORG' && type !== 'MISC') return -1;
  let before = cue - 1;
  while (before > 0 && isAuxiliary(doc.tokenText(before))) before--;
  // `it further wrote`: one adverb of any shape may stand between.
  if (doc.lowerTokenText(before) === 'it') return before;
  const adverb = /^\p{Ll}+$/u.test(doc.tokenText(before));
  return adverb && doc.lowerTokenText(before - 1) === 'it' ? before - 1 : -1;
}

/** The attribution of a quote whose cue has a pronoun for the previous quote's speaker, else none. */
function byPronoun(doc: Doc, cue: number, previous: number | null): Attribution | undefined {
  const pronoun = speakingPronoun(doc, cue, previous);
  if (pronoun < 0) return undefined;
  const span = doc.span(doc.tokens.start(pronoun), doc.tokens.end(pronoun));
  return { speaker: previous, cue: cueSpan(doc, cue), pronoun: span };
}

/**
 * Where the cue after a closing mark may be: to the end of its sentence, or, when the quote ends
 * the sentence (`…?” Clinton said.`), to the end of a short next sentence that is an attribution
 * only: no `that` clause (`Bloomberg reports that …`), no colon or quote it introduces
 * (`Peabody said: "…"`).
 */
function cueSearchEnd(doc: Doc, afterClose: number, sentenceEnd: number): number {
  if (sentenceEnd > afterClose + 1) return sentenceEnd;
  let at = afterClose;
  while (at < doc.text.length && doc.text.charAt(at) === ' ') at++;
  const next = doc.sentenceAt(at);
  const own = Math.max(sentenceEnd, afterClose + 1);
  if (!next || next.endToken - next.firstToken > AFTER_WINDOW) return own;
  const words = doc.text.slice(next.start, next.end);
  return INTRODUCES.test(words) ? own : next.end;
}

/** A sentence that introduces what follows rather than closing what came before. */
const INTRODUCES = /[:"“”]|\bthat\b/u;

/** `Said Ellis: "…"`, `added Rep. Jim Clyburn, "…"`: the name right after the cue, before the mark. */
function invertedBefore(doc: Doc, cue: number, open: number): Mention | undefined {
  const sentence = doc.sentenceAt(doc.tokens.start(cue));
  if (sentence?.firstToken !== cue && !/^[,"”']$/u.test(doc.tokenText(cue - 1))) return undefined;
  const name = speakerStartingAt(doc, doc.tokens.end(cue));
  if (!name) return undefined;
  return /^[\s,:]*$/u.test(doc.text.slice(name.end, open)) ? name : undefined;
}

/** The sentence before `opening` when the quote at `open` opens it (nothing before the mark). */
function sentenceBefore(doc: Doc, opening: Sentence, open: number): Sentence | undefined {
  if (doc.text.slice(opening.start, open).trim() !== '') return undefined;
  let at = opening.start - 1;
  while (at > 0 && /\s/u.test(doc.text.charAt(at))) at--;
  const previous = doc.sentenceAt(at);
  return previous === opening ? undefined : previous;
}

/** The named subject of the cue at token `t` of `sentence`: before it, or its subject phrase. */
function cueSubject(doc: Doc, sentence: Sentence, t: number): Mention | undefined {
  return speakerEndingAt(doc, doc.tokens.start(t)) ?? subjectPhrase(doc, sentence.start, t);
}

/**
 * `He said:` closing the paragraph or sentence before a quote that opens its own: the speaker of
 * that cue, named before it or resolved by coreference; with no cue there, the name the colon
 * closes or the subject of the clause before it.
 */
function introducedByPrevious(
  doc: Doc,
  previous: Sentence,
  opening: Sentence,
): Attribution | undefined {
  if (!/:\s*$/u.test(doc.text.slice(previous.start, opening.start))) return undefined;
  for (
    let t = previous.endToken - 2;
    t >= Math.max(previous.firstToken, previous.endToken - 6);
    t--
  ) {
    if (!SPEECH_CUES.has(doc.lowerTokenText(t)) || isNounUse(doc, t)) continue;
    const subject = cueSubject(doc, previous, t);
    return subject ? { speaker: subject.entity, cue: cueSpan(doc, t) } : undefined;
  }
  // `President Clinton released the following statement:` with no verb of saying.
  const introducer = colonSpeaker(doc, previous, opening.start);
  return introducer ? { speaker: introducer.entity } : undefined;
}

/**
 * `Lynch announced on Monday the lawsuit against the state. “We are seeking …”`: a quote that
 * opens the sentence after one whose verb of saying has a named subject, in its paragraph or
 * the next, takes that subject.
 */
function afterSpeechSentence(doc: Doc, previous: Sentence): Mention | undefined {
  for (let t = previous.firstToken + 1; t < previous.endToken; t++) {
    if (!SPEECH_CUES.has(doc.lowerTokenText(t)) || isNounUse(doc, t)) continue;
    if (/["“”]/u.test(doc.text.slice(previous.start, doc.tokens.start(t)))) return undefined;
    return cueSubject(doc, previous, t);
  }
  return undefined;
}

/**
 * A quote opened right after a colon: the name the colon closes (`Republican pollster Daron
 * Shaw: "…"`), else the subject of the clause before it (`When Wallace died, President Clinton
 * released the following statement: "…"`, `Cruz called them on it: "…"`).
 */
function colonSpeaker(doc: Doc, opening: Sentence, open: number): Mention | undefined {
  const colon = doc.text.slice(opening.start, open).search(/:\s*$/u);
  if (colon < 0) return undefined;
  const at = opening.start + colon;
  const closed = speakerEndingAt(doc, at);
  // `a blunt message to Trump:`, `in San Bernardino:`: a preposition's object is no label.
  const objectOf = closed && PREPOSITION.test(doc.tokenText(doc.tokens.indexAt(closed.start) - 1));
  if (closed && !objectOf && doc.text.slice(closed.end, at).trim() === '') return closed;
  const clause = doc.text.slice(opening.start, at).lastIndexOf(', ');
  return (
    (clause > 0 ? sentenceSubject(doc, opening.start + clause + 2, at) : undefined) ??
    sentenceSubject(doc, opening.start, at)
  );
}

function afterByAgent(doc: Doc, from: number, to: number): number | undefined {
  const [first, end] = tokensBetween(doc, from + 1, to);
  for (let t = first; t < Math.min(end, first + BEFORE_WINDOW); t++) {
    if (doc.lowerTokenText(t) !== 'by') continue;
    const agent = speakerStartingAt(doc, doc.tokens.end(t));
    if (agent) return agent.entity;
  }
  return undefined;
}

/**
 * Finds who a quote is attributed to, in this order:
 * 1. after the (first part's) closing mark: `…," Shoigu had said`, `…," said Shoigu`,
 *    `…," she said` (an unresolved pronoun takes the previous quote’s speaker), `…” ― Jorge Falcon`,
 *    `…"\n\n- Sanders.`;
 * 2. before the opening mark: `Shoigu said: "…"`, or a subject and cue earlier in the sentence
 *    (`The head of the Russian military called the trust "…"`), or the person who opens the
 *    sentence (`Macron praised Germany and said the talks were "…"`);
 * 3. a passive cue before and `by X` after: `labeled as "…" by the Russian President`;
 *    `According to X, "…"` names X;
 * 4. `He said:` closing the sentence before a quote that opens its own; a quote opened after a
 *    colon, the name the colon closes or the subject of the clause before it; else the named
 *    subject of a verb of saying in the sentence before (`Lynch announced …. “…”`);
 * 5. with no cue, the subject of the clause the quote sits in (`He made the criticism while
 *    showing support for her "…"`, see clauseSubject), else the person who opens the sentence.
 * A cue without a speaker it can name (`the sign said`, `Caddell continued: "…"` when the name
 * was not recognised) gives `speaker: null`, never a guess.
 */
export function attribute(doc: Doc, quote: QuoteParts, previous: number | null): Attribution {
  const firstClose = quote.gap?.close ?? quote.close;
  const sentence = doc.sentenceAt(firstClose) ?? doc.sentenceAt(quote.open);
  const opening = doc.sentenceAt(quote.open) ?? sentence;
  if (!sentence || !opening) return { speaker: null };
  // 1.
  // NYT style closes with two apostrophes: `''…,'' he said`.
  const afterClose = firstClose + (doc.text.startsWith("''", firstClose) ? 2 : 1);
  const afterTo = quote.gap ? quote.gap.open : cueSearchEnd(doc, afterClose, sentence.end);
  const [afterFirst, afterEnd] = tokensBetween(doc, afterClose, afterTo);
  if (/^[―—–-]$/u.test(doc.tokenText(afterFirst))) {
    const signed = speakerStartingAt(doc, doc.tokens.end(afterFirst));
    // `'' - he has often been …`: a dash before a pronoun goes on with the sentence.
    if (signed && isCapitalised(doc.text.charAt(signed.start)))
      return { speaker: signed.entity, cue: cueSpan(doc, afterFirst) };
  }
  const window = speakerStartingAt(doc, afterClose, 4) ? LONG_AFTER_WINDOW : AFTER_WINDOW;
  for (let t = afterFirst; t < Math.min(afterEnd, afterFirst + window); t++) {
    const word = doc.lowerTokenText(t);
    if (/^["“”]$/u.test(word) || (t <= afterFirst + 1 && CLAUSE_JOINERS.has(word))) break;
    // `…,” the letter read.`, `…!” Trump barked`: right after a quote, a verb of manner says it.
    const cueWord = SPEECH_CUES.has(word) || MANNER_VERBS.has(word) || isPairCue(doc, t);
    if (!cueWord || isNounUse(doc, t)) continue;
    // `…,” Grassley told POLITICO`: the name after a cue of telling is its audience.
    const inverted = !AUDIENCE_ONLY_CUES.has(word);
    const mention =
      speakerEndingAt(doc, doc.tokens.start(t)) ??
      (inverted ? speakerStartingAt(doc, doc.tokens.end(t)) : undefined) ??
      subjectPhrase(doc, firstClose + 1, t) ??
      (inverted ? phraseStartingAt(doc, t + 1, afterEnd) : undefined);
    const cue = cueSpan(doc, t);
    if (mention && mention.start > firstClose) return { speaker: mention.entity, cue };
    // `Peabody said: "…" adding that …`: the participle's subject is the cue's before the quote.
    if (word.endsWith('ing') && t <= afterFirst + 1) break;
    const surname = surnameBefore(doc, t, afterClose);
    if (surname !== null) return { speaker: surname, cue };
    return byPronoun(doc, t, previous) ?? { speaker: null, cue };
  }
  // 2.
  const [beforeFirst, beforeEnd] = tokensBetween(doc, opening.start, quote.open);
  for (let t = beforeEnd - 1; t >= Math.max(beforeFirst, beforeEnd - BEFORE_WINDOW); t--) {
    const word = doc.lowerTokenText(t);
    // `According to Limbaugh, "…"`: the source after the phrase.
    if (word === 'according' && doc.lowerTokenText(t + 1) === 'to') {
      const source =
        speakerStartingAt(doc, doc.tokens.end(t + 1)) ?? phraseStartingAt(doc, t + 2, beforeEnd);
      return {
        speaker: source?.entity ?? null,
        cue: doc.span(doc.tokens.start(t), doc.tokens.end(t + 1)),
      };
    }
    if (!SPEECH_CUES.has(word) && !NAMING_CUES.has(word) && !isPairCue(doc, t)) continue;
    if (isNounUse(doc, t)) continue;
    // `Clinton chimed in on Twitter, saying …`: a participle shares the clause's subject.
    if (word.endsWith('ing') && doc.tokenText(t - 1) === ',')
      return { speaker: speakerBefore(doc, opening, t), cue: cueSpan(doc, t) };
    // `Duterte has been called the “…”`: the subject of a passive cue is spoken of; `by X` speaks.
    if (isPassiveCue(doc, t, opening.firstToken))
      return {
        speaker: afterByAgent(doc, quote.close, sentence.end) ?? null,
        cue: cueSpan(doc, t),
      };
    const subject =
      speakerEndingAt(doc, doc.tokens.start(t)) ??
      subjectPhrase(doc, opening.start, t) ??
      sentenceSubject(doc, opening.start, doc.tokens.start(t)) ??
      invertedBefore(doc, t, quote.open);
    if (subject) return { speaker: subject.entity, cue: cueSpan(doc, t) };
    const surname = surnameBefore(doc, t, opening.start);
    if (surname !== null) return { speaker: surname, cue: cueSpan(doc, t) };
    // 3.
    const by = afterByAgent(doc, quote.close, sentence.end);
    if (by !== undefined) return { speaker: by, cue: cueSpan(doc, t) };
    const pronoun = byPronoun(doc, t, previous);
    if (pronoun) return pronoun;
    const introducer = colonSpeaker(doc, opening, quote.open)?.entity ?? null;
    if (introducer !== null || beforeEnd - t <= 2)
      return { speaker: introducer, cue: cueSpan(doc, t) };
  }
  // 4.
  const before = sentenceBefore(doc, opening, quote.open);
  const introduced = before && introducedByPrevious(doc, before, opening);
  if (introduced) return introduced;
  const introducer = colonSpeaker(doc, opening, quote.open);
  if (introducer) return { speaker: introducer.entity };
  const announcer = before && afterSpeechSentence(doc, before);
  if (announcer) return { speaker: announcer.entity };
  // 5.
  if (quote.open > opening.start + 1) {
    const subject =
      clauseSubject(doc, opening, quote.open) ?? sentenceSubject(doc, opening.start, quote.open);
    if (subject) return { speaker: subject.entity };
  }
  return { speaker: null };
}
