import type { Doc, Sentence } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import type { Quote } from '../../doc/types.js';
import { clauseQuote, insideQuote, lastWord } from './clauses.js';
import { sentenceSubject, speakerEndingAt } from './speakers.js';

/** Nouns of saying and thinking whose `that` clause or `to` infinitive is attributed content. */
export const NOUN_CUES: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'statement',
  'assertion',
  'argument',
  'warning',
  'promise',
  'pledge',
  'vow',
  'call',
  'calls',
  'demand',
  'demands',
  'decision',
  'proposal',
  'suggestion',
  'belief',
  'view',
  'insistence',
  'admission',
  'acknowledgment',
  'acknowledgement',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'complaint',
  'assurance',
  'assurances',
  'announcement',
  'conclusion',
  'determination',
  'threat',
  'prediction',
  'contention',
  'emphasis',
  'hope',
  'fear',
  'fears',
  'concern',
  'concerns',
]);

/** Nouns (and an adjective) of stance and the preposition before their object: `criticism of X`. */
export const NOUN_OBJECT_CUES: ReadonlyMap<string, string> = new Map([
  ['criticism', 'of'],
  ['support', 'for'],
  ['opposition', 'to'],
  ['praise', 'for'],
  ['complaints', 'about'],
  ['critical', 'of'],
  ['critic', 'of'],
  ['opponent', 'of'],
  ['supporter', 'of'],
]);

/** Words that open another clause between a subject and a noun in its predicate. */
const CLAUSE_OPENERS =
  /^(?:that|which|who|whom|when|while|because|but|if|after|before|since|although|though|where|as|[,;:"“”()—–]|-+)$/iu;

/**
 * `Clinton has been an outspoken supporter of X`, `He made the criticism while …`: a noun cue in
 * the predicate of the person or organisation that opens the sentence is theirs, when no other
 * name and no clause stand between.
 */
function predicateOwner(doc: Doc, sentence: Sentence, noun: number) {
  const subject = sentenceSubject(doc, sentence.start, doc.tokens.start(noun));
  if (!subject) return undefined;
  for (let t = doc.tokens.indexAt(subject.end); t < noun; t++) {
    // `while showing support for`: a participle keeps the subject.
    const participle = doc.lowerTokenText(t + 1).endsWith('ing');
    if (CLAUSE_OPENERS.test(doc.tokenText(t)) && !participle) return undefined;
  }
  const between = spansWithin(doc.mentions, subject.end, doc.tokens.start(noun));
  return between.length === 0 ? subject : undefined;
}

/**
 * `Trump’s claim that there have been thousands of shootings`, `her decision to run`: a noun of
 * saying followed by `that` or `to` (or a noun of stance and its preposition: `his support for
 * X`) reports what follows, to the end of the sentence. The speaker
 * is a name just before the noun (`Trump’s claim`), else null.
 */
export function nounCueClause(
  doc: Doc,
  sentence: Sentence,
  taken: readonly Quote[],
): Quote | undefined {
  const last = lastWord(doc, sentence);
  for (let t = sentence.firstToken; t < last; t++) {
    const word = doc.lowerTokenText(t);
    const next = doc.lowerTokenText(t + 1);
    const clause = NOUN_CUES.has(word) && (next === 'that' || next === 'to');
    if (!clause && NOUN_OBJECT_CUES.get(word) !== next) continue;
    if (insideQuote(doc, t, taken)) continue;
    const cue = doc.span(doc.tokens.start(t), doc.tokens.end(t));
    let before = t - 1;
    while (before > sentence.firstToken && /^(?:['’]s|['’])$/u.test(doc.tokenText(before)))
      before--;
    const owner =
      (before >= sentence.firstToken ? speakerEndingAt(doc, doc.tokens.end(before)) : undefined) ??
      predicateOwner(doc, sentence, t);
    const quote = clauseQuote(doc, t + 2, last, taken, { speaker: owner?.entity ?? null, cue });
    if (quote) return quote;
  }
  return undefined;
}
