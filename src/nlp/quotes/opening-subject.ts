import type { Doc, Sentence } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import { sentenceSubject } from './speakers.js';

/** Words that open another clause, whose subject the cue may have instead. */
const CLAUSE_BREAK =
  /^(?:that|which|who|whom|whose|when|while|because|if|whether|although|though|where|since|after|before|said|says|[,;:"“”()—–]|-+)$/iu;

/** Types of a name that, standing between the opening subject and the cue, may be its subject. */
const OTHER_SUBJECTS = new Set(['PERSON', 'ORG', 'GPE', 'MISC']);

const PREPOSITIONS = /^(?:with|to|for|by|of|against|on|at|from|about|in|over|into|than)$/iu;

/**
 * `McConnell met with her and other Burmese leaders and came away convinced that …`: a cue with no
 * subject of its own, in the first clause of a sentence that a person or organisation opens, is
 * theirs when no clause break and no other name that could be a subject stand between (a pronoun,
 * a nationality or a name after a preposition may).
 */
export function openingSubject(doc: Doc, sentence: Sentence, cue: number): number | undefined {
  const at = doc.tokens.start(cue);
  const subject = sentenceSubject(doc, sentence.start, at);
  if (!subject) return undefined;
  for (let t = doc.tokens.indexAt(subject.end); t < cue; t++) {
    if (CLAUSE_BREAK.test(doc.tokenText(t))) return undefined;
  }
  // `agreed with McLenny`: a name after a preposition is no subject.
  const others = spansWithin(doc.mentions, subject.end, at).filter(
    (m) =>
      m.kind === 'name' &&
      OTHER_SUBJECTS.has(m.type) &&
      !PREPOSITIONS.test(doc.tokenText(doc.tokens.indexAt(m.start) - 1)),
  );
  return others.length === 0 ? subject.entity : undefined;
}
