import type { Doc, Sentence } from '../../doc/doc.js';
import { surnameBefore } from './label.js';
import { openingSubject } from './opening-subject.js';
import {
  isAuxiliary,
  isPassiveCue,
  sentenceSubject,
  sharesSubject,
  speakerEndingAt,
  speakerStartingAt,
  subjectPhrase,
} from './speakers.js';
import { SPEECH_CUES } from './vocabulary.js';

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
export function speakerBefore(doc: Doc, sentence: Sentence, cue: number): number | null {
  if (isPassiveCue(doc, cue, sentence.firstToken)) return null;
  const at = doc.tokens.start(cue);
  // `she said in the Oval Office, emphasizing …`: the name before the comma is no subject of a
  // participle, which shares the clause's.
  const participle = doc.tokenText(cue - 1) === ',' && doc.lowerTokenText(cue).endsWith('ing');
  const subject =
    (participle ? undefined : speakerEndingAt(doc, at)) ??
    (participle ? undefined : subjectPhrase(doc, sentence.start, cue)) ??
    (sharesSubject(doc, cue)
      ? (earlierCueSubject(doc, sentence, cue) ?? sentenceSubject(doc, sentence.start, at))
      : undefined);
  return (
    subject?.entity ??
    surnameBefore(doc, cue, sentence.start) ??
    openingSubject(doc, sentence, cue) ??
    null
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
    if (!SPEECH_CUES.has(doc.lowerTokenText(t))) continue;
    return speakerEndingAt(doc, doc.tokens.start(t)) ?? speakerStartingAt(doc, doc.tokens.end(t));
  }
  return undefined;
}
