import type { Doc, Sentence } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import { surnameBefore } from './label.js';
import { beforeCarrierVerb } from './noun-phrases.js';
import { openingSubject } from './opening-subject.js';
import {
  isAuxiliary,
  isPassiveCue,
  isSpeaker,
  PHRASE_BOUNDARY,
  sentenceSubject,
  sharesSubject,
  speakerEndingAt,
  speakerStartingAt,
  subjectPhrase,
} from './speakers.js';
import { NAMING_CUES, SPEECH_CUES } from './vocabulary.js';

/**
 * `Hope Hicks, a campaign spokeswoman, did not respond`: nothing but auxiliaries between the comma
 * and the cue, so what the comma closes is the subject and its appositive, not a fronted clause.
 */
export function appositiveSubject(doc: Doc, comma: number, cue: number): boolean {
  // `Kall -- co-editor of X, a book on debates -- said`: a dash closes the appositive.
  let before = cue - 1;
  while (before > comma && isAuxiliary(doc.tokenText(before))) before--;
  if (/^(?:--|—|–)$/u.test(doc.tokenText(before))) return true;
  for (let t = comma + 1; t < cue; t++) if (!isAuxiliary(doc.tokenText(t))) return false;
  // `…, noted NBC’s Dante Chinni.`: a name after a bare cue is its subject, inverted.
  return cue > comma + 1 || !/^\p{Lu}/u.test(doc.tokenText(cue + 1));
}

/** The named subject before the cue, or the person who opens a coordinated sentence. */
export function speakerBefore(doc: Doc, sentence: Sentence, verb: number): number | null {
  if (isPassiveCue(doc, verb, sentence.firstToken)) return null;
  // `Clinton continued to defend`: the subject is the carrying verb's.
  const cue = beforeCarrierVerb(doc, verb - 1) + 1;
  const at = doc.tokens.start(cue);
  // `with some polls indicating that …`: the participle's subject is the phrase after `with`.
  if (afterWith(doc, cue, sentence.firstToken)) return speakerEndingAt(doc, at)?.entity ?? null;
  // `she said in the Oval Office, emphasizing …`: the name before the comma is no subject of a
  // participle, which shares the clause's.
  const participle = doc.tokenText(cue - 1) === ',' && doc.lowerTokenText(cue).endsWith('ing');
  const subject =
    (participle ? undefined : speakerEndingAt(doc, at)) ??
    (participle ? undefined : subjectPhrase(doc, sentence.start, cue)) ??
    (sharesSubject(doc, cue)
      ? (earlierCueSubject(doc, sentence, cue) ??
        sentenceSubject(doc, sentence.start, at) ??
        (participle ? clauseOpener(doc, sentence, cue - 1) : undefined))
      : undefined) ??
    (isInfinitive(doc, cue) ? infinitiveSubject(doc, sentence, at) : undefined);
  // `According to a Washington Post-ABC News survey, 51 percent of respondents said`, `In a
  // September poll, 75 percent of Republicans said`: the poll speaks.
  if (subject && (subject.kind === 'nominal' || shareOf(doc, subject.start))) {
    const poll = pollOpening(doc, sentence, at);
    if (poll) return poll.entity;
  }
  return (
    subject?.entity ??
    antecedentOfRelative(doc, sentence.firstToken, cue) ??
    surnameBefore(doc, cue, sentence.start) ??
    openingSubject(doc, sentence, cue) ??
    null
  );
}

/** Words an absolute phrase may hold between `with` and its participle: `with 40 percent | supporting`. */
const MAX_ABSOLUTE_WORDS = 5;

/** Whether the participle at `cue` closes an absolute phrase: `with three in 10 saying`. */
export function afterWith(doc: Doc, cue: number, sentenceFirst: number): boolean {
  if (!doc.lowerTokenText(cue).endsWith('ing')) return false;
  for (let k = cue - 1; k >= Math.max(sentenceFirst, cue - 1 - MAX_ABSOLUTE_WORDS); k--) {
    const word = doc.lowerTokenText(k);
    if (word === 'with') return k < cue - 1;
    if (!/^[\p{L}\d%'’.-]+$/u.test(word) || PHRASE_BOUNDARY.test(word)) return false;
  }
  return false;
}

/** Words a restrictive relative clause may hold before the main verb: `who have praised his candidacy`. */
const MAX_RELATIVE_WORDS = 10;

/**
 * `Republicans who have praised his candidacy warned`: the name a restrictive relative clause
 * (no commas) follows is the subject of the verb after that clause.
 */
function antecedentOfRelative(doc: Doc, sentenceFirst: number, cue: number): number | undefined {
  for (let k = cue - 2; k > sentenceFirst && cue - k <= MAX_RELATIVE_WORDS; k--) {
    const word = doc.tokenText(k);
    if (/^(?:who|which)$/iu.test(word)) return speakerEndingAt(doc, doc.tokens.start(k))?.entity;
    if (PHRASE_BOUNDARY.test(word) || SPEECH_CUES.has(word.toLowerCase())) return undefined;
  }
  return undefined;
}

/** `According to a … poll,`, `In a CNN/ORC International Poll the same month,` opening a sentence. */
const POLL_OPENING =
  /^(?:according to|in)\s+([^,;:"“”]{3,120}?\b(?:poll|survey|study|analysis)\b[^,;:"“”]{0,60}),/iu;

/** `75 percent of | Republicans`: a mention at `start` counted as a share of its group. */
function shareOf(doc: Doc, start: number): boolean {
  return /(?:percent|%)\s+of\s+(?:the\s+)?$/iu.test(doc.text.slice(Math.max(0, start - 16), start));
}

/** The name inside a poll phrase that opens the sentence before `at`, if any. */
function pollOpening(doc: Doc, sentence: Sentence, at: number) {
  const match = POLL_OPENING.exec(doc.text.slice(sentence.start, at));
  if (!match) return undefined;
  const start = sentence.start + match[0].indexOf(match[1] as string);
  // A place in the phrase says where the poll was taken, not who took it.
  return spansWithin(doc.mentions, start, start + (match[1] as string).length).find(
    (m) => isSpeaker(m) && m.type !== 'GPE',
  );
}

/**
 * `Stung by the analyses, Trump revised his plan, promising to …`: the name that opens the
 * clause the comma at token `comma` closes, right after the comma before it or the sentence start.
 */
function clauseOpener(doc: Doc, sentence: Sentence, comma: number) {
  let first = comma - 1;
  while (first > sentence.firstToken && doc.tokenText(first - 1) !== ',') first--;
  if (first >= comma) return undefined;
  const start = doc.tokens.start(first);
  return spansWithin(doc.mentions, start, doc.tokens.start(comma)).find(
    (m) => m.start === start && isSpeaker(m),
  );
}

/** How far back (tokens) a participle cue looks for the cue whose subject it shares. */
const SHARED_CUE_REACH = 12;

/**
 * `“…,” she said at a news conference, announcing that …`, `said Clinton, adding that …`: the
 * subject of the speech cue shortly before in the sentence, before it or inverted after it.
 */
function earlierCueSubject(doc: Doc, sentence: Sentence, cue: number) {
  const from = Math.max(sentence.firstToken, cue - SHARED_CUE_REACH);
  for (let t = cue - 1; t >= from; t--) {
    const word = doc.lowerTokenText(t);
    if (!SPEECH_CUES.has(word) && !NAMING_CUES.has(word)) continue;
    return speakerEndingAt(doc, doc.tokens.start(t)) ?? speakerStartingAt(doc, doc.tokens.end(t));
  }
  return undefined;
}

/** `not to recommend`: the cue is an infinitive. */
function isInfinitive(doc: Doc, cue: number): boolean {
  let before = cue - 1;
  while (before >= 0 && isAuxiliary(doc.tokenText(before))) before--;
  return doc.lowerTokenText(before) === 'to';
}

/**
 * Who an infinitive cue's subject is: the object of the verb that governs it when a name stands
 * between (`Warren pressed Stumpf … to admit`), else the sentence's subject
 * (`The FBI decided after an investigation not to recommend`).
 */
function infinitiveSubject(doc: Doc, sentence: Sentence, at: number) {
  // `insisted that Mr. Obama would not be pigeonholed to reach …`: inside a reported clause the
  // infinitive is no cue of its own.
  if (CLAUSE_OPENERS.test(doc.text.slice(sentence.start, at))) return undefined;
  const subject = sentenceSubject(doc, sentence.start, at);
  const others = spansWithin(doc.mentions, subject?.end ?? sentence.start, at).filter(
    (m) =>
      m.kind === 'name' &&
      isSpeaker(m) &&
      !PREPOSITIONS.test(doc.tokenText(doc.tokens.indexAt(m.start) - 1)) &&
      doc.text.charAt(m.start - 1) !== '(',
  );
  return others.length === 0 ? subject : others[0];
}

const CLAUSE_OPENERS = /\b(?:that|which|who|whom|whose|because|if|when|while)\b|[;:"“”]/iu;

/** Words before a name that make it no object of the governing verb: `before the Senate`. */
const PREPOSITIONS =
  /^(?:the|with|to|for|by|of|against|on|at|from|about|in|over|into|than|before|after)$/iu;
